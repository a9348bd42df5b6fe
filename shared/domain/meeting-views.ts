// What the Møder sheet, the Handlinger og beslutninger sheet and the Word documents read.
// The records extend the fixed types of meeting.ts; they never rename or drop a field.
import type { PointDecisionRecord, PointDissent, PointOutcome } from '../meetings/point-decisions';
import type { ActionItem, AgendaItem, Meeting, MeetingParticipant, TimeSlot } from './meeting';

/** A meeting as stored, with its lock override. */
export interface MeetingRecord extends Meeting {
  /**
   * True while someone has unlocked a held meeting or approved minutes for a correction.
   * Changing the status locks it again.
   */
  unlocked: boolean;
  /** ISO date the date, time or place last changed after the agenda was sent, or null. */
  factsRevisedOn: string | null;
}

/** An item taken off the agenda after it was sent: the revised dagsorden says it is withdrawn. */
export interface WithdrawnItem {
  id: number;
  meetingId: number;
  /** The removed item's id, for putting it back; the item itself is gone. */
  itemId: number | null;
  title: string;
  /** ISO date */
  withdrawnOn: string;
}

/** An action as stored: when it was marked færdig (ISO date), so history reads as it was. */
export interface ActionRecord extends ActionItem {
  position: number;
  completedOn: string | null;
}

/** An action from an earlier meeting, shown under "Opfølgning på referat og handlinger". */
export interface CarriedAction extends ActionRecord {
  meetingDate: string;
  itemTitle: string | null;
}

/** The agenda's time table: a slot per item on the agenda, and whether it fits the meeting. */
export interface AgendaSchedule {
  /** Keyed by agenda item id; items not on the agenda (proposals, declined) have none. */
  slots: Record<number, TimeSlot>;
  plannedMinutes: number;
  availableMinutes: number;
  /** Minutes the agenda runs past the meeting's end; 0 when it fits. */
  overrunMinutes: number;
}

export interface MeetingSummary extends MeetingRecord {
  itemCount: number;
  pendingProposals: number;
  present: number;
  absent: number;
  openActions: number;
  plannedMinutes: number;
  availableMinutes: number;
  overrunMinutes: number;
}

export interface MeetingDetail {
  meeting: MeetingRecord;
  participants: MeetingParticipant[];
  /** In agenda order, proposals and declined items included (see isOnAgenda). */
  items: AgendaItem[];
  /** Actions decided at this meeting. */
  actions: ActionRecord[];
  /** Open actions from earlier meetings (and those closed since the previous meeting). */
  carriedOver: CarriedAction[];
  schedule: AgendaSchedule;
  previousMeeting: { id: number; date: string } | null;
  /** Items taken off the agenda after it was sent. */
  withdrawnItems: WithdrawnItem[];
  /** The stored decisions of the items' "at" points (pointDecisionsOf reads them per item). */
  pointDecisions: PointDecisionRecord[];
  /** Dissents recorded on the items' points. */
  dissents: PointDissent[];
}

/** A row of the actions list across all meetings. */
export interface ActionRow extends ActionRecord {
  meetingDate: string;
  itemTitle: string | null;
}

/**
 * A row of the decision log: an item's free-text decision (pointIndex null), or one "at" point of
 * its Indstilling with the point's outcome, text (decision) and dissents.
 */
export interface DecisionRow {
  /** The agenda item's id. */
  id: number;
  /** Unique per row: the item's id, or "item.point" for a point. */
  key: string;
  meetingId: number;
  meetingDate: string;
  itemTitle: string;
  /** The point's place in the Indstilling, or null for the item's own decision. */
  pointIndex: number | null;
  /** The "at …" text, or null. */
  point: string | null;
  outcome: PointOutcome | null;
  /** The outcome is the Orientering default (taken note of), not recorded by anyone. */
  outcomeDefaulted: boolean;
  decision: string;
  dissents: Array<Pick<PointDissent, 'name' | 'text'>>;
}
