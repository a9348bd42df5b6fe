// Nothing agreed is forgotten: each meeting's "Opfølgning på referat og handlinger" lists the
// actions from earlier meetings that are still open, and those closed since the previous
// meeting (so the minutes can say they were done). Computed live from the actions' state.
import type { ActionRecord, CarriedAction } from '../domain/meeting-views';

export interface MeetingKey {
  id: number;
  date: string;
  startTime: string;
}

/** Meetings in the order they are held: by date, then start time, then creation. */
export function compareMeetings(a: MeetingKey, b: MeetingKey): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.startTime !== b.startTime) return a.startTime < b.startTime ? -1 : 1;
  return a.id - b.id;
}

/** The meeting held just before this one, or null for the first. */
export function previousMeeting<M extends MeetingKey>(meeting: MeetingKey, meetings: readonly M[]): M | null {
  let best: M | null = null;
  for (const other of meetings) {
    if (compareMeetings(other, meeting) >= 0) continue;
    if (!best || compareMeetings(other, best) > 0) best = other;
  }
  return best;
}

export function isOpen(action: Pick<ActionRecord, 'status'>): boolean {
  return action.status !== 'færdig';
}

/**
 * The actions to follow up on at `meeting`: every action decided at an earlier meeting that
 * is open now, or was closed on or after the previous meeting's date. In meeting order, then
 * in the order they were written.
 */
export function carriedOverActions(
  meeting: MeetingKey,
  meetings: readonly MeetingKey[],
  actions: readonly ActionRecord[],
  itemTitles: ReadonlyMap<number, string> = new Map(),
): CarriedAction[] {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const previous = previousMeeting(meeting, meetings);
  const carried: Array<CarriedAction & { origin: MeetingKey }> = [];
  for (const action of actions) {
    const origin = byId.get(action.meetingId);
    if (!origin || compareMeetings(origin, meeting) >= 0) continue;
    const closedSincePrevious = !isOpen(action) && action.completedOn !== null && previous !== null && action.completedOn >= previous.date;
    if (!isOpen(action) && !closedSincePrevious) continue;
    carried.push({
      ...action,
      meetingDate: origin.date,
      itemTitle: action.itemId === null ? null : (itemTitles.get(action.itemId) ?? null),
      origin,
    });
  }
  carried.sort((a, b) => compareMeetings(a.origin, b.origin) || a.position - b.position || a.id - b.id);
  return carried.map(({ origin: _origin, ...rest }) => rest);
}
