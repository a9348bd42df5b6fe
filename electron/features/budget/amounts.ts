import type { AmountCell } from '../../../shared/budget-paste';
import { MEASURE_LABELS } from '../../../shared/domain/budget';
import { formatKroner } from '../../../shared/money';
import { UserFacingError } from '../../workbook/errors';
import type { Transaction } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import { lineLabel } from './read-sheet';

function describe(wb: Workbook, cells: AmountCell[], source: 'typed' | 'paste'): string {
  if (cells.length === 1 && source === 'typed') {
    const [cell] = cells as [AmountCell];
    const value = cell.value === null ? 'tom' : `${formatKroner(cell.value)} kr.`;
    return `Ret ${MEASURE_LABELS[cell.measure].toLowerCase()} ${cell.year} for ${lineLabel(wb, cell.lineId)} til ${value}`;
  }
  const lines = new Set(cells.map((c) => c.lineId)).size;
  return `Indsæt ${cells.length} beløb på ${lines} ${lines === 1 ? 'budgetlinje' : 'budgetlinjer'}`;
}

/** Writes one cell; a year row with neither budget nor spending left is removed. */
function writeCell(tx: Transaction, cell: AmountCell, findAmount: (lineId: number, year: number) => { id: number; budget: number | null; actual: number | null } | undefined): boolean {
  const existing = findAmount(cell.lineId, cell.year);
  if (!existing) {
    if (cell.value === null) return false;
    tx.insert('budget_amount', { line_id: cell.lineId, year: cell.year, budget: null, actual: null, [cell.measure]: cell.value });
    return true;
  }
  const next = { budget: existing.budget, actual: existing.actual, [cell.measure]: cell.value };
  if (next.budget === null && next.actual === null) {
    tx.remove('budget_amount', existing.id);
    return true;
  }
  return tx.update('budget_amount', existing.id, { [cell.measure]: cell.value });
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
    const select = tx.db.prepare('SELECT id, budget, actual FROM budget_amount WHERE line_id = ? AND year = ?');
    const findAmount = (lineId: number, year: number) => select.get(lineId, year) as { id: number; budget: number | null; actual: number | null } | undefined;
    let changed = 0;
    for (const cell of cells) if (writeCell(tx, cell, findAmount)) changed++;
    return { changed };
  });
}
