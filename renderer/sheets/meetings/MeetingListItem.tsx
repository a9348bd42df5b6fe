import { formatDateWithWeekday } from '../../../shared/dates';
import type { MeetingSummary } from '../../../shared/domain/meeting-views';
import { formatClock } from '../../../shared/meetings/time-slots';
import { MeetingStatusPill } from './MeetingStatusPill';

/** What the list says beside the status: items, and what wants attention. */
function facts(m: MeetingSummary): Array<{ text: string; warning?: boolean }> {
  const list: Array<{ text: string; warning?: boolean }> = [{ text: `${m.itemCount} ${m.itemCount === 1 ? 'punkt' : 'punkter'}` }];
  if (m.pendingProposals > 0) list.push({ text: `${m.pendingProposals} forslag afventer`, warning: true });
  if (m.overrunMinutes > 0) list.push({ text: `${m.overrunMinutes} min. for lang`, warning: true });
  if (m.openActions > 0) list.push({ text: `${m.openActions} ${m.openActions === 1 ? 'åben handling' : 'åbne handlinger'}` });
  return list;
}

/** The rest, for the tooltip: time, place and attendance. */
export function meetingListTooltip(m: MeetingSummary): string {
  return `kl. ${formatClock(m.startTime)}–${formatClock(m.endTime)}, ${m.place} · ${m.present} til stede, ${m.absent} afbud`;
}

/**
 * A meeting in the narrow list beside the agenda: its date, its status, and what wants the
 * chair's attention (proposals waiting, an agenda too long for the meeting).
 */
export function MeetingListItem({ meeting }: { meeting: MeetingSummary }) {
  return (
    <div className="meeting-list-item">
      <span className="meeting-list-date">{formatDateWithWeekday(meeting.date)}</span>
      <span className="meeting-list-facts">
        <MeetingStatusPill status={meeting.status} />
        {facts(meeting).map((f) => (
          <span key={f.text} className={f.warning ? 'cell-warning' : undefined}>
            {f.text}
          </span>
        ))}
      </span>
    </div>
  );
}
