import type Database from 'better-sqlite3';
import { notFound, UserFacingError } from './errors';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** One recorded row change; before is null for an insert, after is null for a delete. */
export interface RowChange {
  table: string;
  rowId: number;
  before: Row | null;
  after: Row | null;
}

const UNTRACKED_TABLES = new Set(['change_set', 'change', 'workbook_identity', 'applied_call']);

/** What the mutation path knows about the schema: tracked tables, their columns and children. */
export class SchemaInfo {
  readonly columns = new Map<string, Set<string>>();
  /** parent table → [child table, foreign-key column] */
  readonly children = new Map<string, Array<{ table: string; column: string }>>();

  constructor(db: Database.Database) {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      if (UNTRACKED_TABLES.has(table)) continue;
      const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[];
      this.columns.set(table, new Set(cols));
      const fks = db.prepare(`SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?)`).all(table) as Array<{ parent: string; col: string }>;
      for (const fk of fks) {
        const list = this.children.get(fk.parent) ?? [];
        list.push({ table, column: fk.col });
        this.children.set(fk.parent, list);
      }
    }
  }

  assertTable(table: string): Set<string> {
    const cols = this.columns.get(table);
    if (!cols) throw new Error(`Unknown or untracked table: ${table}`);
    return cols;
  }

  assertColumns(table: string, names: string[]): void {
    const cols = this.assertTable(table);
    for (const name of names) if (!cols.has(name)) throw new Error(`Unknown column ${table}.${name}`);
  }
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/**
 * The only way to write to a workbook's tracked tables. Every write is recorded so that the
 * change log and undo/redo need nothing from the features. Used inside one SQLite transaction.
 */
export class Transaction {
  readonly changes: RowChange[] = [];

  constructor(
    readonly db: Database.Database,
    private readonly schema: SchemaInfo,
  ) {}

  get(table: string, id: number): Row | undefined {
    this.schema.assertTable(table);
    return this.db.prepare(`SELECT * FROM ${quote(table)} WHERE id = ?`).get(id) as Row | undefined;
  }

  require(table: string, id: number, what: string): Row {
    const row = this.get(table, id);
    if (!row) throw notFound(what);
    return row;
  }

  insert(table: string, values: Row): number {
    const names = Object.keys(values);
    this.schema.assertColumns(table, names);
    const sql = names.length
      ? `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`
      : `INSERT INTO ${quote(table)} DEFAULT VALUES`;
    const result = this.db.prepare(sql).run(...names.map((n) => values[n] ?? null));
    const id = Number(result.lastInsertRowid);
    this.changes.push({ table, rowId: id, before: null, after: this.get(table, id) ?? null });
    return id;
  }

  /** Changes the given columns; records nothing when no value actually changes. */
  update(table: string, id: number, patch: Row): boolean {
    const names = Object.keys(patch).filter((n) => n !== 'id');
    this.schema.assertColumns(table, names);
    const before = this.get(table, id);
    if (!before) throw new UserFacingError('not_found', 'Rækken findes ikke (måske er den slettet)');
    const changed = names.filter((n) => before[n] !== patch[n]);
    if (changed.length === 0) return false;
    this.db
      .prepare(`UPDATE ${quote(table)} SET ${changed.map((n) => `${quote(n)} = ?`).join(', ')} WHERE id = ?`)
      .run(...changed.map((n) => patch[n] ?? null), id);
    this.changes.push({ table, rowId: id, before, after: this.get(table, id) ?? null });
    return true;
  }

  /** Deletes a row and, first, every row that refers to it, recording them all. */
  remove(table: string, id: number): void {
    const before = this.get(table, id);
    if (!before) throw new UserFacingError('not_found', 'Rækken findes ikke (måske er den slettet)');
    for (const child of this.schema.children.get(table) ?? []) {
      const childIds = this.db
        .prepare(`SELECT id FROM ${quote(child.table)} WHERE ${quote(child.column)} = ? ORDER BY id`)
        .pluck()
        .all(id) as number[];
      for (const childId of childIds) this.remove(child.table, childId);
    }
    this.db.prepare(`DELETE FROM ${quote(table)} WHERE id = ?`).run(id);
    this.changes.push({ table, rowId: id, before, after: null });
  }

  /** Puts a row back exactly as recorded (used by undo and redo). */
  restore(change: RowChange, direction: 'backward' | 'forward'): void {
    const target = direction === 'backward' ? change.before : change.after;
    const current = this.get(change.table, change.rowId);
    if (target === null) {
      if (current) {
        this.db.prepare(`DELETE FROM ${quote(change.table)} WHERE id = ?`).run(change.rowId);
        this.changes.push({ table: change.table, rowId: change.rowId, before: current, after: null });
      }
      return;
    }
    const names = Object.keys(target);
    this.schema.assertColumns(change.table, names);
    if (current) {
      const others = names.filter((n) => n !== 'id');
      this.db
        .prepare(`UPDATE ${quote(change.table)} SET ${others.map((n) => `${quote(n)} = ?`).join(', ')} WHERE id = ?`)
        .run(...others.map((n) => target[n] ?? null), change.rowId);
    } else {
      this.db
        .prepare(`INSERT INTO ${quote(change.table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
        .run(...names.map((n) => target[n] ?? null));
    }
    this.changes.push({ table: change.table, rowId: change.rowId, before: current ?? null, after: this.get(change.table, change.rowId) ?? null });
  }

  /** Renumbers the positions of rows (e.g. after a move) so they are 1..n in the given order. */
  renumber(table: string, orderedIds: number[]): void {
    orderedIds.forEach((id, index) => this.update(table, id, { position: index + 1 }));
  }
}
