import type Database from 'better-sqlite3';
import { collapseChangedRows } from '../../shared/api/workbook-change';
import { loadChanges } from './change-sets';
import { UserFacingError } from './errors';
import type { ChangeSetRecord } from './undo-history';

/**
 * Replaying a change over rows someone else has changed since would silently throw their work
 * away (or bring back what they deleted), so it is refused, naming the latest such person. A
 * row they changed and put back as it was (their own undo) is no obstacle. own: every name the
 * replaying person's changes are recorded under.
 */
export function assertNoOneElseSince(db: Database.Database, own: string[], entry: ChangeSetRecord, direction: 'backward' | 'forward'): void {
  const byOthers = db
    .prepare(
      `SELECT c.tbl, c.row_id, cs.author FROM change_set cs JOIN change c ON c.set_id = cs.id
       WHERE cs.id > ? AND cs.author NOT IN (${own.map(() => '?').join(', ')}) ORDER BY cs.id DESC, c.id DESC`,
    )
    .all(entry.id, ...own) as Array<{ tbl: string; row_id: number; author: string }>;
  if (byOthers.length === 0) return;
  // Each row as this change left it (undo) or found it (redo): what the replay expects to find.
  const expected = new Map(
    (collapseChangedRows(loadChanges(db, entry.id), Infinity) ?? []).map((row) => [`${row.table}:${row.id}`, direction === 'backward' ? row.after : row.before]),
  );
  const clash = byOthers.find((change) => {
    const key = `${change.tbl}:${change.row_id}`;
    if (!expected.has(key)) return false;
    const current = db.prepare(`SELECT * FROM "${change.tbl.replace(/"/g, '""')}" WHERE id = ?`).get(change.row_id) ?? null;
    return JSON.stringify(current) !== JSON.stringify(expected.get(key));
  });
  if (!clash) return;
  const refusal = direction === 'backward' ? 'Kan ikke fortrydes' : 'Kan ikke gentages';
  throw new UserFacingError('conflict', `${refusal}: ${clash.author} har siden ændret de samme rækker`);
}
