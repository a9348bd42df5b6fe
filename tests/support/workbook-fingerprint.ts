import crypto from 'node:crypto';
import type { Workbook } from '../../electron/workbook/workbook';

/** A hash of every row of every table (change log included): equal before/after ⇒ nothing changed. */
export function workbookFingerprint(wb: Workbook): string {
  const hash = crypto.createHash('sha256');
  const tables = wb.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  for (const table of tables) {
    hash.update(table);
    for (const row of wb.db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}
