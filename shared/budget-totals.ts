// Budget arithmetic: every subtotal, year total and the grand total come from here, so the
// sheet, the Excel export and the Word documents can never disagree.
// Forbrug carries øre, so every sum is taken in integer øre and only the result is turned back
// into kroner: 0,10 + 0,20 is 0,30, never 0,30000000000000004.
import type { BudgetData, BudgetLine, BudgetTotals, Figures, TotalsRow } from './domain/budget';
import { fromOre, toOre } from './money';

/** Running sums in øre. */
interface OreSums {
  budget: number;
  actual: number;
}

interface OreRow {
  byYear: Record<number, OreSums>;
  total: OreSums;
}

function emptySums(years: number[]): OreRow {
  return { byYear: Object.fromEntries(years.map((y) => [y, { budget: 0, actual: 0 }])), total: { budget: 0, actual: 0 } };
}

function add(into: OreSums, budget: number, actual: number): void {
  into.budget += budget;
  into.actual += actual;
}

function addRow(into: OreRow, from: OreRow, years: number[]): void {
  for (const y of years) add(into.byYear[y]!, from.byYear[y]!.budget, from.byYear[y]!.actual);
  add(into.total, from.total.budget, from.total.actual);
}

function figures(sums: OreSums): Figures {
  return { budget: fromOre(sums.budget), actual: fromOre(sums.actual), difference: fromOre(sums.budget - sums.actual) };
}

function toKroner(row: OreRow, years: number[]): TotalsRow {
  return { byYear: Object.fromEntries(years.map((y) => [y, figures(row.byYear[y]!)])), total: figures(row.total) };
}

function lineSums(line: BudgetLine, years: number[]): OreRow {
  const row = emptySums(years);
  for (const y of years) {
    const amount = line.amounts[y];
    const budget = toOre(amount?.budget ?? 0);
    const actual = toOre(amount?.actual ?? 0);
    add(row.byYear[y]!, budget, actual);
    add(row.total, budget, actual);
  }
  return row;
}

export function lineTotals(line: BudgetLine, years: number[]): TotalsRow {
  return toKroner(lineSums(line, years), years);
}

export function computeBudgetTotals(data: BudgetData): BudgetTotals {
  const { years } = data;
  const grand = emptySums(years);
  const totals: BudgetTotals = { lines: {}, groups: {}, grand: toKroner(grand, years) };
  for (const group of data.groups) {
    const groupRow = emptySums(years);
    for (const line of group.lines) {
      const row = lineSums(line, years);
      totals.lines[line.id] = toKroner(row, years);
      addRow(groupRow, row, years);
    }
    totals.groups[group.id] = toKroner(groupRow, years);
    addRow(grand, groupRow, years);
  }
  totals.grand = toKroner(grand, years);
  return totals;
}
