import type { conflictChannels } from '../../shared/api/conflict-channels';
import type { StoredRow } from '../../shared/api/workbook-change';
import { markDamaged } from '../../shared/stored-values';
import { UserFacingError } from '../workbook/errors';
import type { HandlerMap } from './handler';

/**
 * The Konflikter list belongs to a shared workbook's outbox, which the app's router answers
 * (electron/remote/refused-changes.ts). A local workbook sends nothing to a server, so nothing
 * is ever refused: its list is empty.
 */
const notListed = () => {
  throw new UserFacingError('not_found', 'Ændringen findes ikke blandt konflikterne');
};

/** A stored value as it travels: a damaged one (binary data) as its marked raw text. */
function travelling(row: Record<string, unknown>): StoredRow {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [column, typeof value === 'string' || typeof value === 'number' || value === null ? value : markDamaged(value)]),
  );
}

export const conflictHandlers: HandlerMap<keyof typeof conflictChannels> = {
  'conflicts.list': () => ({ changes: [], theirsProblem: null }),
  'conflicts.takeTheirs': notListed,
  'conflicts.applyMine': notListed,
  // Table and column names are checked against the workbook's tables by the contract.
  'workbook.rows': ({ rows }, ctx) => {
    const db = ctx.workbook().db;
    return rows.map(({ table, where }) => {
      const columns = Object.keys(where);
      const sql = `SELECT * FROM "${table}" WHERE ${columns.map((c) => `"${c}" = ?`).join(' AND ')} LIMIT 1`;
      const row = db.prepare(sql).get(...columns.map((c) => where[c]!)) as Record<string, unknown> | undefined;
      return row ? travelling(row) : null;
    });
  },
};
