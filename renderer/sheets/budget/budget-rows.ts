// The Økonomi grid's rows and columns, built from the stored budget and its computed totals.
// Pure (no React, no DOM), so the bench can time it and the paste logic can share it.
import type { ChangedRow } from '../../../shared/api/workbook-change';
import { isDefaultForecast, shownForecast } from '../../../shared/budget-forecast';
import { applyBudgetRows } from '../../../shared/budget-incremental';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { AmountsShown, PasteColumn, PasteRow } from '../../../shared/budget-paste';
import {
  MEASURE_LABELS, type BudgetData, type BudgetGroup, type BudgetLine, type BudgetMeasure, type BudgetSheet, type BudgetTotals, type Figures, type TotalsRow,
} from '../../../shared/domain/budget';
import { amountColumnWidths, updateAmountColumnWidths } from './amount-widths';

export type BudgetView = 'all' | 'budget' | 'actual' | 'forecast';
export const BUDGET_VIEWS: Array<{ id: BudgetView; label: string }> = [
  { id: 'all', label: 'Alle kolonner' },
  { id: 'budget', label: 'Kun budget' },
  { id: 'actual', label: 'Kun forbrug' },
  { id: 'forecast', label: 'Kun prognose' },
];

/** Every measure a column can show, in the order the sheet shows them per year. */
export const COLUMN_MEASURES = ['budget', 'actual', 'committed', 'forecast', 'difference'] as const;

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
  /**
   * Prognose columns showing the default (forbrug + disponeret) rather than a typed prognose;
   * stored as empty. A plain list, since the grid works on copies of the rows.
   */
  defaults?: readonly string[];
}

export function amountColumnId(year: number | 'total', measure: ColumnMeasure): string {
  return year === 'total' ? `total-${measure}` : `y${year}-${measure}`;
}

/** "y2020-actual" → { year: 2020, measure: 'actual' }; null for totals and the label. */
export function parseAmountColumnId(colId: string): { year: number; measure: ColumnMeasure } | null {
  const match = /^y(\d{4})-(budget|actual|committed|forecast|difference)$/.exec(colId);
  return match ? { year: Number(match[1]), measure: match[2] as ColumnMeasure } : null;
}

export function measuresShown(view: BudgetView): ColumnMeasure[] {
  return view === 'all' ? [...COLUMN_MEASURES] : [view];
}

type MeasureKeys = Record<ColumnMeasure, string>;

/** Column ids per year, made once per build rather than once per cell. */
interface ColumnKeys {
  years: Array<{ year: number } & MeasureKeys>;
  total: MeasureKeys;
}

function columnKeys(years: number[]): ColumnKeys {
  const keysOf = (key: number | 'total') => Object.fromEntries(COLUMN_MEASURES.map((m) => [m, amountColumnId(key, m)])) as MeasureKeys;
  return { years: years.map((year) => ({ year, ...keysOf(year) })), total: keysOf('total') };
}

function put(values: Record<string, number | null>, keys: MeasureKeys, f: Figures): void {
  for (const m of COLUMN_MEASURES) values[keys[m]] = f[m];
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
  /** Per amount column, the width its widest figure needs (see amount-widths.ts). */
  widths: Record<string, number>;
  /** rowKey → index in rows, so a change finds its rows without a search. */
  index: Map<string, number>;
}

function hasOre(value: number | null | undefined): boolean {
  return value !== null && value !== undefined && !Number.isInteger(value);
}

function columnsWithOre(rows: BudgetRow[]): Set<string> {
  const found = new Set<string>();
  for (const row of rows) {
    for (const [colId, value] of Object.entries(row.values)) if (hasOre(value)) found.add(colId);
  }
  return found;
}

