import { useState } from 'react';
import type { MeetingRecord } from '../../../shared/domain/meeting-views';
import type { SentDocument, SentMeetingDocument } from '../../../shared/domain/report';
import { useNotifier } from '../../app/notifications';
import { useGenerateDocument } from '../reports/use-generate-document';

/**
 * "Dagsorden (Word)" and "Referat (Word)" for the meeting shown: the same documents as the
 * Rapporter sheet makes, saved where the user chooses and opened. "Send dagsorden" and "Send
 * referat" put the document into an e-mail draft to the participants (and the dagsorden into a
 * calendar invitation) and open them; onSent gets what was written, for the notice under the
 * head. Reading only, so offered also when the workbook is open read-only.
 */
export function MeetingDocuments({ meeting, onSent }: { meeting: MeetingRecord; onSent: (sent: SentMeetingDocument) => void }) {
  const { generate, busy } = useGenerateDocument();
  const { run } = useNotifier();
  const [sending, setSending] = useState(false);
  const held = meeting.status === 'afholdt' || meeting.status === 'referat godkendt';
  const draftMinutes = held ? undefined : 'Mødet er ikke afholdt endnu; referatet bliver et udkast';

  const send = async (document: SentDocument) => {
    setSending(true);
    try {
      const sent = await run('reports.send', { meetingId: meeting.id, document });
      if (sent) onSent(sent);
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="meeting-documents" role="group" aria-label="Dokumenter">
      <button type="button" disabled={busy} onClick={() => void generate({ kind: 'dagsorden', meetingId: meeting.id })}>
        Dagsorden (Word)
      </button>
      <button type="button" disabled={busy} title={draftMinutes} onClick={() => void generate({ kind: 'referat', meetingId: meeting.id })}>
        Referat (Word)
      </button>
      <button
        type="button"
        disabled={sending}
        title="E-mail til deltagerne med dagsordenen vedhæftet og en kalenderinvitation til mødet – klar til at sende"
        onClick={() => void send('dagsorden')}
      >
        Send dagsorden
      </button>
      <button type="button" disabled={sending} title={draftMinutes ?? 'E-mail til deltagerne med referatet vedhæftet – klar til at sende'} onClick={() => void send('referat')}>
        Send referat
      </button>
    </div>
  );
}
