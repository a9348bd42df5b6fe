import { markDamaged, parseTextList } from '../../shared/stored-values';
import type { Row, SqlValue } from './transaction';

/** "statusReason" → "status_reason": domain fields map to columns by name. */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function fieldName(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** A validated patch of domain fields → a row patch; arrays are stored as JSON text. */
export function toRow(patch: Record<string, unknown>): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    row[columnName(field)] = Array.isArray(value) ? JSON.stringify(value) : (value as SqlValue);
  }
  return row;
}

/**
 * A row → domain fields (columns in camelCase), JSON columns named in jsonFields parsed. A
 * damaged value – binary data, a list that is not one – is read as its raw text with a mark,
 * so one bad value shows as such instead of failing the whole sheet (`check` names it).
 */
export function fromRow<T>(row: Row, jsonFields: readonly string[] = []): T {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fieldName(column);
    if (jsonFields.includes(field)) result[field] = parseTextList(value) ?? [markDamaged(value)];
    else result[field] = (value as unknown) instanceof Uint8Array ? markDamaged(value) : value;
  }
  return result as T;
}