/** The øre columns after some rows were replaced; a column is searched only when it may have lost its øre. */
function updateOreColumns(previous: Set<string>, rows: readonly BudgetRow[], replaced: ReadonlyArray<{ before: BudgetRow; after: BudgetRow }>): Set<string> {
  const gained = new Set<string>();
  const mayLose = new Set<string>();
  for (const { before, after } of replaced) {
    for (const [colId, value] of Object.entries(after.values)) if (hasOre(value) && !previous.has(colId)) gained.add(colId);
    for (const [colId, value] of Object.entries(before.values)) if (hasOre(value) && !hasOre(after.values[colId])) mayLose.add(colId);
  }
  const lost = [...mayLose].filter((colId) => !rows.some((row) => hasOre(row.values[colId])));
  if (gained.size === 0 && lost.length === 0) return previous;
  const next = new Set([...previous, ...gained]);
  for (const colId of lost) next.delete(colId);
  return next;
}

function lineRow(line: BudgetLine, groupId: number, lineTotals: TotalsRow, keys: ColumnKeys): BudgetRow {
  const values: Record<string, number | null> = {};
  const defaults: string[] = [];
  // Typed cells show what was typed: an empty cell stays empty, not 0.
  // An untyped prognose shows its default (forbrug + disponeret), styled as computed by the grid.
  for (const k of keys.years) {
    const amount = line.amounts[k.year];
    const budget = amount?.budget ?? null;
    const forecast = shownForecast(amount);
    values[k.budget] = budget;
    values[k.actual] = amount?.actual ?? null;
    values[k.committed] = amount?.committed ?? null;
    values[k.forecast] = forecast;
    if (forecast !== null && isDefaultForecast(amount)) defaults.push(k.forecast);
    values[k.difference] = budget === null && forecast === null ? null : lineTotals.byYear[k.year]!.difference;
  }
  put(values, keys.total, lineTotals.total);
  return { id: line.id, rowKey: `line-${line.id}`, kind: 'line', label: line.costType, groupId, lineId: line.id, values, defaults };
}

function subtotalRow(group: BudgetGroup, totals: BudgetTotals, keys: ColumnKeys): BudgetRow {
  return {
    id: group.id, rowKey: `subtotal-${group.id}`, kind: 'subtotal', label: `I alt – ${group.title}`, groupId: group.id, lineId: null,
    values: figuresValues(totals.groups[group.id]!, keys),
  };
}

function grandRow(totals: BudgetTotals, keys: ColumnKeys): BudgetRow {
  return { id: 0, rowKey: 'grand', kind: 'grand', label: 'I alt', groupId: null, lineId: null, values: figuresValues(totals.grand, keys) };
}

/** Group header, its lines, its subtotal; the grand total is pinned below. */
export function buildBudgetRows(data: BudgetData, totals: BudgetTotals = computeBudgetTotals(data)): BudgetGridModel {
  const keys = columnKeys(data.years);
  const rows: BudgetRow[] = [];
  for (const group of data.groups) {
    rows.push({ id: group.id, rowKey: `group-${group.id}`, kind: 'group', label: group.title, groupId: group.id, lineId: null, values: {} });
    for (const line of group.lines) rows.push(lineRow(line, group.id, totals.lines[line.id]!, keys));
    rows.push(subtotalRow(group, totals, keys));
  }
  const grand = grandRow(totals, keys);
  const all = [...rows, grand];
  const oreColumns = columnsWithOre(all);
  return { rows, grand, totals, oreColumns, widths: amountColumnWidths(all, oreColumns, 0), index: new Map(rows.map((row, i) => [row.rowKey, i])) };
}

/**
 * The grid's rows after amounts changed on some lines (line id → group id; see
 * shared/budget-incremental.ts): those lines, their groups' subtotals and the grand total are
 * new rows, every other row is the same object as before – so the grid's by-id row sync
 * touches only them. Lines and groups added, removed or moved take buildBudgetRows.
 */
