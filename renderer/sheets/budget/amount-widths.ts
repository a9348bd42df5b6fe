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

/**
 * Per amount column, the width its widest figure needs and never less than min. In a column with
 * øre, a whole figure keeps room for its invisible ",00" (see budget.css), so that counts too.
 */
export function amountColumnWidths(rows: BudgetRow[], oreColumns: Set<string>, min: number): Record<string, number> {
  const widths: Record<string, number> = {};
  for (const row of rows) {
    for (const [colId, value] of Object.entries(row.values)) {
      if (value === null) continue;
      const text = formatKronerExact(value) + (Number.isInteger(value) && oreColumns.has(colId) ? ',00' : '');
      widths[colId] = Math.max(widths[colId] ?? min, amountTextWidth(text));
    }
  }
  return widths;
}
