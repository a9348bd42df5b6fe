import type { MeetingRecord } from '../../../shared/domain/meeting-views';
import { useGenerateDocument } from '../reports/use-generate-document';

/**
 * "Dagsorden (Word)" and "Referat (Word)" for the meeting shown: the same documents as the
 * Rapporter sheet makes, saved where the user chooses and opened. Reading only, so offered
 * also when the workbook is open read-only.
 */
export function MeetingDocuments({ meeting }: { meeting: MeetingRecord }) {
  const { generate, busy } = useGenerateDocument();
  const held = meeting.status === 'afholdt' || meeting.status === 'referat godkendt';
  return (
    <div className="meeting-documents" role="group" aria-label="Word-dokumenter">
      <button type="button" disabled={busy} onClick={() => void generate({ kind: 'dagsorden', meetingId: meeting.id })}>
        Dagsorden (Word)
      </button>
      <button
        type="button"
        disabled={busy}
        title={held ? undefined : 'Mødet er ikke afholdt endnu; referatet bliver et udkast'}
        onClick={() => void generate({ kind: 'referat', meetingId: meeting.id })}
      >
        Referat (Word)
      </button>
    </div>
  );
}
