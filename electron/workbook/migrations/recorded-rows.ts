import type Database from 'better-sqlite3';

/**
 * Rewrites every change-log record of a table's rows, before and after, so that after a
 * migration changes the table's columns each row still equals its last record (undo, conflicts).
 */
export function rewriteRecordedRows(db: Database.Database, table: string, convert: (json: string | null) => string | null): void {
  const changes = db.prepare('SELECT id, before_json, after_json FROM change WHERE tbl = ?').all(table) as Array<{
    id: number; before_json: string | null; after_json: string | null;
  }>;
  const update = db.prepare('UPDATE change SET before_json = ?, after_json = ? WHERE id = ?');
  for (const c of changes) update.run(convert(c.before_json), convert(c.after_json), c.id);
}
