import type { AmountCell } from '../../../shared/budget-paste';
import { MEASURE_COLUMNS, MEASURE_LABELS } from '../../../shared/domain/budget';
import { formatKronerExact, toOre } from '../../../shared/money';
import { refuseIfChangedByOther } from '../../workbook/edit-conflicts';
import { UserFacingError } from '../../workbook/errors';
import type { Transaction } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import { lineLabel } from './read-sheet';

/** The columns of a new year row before its one figure is filled in. */
export const EMPTY_ROW = { budget: null, actual_ore: null, committed_ore: null, forecast_ore: null, deviation_note: '' } as const;

function describe(wb: Workbook, cells: AmountCell[], source: 'typed' | 'paste'): string {
  if (cells.length === 1 && source === 'typed') {
    const [cell] = cells as [AmountCell];
    const value = cell.value === null ? 'tom' : `${formatKronerExact(cell.value)} kr.`;
    return `Ret ${MEASURE_LABELS[cell.measure].toLowerCase()} ${cell.year} for ${lineLabel(wb, cell.lineId)} til ${value}`;
  }
  const lines = new Set(cells.map((c) => c.lineId)).size;
  return `Indsæt ${cells.length} beløb på ${lines} ${lines === 1 ? 'budgetlinje' : 'budgetlinjer'}`;
}

/** A stored year row: the budget in kroner, forbrug, disponeret and prognose in øre. */
export interface StoredAmount {
  id: number;
  budget: number | null;
  actual_ore: number | null;
  committed_ore: number | null;
  forecast_ore: number | null;
  deviation_note: string;
}

type AmountColumn = (typeof MEASURE_COLUMNS)[keyof typeof MEASURE_COLUMNS];

/** The column a measure is stored in and the value as stored there (all but the budget in øre). */
function stored(cell: AmountCell): { column: AmountColumn; value: number | null } {
  const column = MEASURE_COLUMNS[cell.measure];
  if (cell.measure === 'budget') return { column, value: cell.value };
  return { column, value: cell.value === null ? null : toOre(cell.value) };
}

/** A year row with no figure and no explanation left holds nothing and is removed. */
export function isEmptyYear(row: Omit<StoredAmount, 'id'>): boolean {
  return row.budget === null && row.actual_ore === null && row.committed_ore === null && row.forecast_ore === null && row.deviation_note === '';
}

/** The SELECT that finds a line's year row, for the writers of amounts and explanations. */
export const SELECT_YEAR_ROW = 'SELECT id, budget, actual_ore, committed_ore, forecast_ore, deviation_note FROM budget_amount WHERE line_id = ? AND year = ?';

/** Writes one cell; a year row left with nothing in it is removed. */
function writeCell(tx: Transaction, author: string, cell: AmountCell, findAmount: (lineId: number, year: number) => StoredAmount | undefined): boolean {
  const { column, value } = stored(cell);
  const existing = findAmount(cell.lineId, cell.year);
  if (cell.seen !== undefined) {
    // The year row comes and goes with its amounts, so an emptied one is found by line and year.
    refuseIfChangedByOther(tx.db, author, {
      table: 'budget_amount',
      match: existing ? { id: existing.id } : { columns: { line_id: cell.lineId, year: cell.year } },
      column,
      seen: stored({ ...cell, value: cell.seen }).value,
      current: existing?.[column] ?? null,
      what: () => `${MEASURE_LABELS[cell.measure]} ${cell.year} for ${lineLabel(tx, cell.lineId)}`,
    });
  }
  if (!existing) {
    if (value === null) return false;
    tx.insert('budget_amount', { ...EMPTY_ROW, line_id: cell.lineId, year: cell.year, [column]: value });
    return true;
  }
  const { id, ...current } = existing;
  if (isEmptyYear({ ...current, [column]: value })) {
    tx.remove('budget_amount', id);
    return true;
  }
  return tx.update('budget_amount', id, { [column]: value });
}

/**
 * Stores typed or pasted amounts as one change (one undo step). Every line must exist and no cell
 * may be named twice; otherwise nothing is stored.
 */
export function setAmounts(wb: Workbook, author: string, cells: AmountCell[], source: 'typed' | 'paste'): { changed: number } {
  const seen = new Set<string>();
  for (const cell of cells) {
    const key = `${cell.lineId}:${cell.year}:${cell.measure}`;
    if (seen.has(key)) throw new UserFacingError('invalid_input', `Det samme beløb (${MEASURE_LABELS[cell.measure].toLowerCase()} ${cell.year}) er angivet to gange`);
    seen.add(key);
  }
  return wb.mutate(author, describe(wb, cells, source), (tx) => {
    const lineExists = tx.db.prepare('SELECT 1 FROM budget_line WHERE id = ?').pluck();
    for (const lineId of new Set(cells.map((c) => c.lineId))) {
      if (!lineExists.get(lineId)) throw new UserFacingError('not_found', 'Budgetlinjen findes ikke (måske er den slettet). Intet er gemt');
    }
    const select = tx.db.prepare(SELECT_YEAR_ROW);
    const findAmount = (lineId: number, year: number) => select.get(lineId, year) as StoredAmount | undefined;
    let changed = 0;
    for (const cell of cells) if (writeCell(tx, author, cell, findAmount)) changed++;
    return { changed };
  });
}
