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

/** A row → domain fields (columns in camelCase), JSON columns named in jsonFields parsed. */
export function fromRow<T>(row: Row, jsonFields: readonly string[] = []): T {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    const field = fieldName(column);
    result[field] = jsonFields.includes(field) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return result as T;
}
