// Budget arithmetic: every subtotal, year total and the grand total come from here, so the
// sheet, the Excel export and the Word documents can never disagree.
// Forbrug carries øre, so every sum is taken in integer øre and only the result is turned back
// into kroner: 0,10 + 0,20 is 0,30, never 0,30000000000000004.
// The prognose summed is each line's effective one (typed, or forbrug + disponeret), and the
// difference is budget − prognose.
import { effectiveForecastOre } from './budget-forecast';
import type { BudgetData, BudgetLine, BudgetTotals, Figures, TotalsRow } from './domain/budget';
import { fromOre, toOre } from './money';

/** Running sums in øre. */
export interface OreSums {
  budget: number;
  actual: number;
  committed: number;
  forecast: number;
}

interface OreRow {
  byYear: Record<number, OreSums>;
  total: OreSums;
}

function zero(): OreSums {
  return { budget: 0, actual: 0, committed: 0, forecast: 0 };
}

function emptySums(years: number[]): OreRow {
  return { byYear: Object.fromEntries(years.map((y) => [y, zero()])), total: zero() };
}

function add(into: OreSums, from: OreSums): void {
  into.budget += from.budget;
  into.actual += from.actual;
  into.committed += from.committed;
  into.forecast += from.forecast;
}

function addRow(into: OreRow, from: OreRow, years: number[]): void {
  for (const y of years) add(into.byYear[y]!, from.byYear[y]!);
  add(into.total, from.total);
}

/** Kroner from øre sums, with the difference budget − prognose. */
export function figuresFromOre(sums: OreSums): Figures {
  return {
    budget: fromOre(sums.budget),
    actual: fromOre(sums.actual),
    committed: fromOre(sums.committed),
    forecast: fromOre(sums.forecast),
    difference: fromOre(sums.budget - sums.forecast),
  };
}

/** Figures back to øre, for sums carried forward (shared/budget-incremental.ts). */
export function oreFromFigures(f: Figures): OreSums {
  return { budget: toOre(f.budget), actual: toOre(f.actual), committed: toOre(f.committed), forecast: toOre(f.forecast) };
}

function toKroner(row: OreRow, years: number[]): TotalsRow {
  return { byYear: Object.fromEntries(years.map((y) => [y, figuresFromOre(row.byYear[y]!)])), total: figuresFromOre(row.total) };
}

function lineSums(line: BudgetLine, years: number[]): OreRow {
  const row = emptySums(years);
  for (const y of years) {
    const amount = line.amounts[y];
    const sums: OreSums = {
      budget: toOre(amount?.budget ?? 0),
      actual: toOre(amount?.actual ?? 0),
      committed: toOre(amount?.committed ?? 0),
      forecast: effectiveForecastOre(amount),
    };
    add(row.byYear[y]!, sums);
    add(row.total, sums);
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
