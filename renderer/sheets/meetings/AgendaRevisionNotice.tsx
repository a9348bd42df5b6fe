import { formatDateShort } from '../../../shared/dates';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import { agendaRevisedOn } from '../../../shared/meetings/revisions';

/**
 * Once the agenda has changed after it was sent, the chair should send it again: says so, and
 * that "Dagsorden (Word)" now makes the revised one. The items carry their own marks.
 */
export function AgendaRevisionNotice({ detail }: { detail: MeetingDetail }) {
  const revisedOn = agendaRevisedOn(detail);
  if (!revisedOn) return null;
  const facts = detail.meeting.factsRevisedOn;
  return (
    <p className="revision-notice" role="status">
      <strong>Ændret efter udsendelse {formatDateShort(revisedOn)}.</strong> Dagsorden (Word) giver nu en revideret dagsorden, hvor ændringerne er
      markeret.{facts ? ` Mødets tidspunkt eller sted er ændret ${formatDateShort(facts)}.` : ''}
    </p>
  );
}
