import type { Row, SqlValue } from './transaction';

// Reading rows is shared with the renderer, which applies changed rows from change events.
export { fieldName, fromRow } from '../../shared/api/workbook-change';

/** "statusReason" → "status_reason": domain fields map to columns by name. */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
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
