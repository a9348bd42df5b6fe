// The per-initiative overview is computed, never stored, so the sheet and the reports agree.
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus, type FollowUp, type InitiativeOverview } from './domain/activity';

/** The most recent follow-up (latest date; of two on one day, the later entered). */
export function latestFollowUp(followUps: readonly FollowUp[]): FollowUp | null {
  let latest: FollowUp | null = null;
  for (const f of followUps) {
    if (!latest || f.date > latest.date || (f.date === latest.date && f.id > latest.id)) latest = f;
  }
  return latest;
}

export function summariseInitiative(
  initiativeId: number,
  activities: readonly Pick<Activity, 'status' | 'participants'>[],
  followUps: readonly FollowUp[],
): InitiativeOverview {
  const byStatus = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
  let participantsTotal = 0;
  let activitiesWithoutCount = 0;
  for (const a of activities) {
    byStatus[a.status] += 1;
    if (a.participants === null) activitiesWithoutCount += 1;
    else participantsTotal += a.participants;
  }
  return {
    initiativeId,
    activityCount: activities.length,
    byStatus,
    participantsTotal,
    activitiesWithoutCount,
    lastFollowUp: latestFollowUp(followUps),
    followUpCount: followUps.length,
  };
}

/** "6 aktiviteter: 4 idé, 2 i gang" – only the statuses that occur. */
export function describeActivityCounts(overview: Pick<InitiativeOverview, 'activityCount' | 'byStatus'>): string {
  if (overview.activityCount === 0) return 'Ingen aktiviteter';
  const parts = ACTIVITY_STATUSES.filter((s) => overview.byStatus[s] > 0).map((s) => `${overview.byStatus[s]} ${s}`);
  const noun = overview.activityCount === 1 ? 'aktivitet' : 'aktiviteter';
  return `${overview.activityCount} ${noun}: ${parts.join(', ')}`;
}
