// Budget arithmetic: every subtotal, year total and the grand total come from here, so the
// sheet, the Excel export and the Word documents can never disagree.
import type { BudgetData, BudgetLine, BudgetTotals, Figures, TotalsRow } from './domain/budget';

const zero = (): Figures => ({ budget: 0, actual: 0, difference: 0 });

function add(into: Figures, budget: number, actual: number): void {
  into.budget += budget;
  into.actual += actual;
  into.difference = into.budget - into.actual;
}

function emptyRow(years: number[]): TotalsRow {
  return { byYear: Object.fromEntries(years.map((y) => [y, zero()])), total: zero() };
}

function addRow(into: TotalsRow, from: TotalsRow, years: number[]): void {
  for (const y of years) add(into.byYear[y]!, from.byYear[y]!.budget, from.byYear[y]!.actual);
  add(into.total, from.total.budget, from.total.actual);
}

export function lineTotals(line: BudgetLine, years: number[]): TotalsRow {
  const row = emptyRow(years);
  for (const y of years) {
    const amount = line.amounts[y];
    const budget = amount?.budget ?? 0;
    const actual = amount?.actual ?? 0;
    add(row.byYear[y]!, budget, actual);
    add(row.total, budget, actual);
  }
  return row;
}

export function computeBudgetTotals(data: BudgetData): BudgetTotals {
  const { years } = data;
  const totals: BudgetTotals = { lines: {}, groups: {}, grand: emptyRow(years) };
  for (const group of data.groups) {
    const groupRow = emptyRow(years);
    for (const line of group.lines) {
      const row = lineTotals(line, years);
      totals.lines[line.id] = row;
      addRow(groupRow, row, years);
    }
    totals.groups[group.id] = groupRow;
    addRow(totals.grand, groupRow, years);
  }
  return totals;
}
