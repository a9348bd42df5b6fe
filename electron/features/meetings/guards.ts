// Lookups and refusals shared by the meeting handlers: every edit of an agenda or minutes
// first checks the meeting's lock inside the same transaction.
import { formatDateLong } from '../../../shared/dates';
import { agendaLockMessage, minutesLockMessage } from '../../../shared/meetings/locking';
import { UserFacingError } from '../../workbook/errors';
import type { Transaction } from '../../workbook/transaction';
import { meetingFromRow } from './read-meeting';
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-views';

export function requireMeeting(tx: Transaction, id: number): MeetingRecord {
  return meetingFromRow(tx.require('meeting', id, 'Mødet'));
}

/** "mødet 2. december 2026", for change-log descriptions. */
export function meetingName(meeting: Pick<MeetingRecord, 'date'>): string {
  return `mødet ${formatDateLong(meeting.date)}`;
}

/** Refuses with the rule's Danish message when a rule from shared/meetings says no. */
export function refuseIf(problem: string | null): void {
  if (problem) throw new UserFacingError('refused', problem);
}

export function assertAgendaEditable(meeting: MeetingRecord): void {
  const message = agendaLockMessage(meeting);
  if (message) throw new UserFacingError('refused', message);
}

export function assertMinutesEditable(meeting: MeetingRecord): void {
  const message = minutesLockMessage(meeting);
  if (message) throw new UserFacingError('refused', message);
}

/** The agenda item and its meeting. */
export interface StoredItem {
  id: number;
  meetingId: number;
  title: string;
  standing: AgendaItem['standing'];
  proposedBy: string;
  proposalState: AgendaItem['proposalState'];
}

export function requireItem(tx: Transaction, id: number): { item: StoredItem; meeting: MeetingRecord } {
  const row = tx.require('agenda_item', id, 'Punktet');
  const item: StoredItem = {
    id: row.id as number,
    meetingId: row.meeting_id as number,
    title: row.title as string,
    standing: row.standing as AgendaItem['standing'],
    proposedBy: row.proposed_by as string,
    proposalState: row.proposal_state as AgendaItem['proposalState'],
  };
  return { item, meeting: requireMeeting(tx, item.meetingId) };
}

/** The ids of a meeting's agenda items in order, for moves and insertions. */
export function itemIdsInOrder(tx: Transaction, meetingId: number): number[] {
  return tx.db.prepare('SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position, id').pluck().all(meetingId) as number[];
}
