// What the workbook says after every change (an edit, an undo, a redo): which rows changed and
// how they look now, so that a sheet can update exactly those rows by id instead of reading
// and rebuilding everything it shows. The one mutation path fills it from the row changes it
// records anyway for the change log and undo.
import { markDamaged, parseTextList } from '../stored-values';

/** A row as stored: column name (snake_case) → value. */
export type StoredRow = Record<string, string | number | null>;

/** One row a change touched: before is null for an insert, after is null for a delete. */
export interface ChangedRow {
  table: string;
  id: number;
  before: StoredRow | null;
  after: StoredRow | null;
}

export interface WorkbookChange {
  /** Danish, as the change log and the undo button say it. */
  description: string;
  tables: string[];
  /**
   * Every row the change touched, each once, in the order first touched; null when there are
   * more than MAX_ROWS_IN_CHANGE (a large paste or seed): sheets then reload whole, which is
   * cheaper than sending and applying that many rows one by one.
   */
  rows: ChangedRow[] | null;
}

export const MAX_ROWS_IN_CHANGE = 5000;

/**
 * The rows of a change as one entry per row: a row written twice in one transaction (inserted
 * and then renumbered, say) is its first before and its last after; a row inserted and deleted
 * again is left out. Null beyond `limit` rows.
 */
export function collapseChangedRows(
  changes: ReadonlyArray<{ table: string; rowId: number; before: StoredRow | null; after: StoredRow | null }>,
  limit = MAX_ROWS_IN_CHANGE,
): ChangedRow[] | null {
  const byKey = new Map<string, ChangedRow>();
  for (const change of changes) {
    const key = `${change.table}:${change.rowId}`;
    const seen = byKey.get(key);
    if (seen) seen.after = change.after;
    else {
      if (byKey.size >= limit) return null;
      byKey.set(key, { table: change.table, id: change.rowId, before: change.before, after: change.after });
    }
  }
  return [...byKey.values()].filter((row) => row.before !== null || row.after !== null);
}

/** "status_reason" → "statusReason": stored columns map to domain fields by name. */
export function fieldName(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A stored row → domain fields (columns in camelCase), JSON columns named in jsonFields parsed. A
 * damaged value – binary data, a list that is not one – is read as its raw text with a mark, so
 * one bad value shows as such instead of failing the whole sheet (`check` names it).
 */
export function fromRow<T>(row: StoredRow, jsonFields: readonly string[] = []): T {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fieldName(column);
    if (jsonFields.includes(field)) result[field] = parseTextList(value) ?? [markDamaged(value)];
    else result[field] = (value as unknown) instanceof Uint8Array ? markDamaged(value) : value;
  }
  return result as T;
}
