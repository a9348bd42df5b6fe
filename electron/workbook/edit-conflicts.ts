// No lost updates: an edit carries the value the person saw, and when someone else has changed
// that field since, the edit is refused, naming who changed it and what it says now, instead of
// silently writing over their work. Compared in stored form (øre, JSON lists, 0/1), as written.
import type Database from 'better-sqlite3';
import { formatChangeValue } from '../../shared/change-values';
import { formatTimestamp, todayIso } from '../../shared/dates';
import { toOre } from '../../shared/money';
import { WORKBOOK_TABLES, type ColumnInfo } from '../../shared/workbook-tables';
import { UserFacingError } from './errors';
import type { SqlValue } from './transaction';

/** Which row: by id, or – for a row that may have been removed and added again – by its columns. */
export type RowMatch = { id: number } | { columns: Record<string, SqlValue> };

export interface SeenEdit {
  table: string;
  match: RowMatch;
  column: string;
  /** What the person saw, in stored form (storedForm). */
  seen: SqlValue;
  /** What the file holds now (null when the row is gone). */
  current: SqlValue;
  /** How the message names the field, e.g. "Forbrug 2024 for Løn" (asked only when refusing); default: »Feltet «titel»«. */
  what?: () => string;
}

interface LastChange {
  author: string;
  at: string;
}

const MAX_SHOWN = 200;

/** A value the person saw, as the workbook stores it in a column of this kind. */
export function storedForm(column: ColumnInfo, value: unknown): SqlValue {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (column.kind === 'øre' && typeof value === 'number') return toOre(value);
  return value as SqlValue;
}

/** Equal as stored; an empty text, an empty list and nothing are alike (readers show them alike). */
export function sameStoredValue(a: unknown, b: unknown): boolean {
  const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || v === '[]';
  return a === b || (isEmpty(a) && isEmpty(b));
}

/**
 * The query for the newest recorded change that changed this column of this row: who and when.
 * By id it is answered from the index change_by_row (migration 008), not by reading the log.
 */
export function lastChangeQuery(table: string, match: RowMatch, column: string): { sql: string; params: SqlValue[] } {
  const path = `$."${column}"`;
  const conditions = ['c.tbl = ?', 'json_extract(c.before_json, ?) IS NOT json_extract(c.after_json, ?)'];
  const params: SqlValue[] = [table, path, path];
  if ('id' in match) {
    conditions.push('c.row_id = ?');
    params.push(match.id);
  } else {
    for (const [name, value] of Object.entries(match.columns)) {
      conditions.push('json_extract(coalesce(c.after_json, c.before_json), ?) = ?');
      params.push(`$."${name}"`, value);
    }
  }
  // Newest first by the change's own id: the scan stops at the first match.
  return { sql: `SELECT cs.author, cs.at FROM change c JOIN change_set cs ON cs.id = c.set_id WHERE ${conditions.join(' AND ')} ORDER BY c.id DESC LIMIT 1`, params };
}

function lastChangeOf(db: Database.Database, table: string, match: RowMatch, column: string): LastChange | null {
  const { sql, params } = lastChangeQuery(table, match, column);
  return (db.prepare(sql).get(...params) as LastChange | undefined) ?? null;
}

/** "kl. 14.03" today, else "02.12.2026 kl. 14.03". */
function whenText(at: string, now = new Date()): string {
  const stamp = formatTimestamp(at);
  return todayIso(new Date(at)) === todayIso(now) ? stamp.slice(stamp.indexOf('kl.')) : stamp;
}

/**
 * Refuses the edit with a 'conflict' when the field no longer holds what the person saw and the
 * latest change to it was someone else's. The caller's own earlier change is no conflict (their
 * sheet may simply not have caught up), nor is a value no recorded change explains.
 */
export function refuseIfChangedByOther(db: Database.Database, author: string, edit: SeenEdit): void {
  if (sameStoredValue(edit.current, edit.seen)) return;
  const last = lastChangeOf(db, edit.table, edit.match, edit.column);
  if (!last || last.author === author) return;
  const column = WORKBOOK_TABLES[edit.table]?.columns[edit.column] ?? { label: edit.column, kind: 'text' as const };
  const shown = formatChangeValue(column, edit.current);
  const now = shown === '(tom)' ? 'nu er det tomt' : `nu «${shown.length > MAX_SHOWN ? `${shown.slice(0, MAX_SHOWN)}…` : shown}»`;
  const what = edit.what?.() ?? `Feltet «${column.label}»`;
  throw new UserFacingError('conflict', `${what} er ændret af ${last.author} ${whenText(last.at)}, mens du skrev: ${now}. Din ændring er ikke gemt`, last);
}
