// The change log as stored: a change_set row per change and a change row per changed row, with
// the row before and after as JSON. Written by every mutation, read back to undo and redo.
import type Database from 'better-sqlite3';
import type { Row, RowChange } from './transaction';

export function loadChanges(db: Database.Database, setId: number): RowChange[] {
  const rows = db
    .prepare('SELECT tbl, row_id, before_json, after_json FROM change WHERE set_id = ? ORDER BY id')
    .all(setId) as Array<{ tbl: string; row_id: number; before_json: string | null; after_json: string | null }>;
  return rows.map((r) => ({
    table: r.tbl,
    rowId: r.row_id,
    before: r.before_json === null ? null : (JSON.parse(r.before_json) as Row),
    after: r.after_json === null ? null : (JSON.parse(r.after_json) as Row),
  }));
}

export function recordChangeSet(db: Database.Database, author: string, description: string, kind: 'edit' | 'undo' | 'redo', changes: RowChange[]): number {
  const setId = Number(
    db
      .prepare('INSERT INTO change_set (at, author, description, kind) VALUES (?, ?, ?, ?)')
      .run(new Date().toISOString(), author, description, kind).lastInsertRowid,
  );
  const insert = db.prepare('INSERT INTO change (set_id, tbl, row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?)');
  for (const c of changes) {
    insert.run(setId, c.table, c.rowId, c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after));
  }
  return setId;
}
