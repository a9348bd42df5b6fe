import type { Migration } from './migration';
import { rewriteRecordedRows } from './recorded-rows';

/** A recorded row's forbrug, once whole kroner under "actual", now øre under "actual_ore". */
function recordedInOre(json: string | null): string | null {
  if (json === null) return null;
  const row = JSON.parse(json) as Record<string, unknown>;
  if (!('actual' in row)) return json;
  // Rebuilt key by key, so the record keeps the table's column order (the renamed column keeps its place).
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'actual') converted.actual_ore = typeof value === 'number' ? value * 100 : value;
    else converted[key] = value;
  }
  return JSON.stringify(converted);
}

// Forbrug from a finance system carries øre and negative corrections (credit notes). It is
// stored exactly, as integer øre, in a column whose name says so, so that no reader can take øre
// for kroner. The budget stays whole kroner. The change log's records of forbrug are converted
// too, so that its "før → efter" still reads right and every row still equals its last record.
export const spendingInOre: Migration = {
  version: 5,
  description: 'Forbrug i kroner og øre (gemt som hele øre)',
  up(db) {
    db.exec(`
      ALTER TABLE budget_amount RENAME COLUMN actual TO actual_ore;
      UPDATE budget_amount SET actual_ore = actual_ore * 100 WHERE actual_ore IS NOT NULL;
    `);
    rewriteRecordedRows(db, 'budget_amount', recordedInOre);
  },
};
