// Which row each editing channel changes, so that the values an edit says the person saw
// (`seen`, beside the patch) are compared with the file before any handler writes: one check for
// every grid and field, none in the handlers. See electron/workbook/edit-conflicts.ts.
import type { Channel } from '../../shared/api/contract';
import { WORKBOOK_TABLES } from '../../shared/workbook-tables';
import { columnName } from '../workbook/columns';
import { refuseIfChangedByOther, storedForm } from '../workbook/edit-conflicts';
import type { Row } from '../workbook/transaction';
import type { HandlerContext } from './handler';

/** The table an edit channel's `id` names (the programme is its one row). */
export const EDITED_ROWS: Partial<Record<Channel, { table: string; id?: number }>> = {
  'program.update': { table: 'program', id: 1 },
  'status.rules.update': { table: 'status_rules', id: 1 },
  'program.list.update': { table: 'program_list_item' },
  'members.update': { table: 'member' },
  'initiatives.update': { table: 'initiative' },
  'initiatives.participants.update': { table: 'initiative_participant' },
  'activities.update': { table: 'activity' },
  'partners.update': { table: 'partner' },
  'followUps.update': { table: 'follow_up' },
  'budget.lines.rename': { table: 'budget_line' },
  'budget.groups.update': { table: 'budget_group' },
  'budget.employments.update': { table: 'budget_employment' },
  'plan.phases.update': { table: 'plan_phase' },
  'plan.milestones.update': { table: 'milestone' },
  'meetings.update': { table: 'meeting' },
  'meetings.participants.update': { table: 'meeting_participant' },
  'meetings.items.update': { table: 'agenda_item' },
  'actions.update': { table: 'action_item' },
  'meetings.dissents.update': { table: 'point_dissent' },
};

interface SeenInput {
  id?: number;
  patch?: Record<string, unknown>;
  seen?: Record<string, unknown>;
}

/**
 * Refuses an edit ('conflict') when a field it changes no longer holds what the person saw and
 * someone else changed it. Fields the edit leaves alone are never compared, so two people editing
 * different fields of one row both succeed. Runs right before the handler, synchronously, so
 * nothing can write between the check and the handler's own transaction.
 */
export function refuseEditOverOthers(channel: Channel, input: unknown, ctx: HandlerContext): void {
  const target = EDITED_ROWS[channel];
  const { seen, patch, id } = input as SeenInput;
  if (!target || !seen) return;
  const edited = patch ?? (input as Record<string, unknown>);
  const rowId = target.id ?? id;
  const db = ctx.workbook().db;
  const row = db.prepare(`SELECT * FROM "${target.table}" WHERE id = ?`).get(rowId) as Row | undefined;
  // A row that is gone is the handler's to report.
  if (!row || rowId === undefined) return;
  const columns = WORKBOOK_TABLES[target.table]?.columns ?? {};
  for (const [field, value] of Object.entries(seen)) {
    if (value === undefined || edited[field] === undefined) continue;
    const column = columnName(field);
    const info = columns[column];
    // Not a column of the row itself (a group's initiatives): nothing stored to compare with.
    if (!info) continue;
    refuseIfChangedByOther(db, ctx.author, { table: target.table, match: { id: rowId }, column, seen: storedForm(info, value), current: row[column] ?? null });
  }
}
