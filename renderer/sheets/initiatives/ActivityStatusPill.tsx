import type { ActivityStatus } from '../../../shared/domain/activity';

const CLASS: Record<ActivityStatus, string> = {
  idé: 'activity-idea',
  planlagt: 'activity-planned',
  'i gang': 'activity-running',
  forankret: 'activity-anchored',
  stoppet: 'activity-stopped',
};

/** An activity's status as a coloured label; the word carries the meaning, the colour helps. */
export function ActivityStatusPill({ status, count }: { status: ActivityStatus; count?: number }) {
  return (
    <span className={`activity-pill ${CLASS[status]}`}>
      {count !== undefined && <strong>{count}</strong>} {status}
    </span>
  );
}
