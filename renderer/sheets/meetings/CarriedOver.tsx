import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { Member } from '../../../shared/domain/program';
import { formatDateLong } from '../../../shared/dates';
import { ActionsTable } from './ActionsTable';

interface Props {
  detail: MeetingDetail;
  members: Member[];
  readOnly: boolean;
  onRefused: () => void;
}

/**
 * Under "Opfølgning på referat og handlinger": the open actions of earlier meetings, live, and
 * those done since the previous meeting. Their status can be followed up here.
 */
export function CarriedOver({ detail, members, readOnly, onRefused }: Props) {
  const open = detail.carriedOver.filter((a) => a.status !== 'færdig').length;
  return (
    <>
      <h3>Handlinger fra tidligere møder</h3>
      {detail.carriedOver.length === 0 ? (
        <p className="hint">Ingen åbne handlinger fra tidligere møder.</p>
      ) : (
        <>
          <p className="hint">
            {open} åbne
            {detail.previousMeeting && detail.carriedOver.length > open
              ? `, ${detail.carriedOver.length - open} gennemført siden mødet ${formatDateLong(detail.previousMeeting.date)}`
              : ''}
            .
          </p>
          <ActionsTable actions={detail.carriedOver} members={members} locked readOnly={readOnly} onRefused={onRefused} label="Handlinger fra tidligere møder" showOrigin />
        </>
      )}
    </>
  );
}
