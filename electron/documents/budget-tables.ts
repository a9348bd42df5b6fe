// Budget tables. Every subtotal, year total and grand total comes from computeBudgetTotals
// (shared/budget-totals.ts), the same arithmetic as the Økonomi sheet and the Excel export.
import type { Table } from 'docx';
import type { BudgetData, BudgetTotals, Figures } from '../../shared/domain/budget';
import { formatKroner } from '../../shared/money';
import { amountText, formatPercent } from './format';
import { longestWordTwips, textWidthTwips } from './measure';
import { gridTable, type Cell, type CellSpec } from './tables';
import { cleanLine } from './text';
import { COLOURS, SIZES } from './theme';

/** Cell margins (2 × 70 twips) and a little air for the estimate's error. */
const PADDING = 190;

function numberColumnWidth(values: number[], size: number, headers: string[]): number {
  const widest = Math.max(...values.map((v) => textWidthTwips(formatKroner(v), size)), ...headers.map((h) => textWidthTwips(h, size)));
  return widest + PADDING;
}

export interface BudgetPlanTable {
  orientation: 'portrait' | 'landscape';
  table: Table;
}

/**
 * "Samlede udgifter" as in the programme document: lines under their group, one column per
 * year and "I alt"; a subtotal under each group of several lines, the grand total last.
 * An amount never entered stays empty; an entered 0 shows as 0, as in the original.
 */
export function budgetPlanTable(data: BudgetData, totals: BudgetTotals, portraitWidth: number, landscapeWidth: number): BudgetPlanTable {
  const years = data.years;
  const allValues = [
    totals.grand.total.budget,
    ...years.map((y) => totals.grand.byYear[y]!.budget),
    ...data.groups.flatMap((g) => g.lines.flatMap((l) => years.map((y) => l.amounts[y]?.budget ?? 0))),
  ];
  for (const [orientation, width] of [['portrait', portraitWidth], ['landscape', landscapeWidth]] as const) {
    for (const size of [SIZES.table, SIZES.tableSmall]) {
      // The two text columns must hold their longest word; the rest of the width is shared.
      const groupNeed = Math.max(0, ...data.groups.map((g) => longestWordTwips(g.title, size))) + PADDING;
      const costNeed = Math.max(0, ...data.groups.flatMap((g) => g.lines.map((l) => longestWordTwips(l.costType, size)))) + PADDING;
      const numberWidth = numberColumnWidth(allValues, size, [...years.map(String), 'I alt']);
      const textWidth = width - numberWidth * (years.length + 1);
      if (textWidth >= groupNeed + costNeed && textWidth >= 3000) {
        const groupWidth = Math.min(Math.max(groupNeed, Math.round(textWidth * 0.42)), textWidth - costNeed);
        return { orientation, table: planBudget(data, totals, [groupWidth, textWidth - groupWidth, ...years.map(() => numberWidth), numberWidth], size) };
      }
    }
  }
  const numberWidth = Math.floor((landscapeWidth * 0.72) / (years.length + 1));
  const textWidth = landscapeWidth - numberWidth * (years.length + 1);
  const groupWidth = Math.round(textWidth * 0.44);
  return { orientation: 'landscape', table: planBudget(data, totals, [groupWidth, textWidth - groupWidth, ...years.map(() => numberWidth), numberWidth], SIZES.tableSmall) };
}

function planBudget(data: BudgetData, totals: BudgetTotals, widths: number[], size: number): Table {
  const years = data.years;
  const header: Cell[][] = [
    [{ text: 'Samlede udgifter (kr.)', columnSpan: 2, size }, ...years.map((y): Cell => ({ text: String(y), align: 'right', size })), { text: 'I alt', align: 'right', size }],
  ];
  const body: Cell[][] = [];
  for (const group of data.groups) {
    const lines = group.lines;
    const withSubtotal = lines.length > 1;
    const span = lines.length + (withSubtotal ? 1 : 0);
    if (lines.length === 0) {
      body.push([{ text: cleanLine(group.title), bold: true, size }, { text: '', size }, ...years.map((): Cell => ({ text: '', size })), { text: '', size }]);
      continue;
    }
    lines.forEach((line, i) => {
      const row: Cell[] = [];
      if (i === 0) row.push({ text: cleanLine(group.title), bold: true, size, rowSpan: span > 1 ? span : undefined });
      row.push({ text: cleanLine(line.costType), size });
      for (const y of years) row.push({ text: amountText(line.amounts[y]?.budget), align: 'right', size });
      row.push({ text: formatKroner(totals.lines[line.id]!.total.budget), align: 'right', size });
      body.push(row);
    });
    if (withSubtotal) {
      const sub = totals.groups[group.id]!;
      body.push([
        { text: 'I alt', bold: true, size, fill: COLOURS.subtotalFill },
        ...years.map((y): Cell => ({ text: formatKroner(sub.byYear[y]!.budget), align: 'right', bold: true, size, fill: COLOURS.subtotalFill })),
        { text: formatKroner(sub.total.budget), align: 'right', bold: true, size, fill: COLOURS.subtotalFill },
      ]);
    }
  }
  body.push([
    { text: 'I alt', bold: true, columnSpan: 2, size, fill: COLOURS.totalFill },
    ...years.map((y): Cell => ({ text: formatKroner(totals.grand.byYear[y]!.budget), align: 'right', bold: true, size, fill: COLOURS.totalFill })),
    { text: formatKroner(totals.grand.total.budget), align: 'right', bold: true, size, fill: COLOURS.totalFill },
  ]);
  return gridTable({ widths, header, body });
}

