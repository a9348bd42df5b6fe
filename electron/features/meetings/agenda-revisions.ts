// Marking what changes on an agenda after it was sent (see shared/meetings/revisions.ts).
// Every mark is written through the same Transaction as the change itself, so the change log
// shows it and undo takes the change and its mark back together.
import { todayIso } from '../../../shared/dates';
import type { MeetingRecord } from '../../../shared/domain/meeting-views';
import { isAgendaSent } from '../../../shared/meetings/revisions';
import type { Row, Transaction } from '../../workbook/transaction';

type SentState = Pick<MeetingRecord, 'status'>;

function onAgenda(row: Row): boolean {
  return row.proposal_state === 'accepteret';
}

/**
 * The columns that mark an item on a sent agenda as changed today (a new item stays "ny"), to
 * write in the same update as the change; none when the agenda is not out or the item not on it.
 */
export function changeMark(itemRow: Row, meeting: SentState, today = todayIso()): Row {
  if (!isAgendaSent(meeting.status) || !onAgenda(itemRow)) return {};
  return { revision: itemRow.revision === 'ny' ? 'ny' : 'ændret', revised_on: today };
}

/** Something of the item's changed besides its own fields (its place, its bilag). */
export function markItemChanged(tx: Transaction, itemId: number, meeting: SentState, today = todayIso()): void {
  const mark = changeMark(tx.require('agenda_item', itemId, 'Punktet'), meeting, today);
  if (Object.keys(mark).length > 0) tx.update('agenda_item', itemId, mark);
}

/**
 * An item came onto a sent agenda (added by the chair, or accepted): it reads "ny". One that
 * was on the agenda as sent, then declined and now accepted again, is back – changed, not new.
 */
export function markItemNew(tx: Transaction, itemId: number, meeting: SentState, today = todayIso()): void {
  if (!isAgendaSent(meeting.status)) return;
  const withdrawn = tx.db.prepare('SELECT id FROM withdrawn_agenda_item WHERE item_id = ?').pluck().all(itemId) as number[];
  for (const id of withdrawn) tx.remove('withdrawn_agenda_item', id);
  tx.update('agenda_item', itemId, { revision: withdrawn.length > 0 ? 'ændret' : 'ny', revised_on: today });
}

/**
 * An item leaves a sent agenda: removed, or declined after all (then it stays, and may be
 * accepted again). It was on the agenda that went out unless it came on after sending; if it
 * was, it is recorded as withdrawn ("Udgået"). A removed item's id is not kept: SQLite may give
 * it to the next new item.
 */
export function recordWithdrawal(tx: Transaction, itemRow: Row, meeting: SentState & Pick<MeetingRecord, 'id'>, how: 'removed' | 'declined', today = todayIso()): void {
  if (!isAgendaSent(meeting.status) || !onAgenda(itemRow) || itemRow.revision === 'ny') return;
  tx.insert('withdrawn_agenda_item', {
    meeting_id: meeting.id,
    item_id: how === 'declined' ? (itemRow.id as number) : null,
    title: itemRow.title as string,
    withdrawn_on: today,
  });
}

/**
 * An item is removed for good: withdrawals that point at it (declined earlier) lose the link,
 * so a later item given the same id is not taken for it.
 */
export function unlinkWithdrawals(tx: Transaction, itemId: number): void {
  const linked = tx.db.prepare('SELECT id FROM withdrawn_agenda_item WHERE item_id = ?').pluck().all(itemId) as number[];
  for (const id of linked) tx.update('withdrawn_agenda_item', id, { item_id: null });
}

/** The meeting's date, time or place changed after sending. */
export function markFactsChanged(tx: Transaction, meeting: SentState & Pick<MeetingRecord, 'id'>, today = todayIso()): void {
  if (isAgendaSent(meeting.status)) tx.update('meeting', meeting.id, { facts_revised_on: today });
}

/**
 * The agenda is planned again (not sent): the next sending sends it whole, so the marks of
 * the last one no longer mean anything.
 */
export function clearRevisions(tx: Transaction, meetingId: number): void {
  const marked = tx.db.prepare('SELECT id FROM agenda_item WHERE meeting_id = ? AND (revision IS NOT NULL OR revised_on IS NOT NULL)').pluck().all(meetingId) as number[];
  for (const id of marked) tx.update('agenda_item', id, { revision: null, revised_on: null });
  const withdrawn = tx.db.prepare('SELECT id FROM withdrawn_agenda_item WHERE meeting_id = ?').pluck().all(meetingId) as number[];
  for (const id of withdrawn) tx.remove('withdrawn_agenda_item', id);
  tx.update('meeting', meetingId, { facts_revised_on: null });
}
