import type { MeetingStatus } from '../../../shared/domain/meeting';

export function MeetingStatusPill({ status }: { status: MeetingStatus }) {
  return <span className={`meeting-status meeting-status-${status.replace(/\s+/g, '-')}`}>{status}</span>;
}
