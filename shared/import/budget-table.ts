// The budget table: lines × years in whole kroner, grouped ("Indsats 1 og 2 – social innovator"
// over its cost types), with the document's own total column and total rows. The totals are
// checked, never trusted nor corrected: a difference becomes a warning naming line and year.
import { formatKroner } from '../money';
import { parseDocumentAmount } from './amounts';
import type { ImportedBudgetGroup, ImportedBudgetLine, UnplacedText } from './imported-programme';

export const YEAR = /^(19|20)\d{2}$/;
export const TOTAL = /^(i alt|total|samlet|sum|i alt kr\.?)$/i;

export interface BudgetTable {
  years: number[];
  groups: ImportedBudgetGroup[];
  warnings: string[];
  unplaced: UnplacedText[];
}

/** "Indsats 1 og 2 – social innovator" → [1, 2]; "Indsats 1, 2 og 3" → [1, 2, 3]. */
export function initiativesOfGroup(title: string): number[] {
  const m = /indsats(?:erne)?\s+((?:\d{1,2})(?:\s*(?:,|og|&)\s*\d{1,2})*)/i.exec(title);
  if (!m) return [];
  return [...(m[1] ?? '').matchAll(/\d{1,2}/g)].map((n) => Number(n[0]));
}

/** A group's single line takes the group's own words after the dash as its cost type. */
export function singleLineName(groupTitle: string): string {
  const parts = groupTitle.split(/\s+[–—-]\s+/);
  return (parts.length > 1 ? parts.slice(1).join(' – ') : groupTitle).trim();
}

export function readBudgetTable(rows: string[][]): BudgetTable | null {
  const headerIndex = rows.findIndex((r) => r.filter((c) => YEAR.test(c.trim())).length >= 1);
  if (headerIndex < 0) return null;
  const header = rows[headerIndex] ?? [];
  const yearColumns = new Map<number, number>();
  let totalColumn = -1;
  header.forEach((cell, i) => {
    if (YEAR.test(cell.trim())) yearColumns.set(i, Number(cell.trim()));
    else if (TOTAL.test(cell.trim())) totalColumn = i;
  });
  const firstAmountColumn = Math.min(...yearColumns.keys());
  const years = [...yearColumns.values()];
  const table: BudgetTable = { years, groups: [], warnings: [], unplaced: [] };
  const statedTotals: StatedTotal[] = [];
  let group: ImportedBudgetGroup | null = null;

  for (const row of rows.slice(headerIndex + 1)) {
    const labels = row.slice(0, firstAmountColumn).map((c) => c.trim());
    const label = labels.filter(Boolean).join(' – ');
    const byYear = new Map<number, number | null>();
    let unreadable: string | null = null;
    for (const [column, year] of yearColumns) {
      const value = parseDocumentAmount(row[column] ?? '');
      if (value === undefined) unreadable = row[column] ?? '';
      byYear.set(year, value ?? null);
    }
    const statedTotal = totalColumn >= 0 ? parseDocumentAmount(row[totalColumn] ?? '') : null;
    if (unreadable !== null || statedTotal === undefined) {
      table.unplaced.push({ where: 'Økonomi', text: row.filter((c) => c.trim()).join(' | ') });
      continue;
    }
    const hasAmounts = [...byYear.values()].some((v) => v !== null) || statedTotal !== null;
    if (!label && !hasAmounts) continue;
    if (TOTAL.test(label)) {
      // A total after a group's lines may be the group's own subtotal: it is checked against both.
      statedTotals.push({ label, byYear, total: statedTotal ?? null, group: group ? [...group.lines] : [], before: table.groups.flatMap((g) => g.lines) });
      continue;
    }
    if (!hasAmounts) {
      // A row with words only heads the lines below it.
      group = { title: label, initiatives: initiativesOfGroup(label), lines: [] };
      table.groups.push(group);
      continue;
    }
    const [groupLabel, costLabel] = labels.length >= 2 ? [labels[0], labels.slice(1).filter(Boolean).join(' ')] : ['', labels[0] ?? ''];
    if (groupLabel && groupLabel !== group?.title) {
      group = { title: groupLabel, initiatives: initiativesOfGroup(groupLabel), lines: [] };
      table.groups.push(group);
    }
    if (!group) {
      group = { title: 'Budget', initiatives: [], lines: [] };
      table.groups.push(group);
    }
    addBudgetLine(table, group, costLabel || singleLineName(group.title), byYear, statedTotal ?? null);
  }
  checkTotalRows(table, statedTotals);
  return table;
}

/** One line of the budget, its stated total checked against its years: a difference is a warning naming the line. */
export function addBudgetLine(table: BudgetTable, group: ImportedBudgetGroup, costType: string, byYear: Map<number, number | null>, statedTotal: number | null): void {
  const budget: Record<number, number> = {};
  for (const [year, value] of byYear) if (value !== null) budget[year] = value;
  group.lines.push({ costType, budget });
  const sum = Object.values(budget).reduce((a, b) => a + b, 0);
  if (statedTotal !== null && statedTotal !== sum) {
    table.warnings.push(`Linjen »${costType}« summerer til ${formatKroner(sum)} kr., men dokumentets »I alt« siger ${formatKroner(statedTotal)} kr.`);
  }
}

/** A total row of the document, checked (never trusted) against the lines it closes. */
export interface StatedTotal {
  label: string;
  byYear: Map<number, number | null>;
  total: number | null;
  /** The lines of the group the row closes, and all lines above it. */
  group: ImportedBudgetLine[];
  before: ImportedBudgetLine[];
}

function sumOf(lines: readonly ImportedBudgetLine[], year?: number): number {
  return lines.reduce((acc, line) => acc + (year === undefined ? Object.values(line.budget).reduce((a, b) => a + b, 0) : line.budget[year] ?? 0), 0);
}

export function checkTotalRows(table: BudgetTable, totals: StatedTotal[]): void {
  totals.forEach((row, index) => {
    const last = index === totals.length - 1;
    // The last total is the grand total; one before it closes its group, or everything above it.
    const scopes = last ? [row.before] : [row.group, row.before];
    const agrees = (lines: ImportedBudgetLine[]) =>
      table.years.every((y) => { const stated = row.byYear.get(y); return stated === null || stated === undefined || stated === sumOf(lines, y); }) &&
      (row.total === null || row.total === sumOf(lines));
    if (scopes.some(agrees)) return;
    const expected = scopes[0] ?? [];
    for (const year of table.years) {
      const stated = row.byYear.get(year);
      const sum = sumOf(expected, year);
      if (stated !== null && stated !== undefined && stated !== sum) {
        table.warnings.push(`Året ${year} summerer til ${formatKroner(sum)} kr., men dokumentets »${row.label}« siger ${formatKroner(stated)} kr.`);
      }
    }
    if (row.total !== null && row.total !== sumOf(expected)) {
      table.warnings.push(`Budgettet summerer til ${formatKroner(sumOf(expected))} kr. i alt, men dokumentets »${row.label}« siger ${formatKroner(row.total)} kr.`);
    }
  });
}
