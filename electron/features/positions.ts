import type { Transaction } from '../workbook/transaction';

/** The next free position at the end of an ordered list. */
export function nextPosition(tx: Transaction, table: string, where = '1 = 1', ...params: unknown[]): number {
  const max = tx.db.prepare(`SELECT MAX(position) FROM "${table}" WHERE ${where}`).pluck().get(...params) as number | null;
  return (max ?? 0) + 1;
}

/** Moves one row to a 1-based position among its siblings and renumbers them 1..n. */
export function moveToPosition(tx: Transaction, table: string, id: number, toPosition: number, siblingIds: number[]): void {
  const others = siblingIds.filter((s) => s !== id);
  const index = Math.max(0, Math.min(others.length, toPosition - 1));
  others.splice(index, 0, id);
  tx.renumber(table, others);
}