export function updateBudgetRows(model: BudgetGridModel, data: BudgetData, totals: BudgetTotals, changedLines: ReadonlyMap<number, number>): BudgetGridModel {
  if (changedLines.size === 0) return model;
  const keys = columnKeys(data.years);
  const rows = [...model.rows];
  const replaced: Array<{ before: BudgetRow; after: BudgetRow }> = [];
  const replace = (index: number, after: BudgetRow) => {
    replaced.push({ before: rows[index]!, after });
    rows[index] = after;
  };
  const groupIds = new Set(changedLines.values());
  for (const group of data.groups) {
    if (!groupIds.has(group.id)) continue;
    for (const line of group.lines) {
      if (changedLines.has(line.id)) replace(model.index.get(`line-${line.id}`)!, lineRow(line, group.id, totals.lines[line.id]!, keys));
    }
    replace(model.index.get(`subtotal-${group.id}`)!, subtotalRow(group, totals, keys));
  }
  const grand = grandRow(totals, keys);
  replaced.push({ before: model.grand, after: grand });
  const all = [...rows, grand];
  const oreColumns = updateOreColumns(model.oreColumns, all, replaced);
  // When a column gains or loses øre, every whole figure in it changes width.
  const widths = oreColumns === model.oreColumns ? updateAmountColumnWidths(model.widths, all, replaced, oreColumns) : amountColumnWidths(all, oreColumns, 0);
  return { rows, grand, totals, oreColumns, widths, index: model.index };
}

/** A column as the user reads it: "Forbrug 2021", "Difference i alt". */
export function columnLabel(colId: string): string {
  const total = /^total-(budget|actual|committed|forecast|difference)$/.exec(colId);
  if (total) return `${MEASURE_LABELS[total[1] as ColumnMeasure]} i alt`;
  const amount = parseAmountColumnId(colId);
  return amount ? `${MEASURE_LABELS[amount.measure]} ${amount.year}` : 'Linje';
}

/** A displayed column as a paste sees it: a year's budget or forbrug takes amounts, the rest does not. */
export function pasteColumnOf(colId: string): PasteColumn {
  const label = columnLabel(colId);
  const amount = parseAmountColumnId(colId);
  if (amount && amount.measure !== 'difference') return { kind: 'amount', year: amount.year, measure: amount.measure, label };
  if (amount) return { kind: 'computed', label, hint: 'Vælg "Kun budget", "Kun forbrug" eller "Kun prognose" over arket, så årene står side om side' };
  return colId.startsWith('total-') ? { kind: 'computed', label } : { kind: 'text', label };
}

/** What a line's cell holds as stored: a prognose showing its default is an empty cell. */
export function storedShown(row: BudgetRow, colId: string): number | null {
  return row.defaults?.includes(colId) ? null : (row.values[colId] ?? null);
}

/** A line's typed cells as stored behind what the grid shows, by measure and year. */
function amountsShown(row: BudgetRow): AmountsShown {
  const shown: AmountsShown = { budget: {}, actual: {}, committed: {}, forecast: {} };
  for (const colId of Object.keys(row.values)) {
    const column = parseAmountColumnId(colId);
    if (column && column.measure !== 'difference') shown[column.measure][column.year] = storedShown(row, colId);
  }
  return shown;
}

/** A displayed row as a paste sees it: only a budget line takes amounts. */
export function pasteRowOf(row: BudgetRow): PasteRow {
  if (row.kind === 'line' && row.lineId !== null) return { kind: 'line', lineId: row.lineId, label: row.label, shown: amountsShown(row) };
  return { kind: row.kind === 'group' ? 'heading' : 'sum', label: row.label };
}

/** What the Økonomi sheet holds between changes: the loaded sheet and the grid's rows and totals. */
export interface BudgetSheetModel {
  sheet: BudgetSheet;
  model: BudgetGridModel;
}

export function loadBudgetModel(sheet: BudgetSheet): BudgetSheetModel {
  return { sheet, model: buildBudgetRows(sheet.data) };
}

/**
 * A change's rows applied to the sheet: amounts update their lines, subtotals and the grand total
 * in place (updateBudgetRows); a change to the budget's shape – lines or groups added, removed,
 * moved or renamed, employments, the period – answers 'reload' and the sheet reads it all anew.
 */
export function applyBudgetChange(current: BudgetSheetModel, rows: readonly ChangedRow[]): BudgetSheetModel | 'reload' {
  const result = applyBudgetRows({ sheet: current.sheet, totals: current.model.totals }, rows);
  if (result === 'reload') return 'reload';
  if (result.lines.size === 0) return current;
  const { sheet, totals } = result.state;
  return { sheet, model: updateBudgetRows(current.model, sheet.data, totals, result.lines) };
}
