// A decision for every "at": the outcome and text of each point of an item's Indstilling, and the
// dissents recorded on it. Part of the minutes: the same lock as Referat and Beslutning (approved
// minutes are locked), the same roles (shared/api/permissions.ts), and every write goes through
// Workbook.mutate, so the change log, undo and redo and the change events carry the rows.
import type { meetingChannels } from '../../../shared/api/meeting-channels';
import { pointDecisionsOf, type PointDecision, type PointDissent } from '../../../shared/meetings/point-decisions';
import { parseTextList } from '../../../shared/stored-values';
import { WORKBOOK_TABLES } from '../../../shared/workbook-tables';
import { toRow } from '../../workbook/columns';
import { refuseIfChangedByOther, storedForm } from '../../workbook/edit-conflicts';
import { notFound, UserFacingError } from '../../workbook/errors';
import type { Row, Transaction } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { nextPosition } from '../positions';
import { memberLabel } from './action-handlers';
import { assertMinutesEditable, refuseIf, requireItem } from './guards';
import { itemTitle } from './item-handlers';
import { dissentFromRow, readAgendaItems, readDissents, readPointDecisions } from './read-meeting';

type PointChannel = 'meetings.points.decide' | 'meetings.dissents.add' | 'meetings.dissents.update' | 'meetings.dissents.remove';

const FIELD_LABELS: Record<string, string> = { outcome: 'udfald', text: 'tekst', memberId: 'medlem', name: 'navn' };

function fieldList(patch: object): string {
  return Object.keys(patch).map((f) => FIELD_LABELS[f] ?? f).join(', ');
}

/** The item's points as stored in its Indstilling; none when the stored list is damaged. */
function pointsOf(row: Row): string[] {
  return parseTextList(row.recommendation) ?? [];
}

/**
 * Checks, inside the transaction, that the item's minutes may change and that the point exists;
 * returns the point's text.
 */
function requirePoint(tx: Transaction, itemId: number, pointIndex: number): string {
  const { item, meeting } = requireItem(tx, itemId);
  assertMinutesEditable(meeting);
  refuseIf(item.proposalState === 'accepteret' ? null : 'Punktet er ikke på dagsordenen, så der træffes ikke beslutning om det');
  const point = pointsOf(tx.require('agenda_item', itemId, 'Punktet'))[pointIndex];
  if (point === undefined) throw new UserFacingError('invalid_input', `Indstillingen har ikke et ${pointIndex + 1}. "at" (måske er det slettet)`);
  return point;
}

/** "2. \"at\" i \"Lektiecafé\" på mødet 2. december 2026", for change-log descriptions. */
function pointName(wb: Workbook, itemId: number, pointIndex: number): string {
  return `${pointIndex + 1}. "at" i ${itemTitle(wb, itemId)}`;
}

function readPoint(wb: Workbook, itemId: number, pointIndex: number): PointDecision {
  const meetingId = wb.db.prepare('SELECT meeting_id FROM agenda_item WHERE id = ?').pluck().get(itemId) as number | undefined;
  const item = meetingId === undefined ? undefined : readAgendaItems(wb, meetingId).find((i) => i.id === itemId);
  const point = item && pointDecisionsOf(item, readPointDecisions(wb, item.meetingId), readDissents(wb, item.meetingId))[pointIndex];
  if (!point) throw notFound('Punktet');
  return point;
}

function readDissent(wb: Workbook, id: number): PointDissent {
  const row = wb.db.prepare('SELECT * FROM point_dissent WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Den afvigende mening');
  return dissentFromRow(row);
}

/** The dissent's row and the point it is on, after checking that the minutes may change. */
function requireDissent(tx: Transaction, id: number): Row {
  const row = tx.require('point_dissent', id, 'Den afvigende mening');
  const { meeting } = requireItem(tx, row.item_id as number);
  assertMinutesEditable(meeting);
  return row;
}

/** Who dissents: a member (by the member's name, or role), or a name typed, which unties any member. */
function dissenter(tx: Transaction, memberId: number | null | undefined, name: string | undefined): Row {
  if (memberId !== undefined && memberId !== null) return { member_id: memberId, name: memberLabel(tx, memberId) };
  if (name !== undefined) return { member_id: null, name: name.trim() };
  return memberId === null ? { member_id: null } : {};
}

export const pointDecisionHandlers: HandlerMap<PointChannel & keyof typeof meetingChannels> = {
  'meetings.points.decide': ({ itemId, pointIndex, patch, seen }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Beslutning om ${pointName(wb, itemId, pointIndex)}: ${fieldList(patch)}`, (tx) => {
      requirePoint(tx, itemId, pointIndex);
      const stored = tx.db.prepare('SELECT * FROM point_decision WHERE item_id = ? AND point_index = ?').get(itemId, pointIndex) as Row | undefined;
      // The row is found by its point, not its id: a decision undone and made again gets a new id.
      const columns = WORKBOOK_TABLES.point_decision!.columns;
      for (const [field, value] of Object.entries(seen ?? {})) {
        if (value === undefined || !(field in patch)) continue;
        refuseIfChangedByOther(tx.db, ctx.author, {
          table: 'point_decision',
          match: { columns: { item_id: itemId, point_index: pointIndex } },
          column: field,
          seen: storedForm(columns[field]!, value),
          current: stored?.[field] ?? null,
          what: () => `Beslutningen om ${pointIndex + 1}. "at"`,
        });
      }
      const values = toRow(patch);
      if (stored) tx.update('point_decision', stored.id as number, values);
      // Nothing to store for a point still undecided and without text.
      else if (values.outcome || values.text) tx.insert('point_decision', { item_id: itemId, point_index: pointIndex, outcome: null, text: '', ...values });
    });
    return readPoint(wb, itemId, pointIndex);
  },

  'meetings.dissents.add': ({ itemId, pointIndex, memberId, name, text }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Afvigende mening til ${pointName(wb, itemId, pointIndex)}`, (tx) => {
      requirePoint(tx, itemId, pointIndex);
      const who = dissenter(tx, memberId, name);
      return tx.insert('point_dissent', {
        item_id: itemId,
        point_index: pointIndex,
        position: nextPosition(tx, 'point_dissent', 'item_id = ? AND point_index = ?', itemId, pointIndex),
        member_id: null,
        name: '',
        text: text ?? '',
        ...who,
      });
    });
    return readDissent(wb, id);
  },

  'meetings.dissents.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const current = readDissent(wb, id);
    wb.mutate(ctx.author, `Ret afvigende mening til ${pointName(wb, current.itemId, current.pointIndex)}: ${fieldList(patch)}`, (tx) => {
      requireDissent(tx, id);
      tx.update('point_dissent', id, { ...dissenter(tx, patch.memberId, patch.name), ...(patch.text !== undefined ? { text: patch.text } : {}) });
    });
    return readDissent(wb, id);
  },

  'meetings.dissents.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const current = readDissent(wb, id);
    wb.mutate(ctx.author, `Slet afvigende mening til ${pointName(wb, current.itemId, current.pointIndex)}`, (tx) => {
      requireDissent(tx, id);
      tx.remove('point_dissent', id);
    });
    return null;
  },
};
