import type { Migration } from './migration';
import { rewriteRecordedRows } from './recorded-rows';

/** The new columns as a year row recorded before them now reads: no disponeret, the default prognose, no explanation. */
const NEW_COLUMNS = { committed_ore: null, forecast_ore: null, deviation_note: '' };

function withNewColumns(json: string | null): string | null {
  if (json === null) return null;
  return JSON.stringify({ ...(JSON.parse(json) as Record<string, unknown>), ...NEW_COLUMNS });
}

// Forecast and commitments in Økonomi: per line and year, what is committed but not yet spent
// (disponeret) and the forecast for the year (prognose), both in øre like forbrug. A NULL
// prognose means "forbrug + disponeret", computed when read, so the default follows every new
// figure; a stored one is what the user typed. A prognose over the budget asks for an
// explanation (afvigelsesforklaring), kept with the year it explains.
export const forecast: Migration = {
  version: 14,
  description: 'Økonomi: disponeret, prognose og afvigelsesforklaring',
  up(db) {
    db.exec(`
      ALTER TABLE budget_amount ADD COLUMN committed_ore INTEGER;
      ALTER TABLE budget_amount ADD COLUMN forecast_ore INTEGER;
      ALTER TABLE budget_amount ADD COLUMN deviation_note TEXT NOT NULL DEFAULT '';
    `);
    // Every recorded year row gains the new columns, so each row still equals its last record.
    rewriteRecordedRows(db, 'budget_amount', withNewColumns);
  },
};
