// How wide an amount column must be so that no figure in it is cut off. Forbrug with øre
// ("1.942.118,13") is wider than the whole-krone budget the columns were first sized for; a
// figure cut to "1.942.1…" is worse than a sheet that scrolls sideways.
import { formatKronerExact } from '../../../shared/money';
import type { BudgetRow } from './budget-rows';

// The grid draws figures at 13 px in tabular digits, totals in bold (Arial/Liberation/Segoe metrics, rounded up).
const DIGIT_PX = 7.3;
const SEPARATOR_PX = 3.7;
const MINUS_PX = 4.4;
/** Cell padding (4 + 4, see budget.css), borders and a little air so the grid never reaches for its ellipsis. */
const CELL_PX = 12;

/** The width a figure's text needs in a cell. */
export function amountTextWidth(text: string): number {
  let width = CELL_PX;
  for (const ch of text) width += /\d/.test(ch) ? DIGIT_PX : ch === '-' ? MINUS_PX : SEPARATOR_PX;
  return Math.ceil(width);
}

/** The width one figure needs in its column. */
function figureWidth(colId: string, value: number, oreColumns: Set<string>): number {
  return amountTextWidth(formatKronerExact(value) + (Number.isInteger(value) && oreColumns.has(colId) ? ',00' : ''));
}

/**
 * Per amount column, the width its widest figure needs and never less than min. In a column with
 * øre, a whole figure keeps room for its invisible ",00" (see budget.css), so that counts too.
 */
export function amountColumnWidths(rows: readonly BudgetRow[], oreColumns: Set<string>, min: number): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const row of rows) {
    for (const [colId, value] of Object.entries(row.values)) {
      if (value === null) continue;
      widths[colId] = Math.max(widths[colId] ?? min, figureWidth(colId, value, oreColumns));
    }
  }
  return widths;
}

/**
 * The widths (from amountColumnWidths with min 0) after some rows were replaced, without
 * formatting every figure again: a column grows with a wider new figure, and is measured anew
 * only when one of its widest figures was replaced by a narrower one.
 */
export function updateAmountColumnWidths(
  previous: Record<string, number>, rows: readonly BudgetRow[], replaced: ReadonlyArray<{ before: BudgetRow; after: BudgetRow }>, oreColumns: Set<string>,
): Record<string, number> {
  const widths = { ...previous };
  const mayShrink = new Set<string>();
  for (const { before, after } of replaced) {
    for (const [colId, value] of Object.entries(after.values)) {
      if (value !== null) widths[colId] = Math.max(widths[colId] ?? 0, figureWidth(colId, value, oreColumns));
    }
    for (const [colId, value] of Object.entries(before.values)) {
      if (value === null || figureWidth(colId, value, oreColumns) !== previous[colId]) continue;
      // The widest figure was replaced: only a narrower one (or none) can make the column narrower.
      const next = after.values[colId];
      if (next === null || next === undefined || figureWidth(colId, next, oreColumns) < previous[colId]!) mayShrink.add(colId);
    }
  }
  for (const colId of mayShrink) {
    const widest = previous[colId]!;
    if (widths[colId] !== widest) continue;
    let found = 0;
    for (const row of rows) {
      const value = row.values[colId];
      if (value === null || value === undefined) continue;
      found = Math.max(found, figureWidth(colId, value, oreColumns));
      if (found === widest) break;
    }
    if (found === 0) delete widths[colId];
    else widths[colId] = found;
  }
  return widths;
}
