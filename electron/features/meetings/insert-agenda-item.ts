// Putting a new item on a meeting's agenda: before "Eventuelt", and marked new when the agenda has
// already gone out. Shared by an item written by hand and one taken from a suggestion.
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-views';
import { positionForNewItem } from '../../../shared/meetings/agenda';
import { UserFacingError } from '../../workbook/errors';
import type { Row, Transaction } from '../../workbook/transaction';
import { moveToPosition } from '../positions';
import { markItemNew } from './agenda-revisions';
import { itemIdsInOrder } from './guards';

export function assertInitiative(tx: Transaction, initiativeId: number | null | undefined): void {
  if (initiativeId === null || initiativeId === undefined) return;
  if (!tx.get('initiative', initiativeId)) throw new UserFacingError('not_found', 'Indsatsen findes ikke (måske er den slettet)');
}

/** Inserts the item (its columns) on the meeting's agenda and returns its id. */
export function insertAgendaItem(tx: Transaction, meeting: MeetingRecord, columns: Row & { proposal_state: AgendaItem['proposalState'] }): number {
  const siblings = itemIdsInOrder(tx, meeting.id);
  const standing = tx.db.prepare('SELECT standing FROM agenda_item WHERE meeting_id = ? ORDER BY position, id').pluck().all(meeting.id) as Array<AgendaItem['standing']>;
  const newId = tx.insert('agenda_item', { ...columns, meeting_id: meeting.id, position: siblings.length + 1, standing: null });
  moveToPosition(tx, 'agenda_item', newId, positionForNewItem(standing.map((s) => ({ standing: s }))), [...siblings, newId]);
  // The chair's own item is on the agenda at once; a proposal is marked when accepted.
  if (columns.proposal_state === 'accepteret') markItemNew(tx, newId, meeting);
  return newId;
}
