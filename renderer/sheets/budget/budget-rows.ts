// The Økonomi grid's rows and columns, built from the stored budget and its computed totals.
// Pure (no React, no DOM), so the bench can time it and the paste logic can share it.
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { PasteColumn, PasteRow } from '../../../shared/budget-paste';
import { MEASURE_LABELS, type BudgetData, type BudgetMeasure, type BudgetTotals, type Figures, type TotalsRow } from '../../../shared/domain/budget';

export type BudgetView = 'all' | 'budget' | 'actual';
export const BUDGET_VIEWS: Array<{ id: BudgetView; label: string }> = [
  { id: 'all', label: 'Budget, forbrug og difference' },
  { id: 'budget', label: 'Kun budget' },
  { id: 'actual', label: 'Kun forbrug' },
];

export type ColumnMeasure = BudgetMeasure | 'difference';
export type RowKind = 'group' | 'line' | 'subtotal' | 'grand';

export interface BudgetRow {
  /** The line's or group's id (the grid keys rows by rowKey). */
  id: number;
  rowKey: string;
  kind: RowKind;
  label: string;
  groupId: number | null;
  lineId: number | null;
  /** By column id ("y2020-budget", "total-difference"); null shows an empty cell. */
  values: Record<string, number | null>;
}

export function amountColumnId(year: number | 'total', measure: ColumnMeasure): string {
  return year === 'total' ? `total-${measure}` : `y${year}-${measure}`;
}

/** "y2020-actual" → { year: 2020, measure: 'actual' }; null for totals and the label. */
export function parseAmountColumnId(colId: string): { year: number; measure: ColumnMeasure } | null {
  const match = /^y(\d{4})-(budget|actual|difference)$/.exec(colId);
  return match ? { year: Number(match[1]), measure: match[2] as ColumnMeasure } : null;
}

export function measuresShown(view: BudgetView): ColumnMeasure[] {
  if (view === 'budget') return ['budget'];
  if (view === 'actual') return ['actual'];
  return ['budget', 'actual', 'difference'];
}

/** Column ids per year, made once per build rather than once per cell. */
interface ColumnKeys {
  years: Array<{ year: number; budget: string; actual: string; difference: string }>;
  total: { budget: string; actual: string; difference: string };
}

function columnKeys(years: number[]): ColumnKeys {
  const keysOf = (key: number | 'total') => ({
    budget: amountColumnId(key, 'budget'), actual: amountColumnId(key, 'actual'), difference: amountColumnId(key, 'difference'),
  });
  return { years: years.map((year) => ({ year, ...keysOf(year) })), total: keysOf('total') };
}

function put(values: Record<string, number | null>, keys: { budget: string; actual: string; difference: string }, f: Figures): void {
  values[keys.budget] = f.budget;
  values[keys.actual] = f.actual;
  values[keys.difference] = f.difference;
}

function figuresValues(row: TotalsRow, keys: ColumnKeys): Record<string, number | null> {
  const values: Record<string, number | null> = {};
  for (const k of keys.years) put(values, k, row.byYear[k.year]!);
  put(values, keys.total, row.total);
  return values;
}

export interface BudgetGridModel {
  rows: BudgetRow[];
  grand: BudgetRow;
  totals: BudgetTotals;
  /** Columns where some figure has øre: their whole figures are padded so the kroner line up. */
  oreColumns: Set<string>;
}

function columnsWithOre(rows: BudgetRow[]): Set<string> {
  const found = new Set<string>();
  for (const row of rows) {
    for (const [colId, value] of Object.entries(row.values)) if (value !== null && !Number.isInteger(value)) found.add(colId);
  }
  return found;
}

/** Group header, its lines, its subtotal; the grand total is pinned below. */
export function buildBudgetRows(data: BudgetData, totals: BudgetTotals = computeBudgetTotals(data)): BudgetGridModel {
  const keys = columnKeys(data.years);
  const rows: BudgetRow[] = [];
  for (const group of data.groups) {
    rows.push({ id: group.id, rowKey: `group-${group.id}`, kind: 'group', label: group.title, groupId: group.id, lineId: null, values: {} });
    for (const line of group.lines) {
      const lineTotals = totals.lines[line.id]!;
      const values: Record<string, number | null> = {};
      // Typed cells show what was typed: an empty cell stays empty, not 0.
      for (const k of keys.years) {
        const amount = line.amounts[k.year];
        const budget = amount?.budget ?? null;
        const actual = amount?.actual ?? null;
        values[k.budget] = budget;
        values[k.actual] = actual;
        values[k.difference] = budget === null && actual === null ? null : lineTotals.byYear[k.year]!.difference;
      }
      put(values, keys.total, lineTotals.total);
      rows.push({ id: line.id, rowKey: `line-${line.id}`, kind: 'line', label: line.costType, groupId: group.id, lineId: line.id, values });
    }
    rows.push({
      id: group.id, rowKey: `subtotal-${group.id}`, kind: 'subtotal', label: `I alt – ${group.title}`, groupId: group.id, lineId: null,
      values: figuresValues(totals.groups[group.id]!, keys),
    });
  }
  const grand: BudgetRow = { id: 0, rowKey: 'grand', kind: 'grand', label: 'I alt', groupId: null, lineId: null, values: figuresValues(totals.grand, keys) };
  return { rows, grand, totals, oreColumns: columnsWithOre([...rows, grand]) };
}

/** A column as the user reads it: "Forbrug 2021", "Difference i alt". */
export function columnLabel(colId: string): string {
  const total = /^total-(budget|actual|difference)$/.exec(colId);
  if (total) return `${MEASURE_LABELS[total[1] as ColumnMeasure]} i alt`;
  const amount = parseAmountColumnId(colId);
  return amount ? `${MEASURE_LABELS[amount.measure]} ${amount.year}` : 'Linje';
}

/** A displayed column as a paste sees it: a year's budget or forbrug takes amounts, the rest does not. */
export function pasteColumnOf(colId: string): PasteColumn {
  const label = columnLabel(colId);
  const amount = parseAmountColumnId(colId);
  if (amount && amount.measure !== 'difference') return { kind: 'amount', year: amount.year, measure: amount.measure, label };
  if (amount) return { kind: 'computed', label, hint: 'Vælg "Kun budget" eller "Kun forbrug" over arket, så årene står side om side' };
  return colId.startsWith('total-') ? { kind: 'computed', label } : { kind: 'text', label };
}

/** A displayed row as a paste sees it: only a budget line takes amounts. */
export function pasteRowOf(row: BudgetRow): PasteRow {
  if (row.kind === 'line' && row.lineId !== null) return { kind: 'line', lineId: row.lineId, label: row.label };
  return { kind: row.kind === 'group' ? 'heading' : 'sum', label: row.label };
}