/** Red only when the rounded figure shows a minus: an overspend of a few øre prints as a black 0. */
function differenceCell(f: Figures, style: Partial<CellSpec> = {}): Cell {
  const text = formatKroner(f.difference);
  return { text, align: 'right', colour: text.startsWith('-') ? COLOURS.status.rød.text : undefined, ...style };
}

/** Whether any forbrug is entered at all (a year's net forbrug may be 0 or a credit). */
export function spendingRegistered(data: BudgetData): boolean {
  return data.groups.some((g) => g.lines.some((l) => Object.values(l.amounts).some((a) => a.actual !== null)));
}

/**
 * The documents print whole kroner. When forbrug has øre, the reader is told that the figures
 * are rounded and the totals come from the exact amounts, so a column may not add up to the krone shown.
 */
export function budgetRoundingNote(data: BudgetData): string {
  const withOre = data.groups.some((g) => g.lines.some((l) => Object.values(l.amounts).some((a) => a.actual !== null && !Number.isInteger(a.actual))));
  return withOre
    ? 'Beløb i hele kroner: forbrug med øre er afrundet, og totalerne er regnet af de præcise beløb, så summen af de viste tal kan afvige med få kroner fra totalen.'
    : 'Beløb i hele kroner.';
}

/** How far forbrug exceeds the budget, in whole kroner: "1.250 kr. over", or "under 1 kr. over" for a few øre. */
export function overspendText(actual: number, budget: number): string {
  const over = formatKroner(actual - budget);
  return over === '0' ? 'under 1 kr. over' : `${over} kr. over`;
}

/** A row's name, budget, forbrug, prognose and difference (budget − prognose). */
function figureCells(name: string, f: Figures, style: Partial<CellSpec> = {}): Cell[] {
  return [
    { text: name, ...style },
    { text: formatKroner(f.budget), align: 'right', ...style },
    { text: formatKroner(f.actual), align: 'right', ...style },
    { text: formatKroner(f.forecast), align: 'right', ...style },
    differenceCell(f, style),
  ];
}

/** Budget against forbrug and prognose for each year, with the difference (budget − prognose) and the share spent. */
export function budgetYearTable(data: BudgetData, totals: BudgetTotals, width: number): Table {
  const first = Math.round(width * 0.16);
  const rest = Math.floor((width - first) / 5);
  const widths = [first, rest, rest, rest, rest, width - first - rest * 4];
  const header: Cell[][] = [[
    'År',
    { text: 'Budget (kr.)', align: 'right' },
    { text: 'Forbrug (kr.)', align: 'right' },
    { text: 'Prognose (kr.)', align: 'right' },
    { text: 'Difference (kr.)', align: 'right' },
    { text: 'Forbrugt', align: 'right' },
  ]];
  const row = (name: string, f: Figures, style: Partial<CellSpec> = {}): Cell[] => [
    ...figureCells(name, f, style),
    { text: formatPercent(f.actual, f.budget), align: 'right', ...style },
  ];
  const body: Cell[][] = data.years.map((y) => row(String(y), totals.grand.byYear[y]!));
  body.push(row('I alt', totals.grand.total, { bold: true, fill: COLOURS.totalFill }));
  return gridTable({ widths, header, body });
}

/** Budget against forbrug and prognose for each line over the whole period, with group subtotals. */
export function budgetLineTable(data: BudgetData, totals: BudgetTotals, width: number): Table {
  const rest = Math.round(width * 0.15);
  const first = width - rest * 4;
  const widths = [first, rest, rest, rest, rest];
  const header: Cell[][] = [[
    'Linje',
    { text: 'Budget (kr.)', align: 'right' },
    { text: 'Forbrug (kr.)', align: 'right' },
    { text: 'Prognose (kr.)', align: 'right' },
    { text: 'Difference (kr.)', align: 'right' },
  ]];
  const row = figureCells;
  const body: Cell[][] = [];
  for (const group of data.groups) {
    body.push(row(cleanLine(group.title), totals.groups[group.id]!.total, { bold: true, fill: COLOURS.subtotalFill }));
    for (const line of group.lines) body.push(row(`   ${cleanLine(line.costType)}`, totals.lines[line.id]!.total));
  }
  body.push(row('I alt', totals.grand.total, { bold: true, fill: COLOURS.totalFill }));
  return gridTable({ widths, header, body });
}
