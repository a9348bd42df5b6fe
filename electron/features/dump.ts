import { LATEST_SCHEMA_VERSION } from '../workbook/migrations';
import { fromRow } from '../workbook/columns';
import type { Row } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';

const UNDUMPED = new Set(['change', 'change_set', 'workbook_identity', 'applied_call']);

/** The whole workbook as plain JSON: every table, rows in id order, fields in camelCase. */
export function dumpWorkbook(wb: Workbook): Record<string, unknown> {
  const tables = wb.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const data: Record<string, unknown> = {};
  for (const table of tables) {
    if (UNDUMPED.has(table)) continue;
    data[table] = (wb.db.prepare(`SELECT * FROM "${table}" ORDER BY id`).all() as Row[]).map((r) => fromRow(r));
  }
  const changeSets = wb.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;
  return { file: wb.fileName, schemaVersion: LATEST_SCHEMA_VERSION, changeSets, tables: data };
}
