// The programme plan as the programme document draws it: one column per quarter under its
// year, one row per initiative, each phase a cell spanning its quarters. Columns are sized so
// no phase title has to break a word; when the plan does not fit the page upright it goes on
// a landscape page, and a very long period is split into several tables by year.
import type { Table } from 'docx';
import type { PlanPhase } from '../../shared/domain/plan';
import { compareQuarters, formatQuarter, parseQuarter, quarterOrdinal, quartersBetween, type QuarterKey } from '../../shared/quarters';
import { longestWordTwips, textWidthTwips } from './measure';
import { gridTable, type Cell } from './tables';
import { cleanLine } from './text';
import { COLOURS, SIZES } from './theme';

export interface PlanTableInitiative {
  id: number;
  number: number;
  title: string;
}

export interface PlanTableInput {
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  initiatives: readonly PlanTableInitiative[];
  phases: readonly PlanPhase[];
  /** Marked in the header when given (the statusnotat marks today's quarter). */
  currentQuarter?: QuarterKey | null;
}

interface Span {
  title: string;
  start: number;
  end: number;
}

/** Cell margins (2 × 70 twips) and a little air for the estimate's error. */
const CELL_PADDING = 190;

/** A phase without an end runs to the end of the period (as the programme document's own table). */
function phaseSpan(phase: PlanPhase, periodEnd: QuarterKey): Span {
  const start = quarterOrdinal(phase.startQuarter);
  const end = quarterOrdinal(phase.endQuarter ?? periodEnd);
  return { title: cleanLine(phase.title), start, end: Math.max(start, end) };
}

/** Overlapping phases of one initiative are stacked in lanes (rows), as the Plan sheet shows them. */
function lanesOf(spans: Span[]): Span[][] {
  const lanes: Span[][] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const lane = lanes.find((l) => l[l.length - 1]!.end < span.start);
    if (lane) lane.push(span);
    else lanes.push([span]);
  }
  return lanes.length > 0 ? lanes : [[]];
}

interface Row {
  label: string;
  lanes: Span[][];
}

/** The quarters shown: the period, widened to any phase lying outside it so nothing is hidden. */
export function planQuarters(input: PlanTableInput): QuarterKey[] {
  let first = input.periodStart;
  let last = input.periodEnd;
  for (const phase of input.phases) {
    if (compareQuarters(phase.startQuarter, first) < 0) first = phase.startQuarter;
    const end = phase.endQuarter ?? phase.startQuarter;
    if (compareQuarters(end, last) > 0) last = end;
  }
  return quartersBetween(first, last);
}

interface Layout {
  labelWidth: number;
  widths: number[];
  size: number;
}

/** Column widths that let every phase title and year fit without breaking a word, or null. */
function fit(rows: Row[], quarters: QuarterKey[], width: number, size: number): Layout | null {
  const first = quarterOrdinal(quarters[0]!);
  const last = first + quarters.length - 1;
  const labelWant = Math.max(...rows.map((r) => longestWordTwips(r.label, size)), textWidthTwips('Programindsats', size)) + CELL_PADDING;
  const labelWidth = Math.max(labelWant, Math.round(width * 0.15));
  const widths = quarters.map(() => textWidthTwips('K4', size) + CELL_PADDING);

  const needs: Array<{ from: number; to: number; need: number }> = [];
  for (const row of rows) {
    for (const lane of row.lanes) {
      for (const span of lane) {
        const from = Math.max(span.start, first) - first;
        const to = Math.min(span.end, last) - first;
        if (to < from) continue;
        needs.push({ from, to, need: longestWordTwips(span.title, size) + CELL_PADDING });
      }
    }
  }
  for (const [year, count] of yearGroups(quarters)) {
    const from = quarters.findIndex((q) => parseQuarter(q).year === year);
    needs.push({ from, to: from + count - 1, need: textWidthTwips(String(year), size) + CELL_PADDING });
  }
  for (const { from, to, need } of needs.sort((a, b) => a.to - a.from - (b.to - b.from))) {
    const have = widths.slice(from, to + 1).reduce((a, b) => a + b, 0);
    if (need > have) {
      const add = Math.ceil((need - have) / (to - from + 1));
      for (let i = from; i <= to; i++) widths[i]! += add;
    }
  }
  const used = labelWidth + widths.reduce((a, b) => a + b, 0);
  if (used > width) return null;
  const extra = Math.floor((width - used) / widths.length);
  const spread = widths.map((w) => w + extra);
  spread[spread.length - 1]! += width - labelWidth - spread.reduce((a, b) => a + b, 0);
  return { labelWidth, widths: spread, size };
}

function yearGroups(quarters: QuarterKey[]): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  for (const q of quarters) {
    const { year } = parseQuarter(q);
    const lastGroup = groups[groups.length - 1];
    if (lastGroup && lastGroup[0] === year) lastGroup[1] += 1;
    else groups.push([year, 1]);
  }
  return groups;
}

function tableFor(rows: Row[], quarters: QuarterKey[], layout: Layout, current: QuarterKey | null | undefined): Table {
  const size = layout.size;
  const first = quarterOrdinal(quarters[0]!);
  const last = first + quarters.length - 1;
  const header: Cell[][] = [
    [
      { text: 'Programindsats', rowSpan: 2, size },
      ...yearGroups(quarters).map(([year, n]): Cell => ({ text: String(year), columnSpan: n, align: 'center', size })),
    ],
    quarters.map((q): Cell => ({
      text: `K${parseQuarter(q).quarter}`,
      align: 'center',
      size,
      fill: q === current ? COLOURS.currentQuarterFill : COLOURS.headerFill,
    })),
  ];
  const body: Cell[][] = [];
  for (const row of rows) {
    row.lanes.forEach((lane, laneIndex) => {
      const cells: Cell[] = [];
      if (laneIndex === 0) cells.push({ text: row.label, bold: true, size, rowSpan: row.lanes.length > 1 ? row.lanes.length : undefined });
      let o = first;
      const visible = lane.filter((s) => s.end >= first && s.start <= last).sort((a, b) => a.start - b.start);
      for (const span of visible) {
        const from = Math.max(span.start, first);
        for (; o < from; o++) cells.push({ text: '', size });
        const to = Math.min(span.end, last);
        const continued = span.start < first ? '(fortsat) ' : '';
        cells.push({ text: `${continued}${span.title}`, columnSpan: to - from + 1, size, fill: COLOURS.phaseFill });
        o = to + 1;
      }
      for (; o <= last; o++) cells.push({ text: '', size });
      body.push(cells);
    });
  }
  return gridTable({ widths: [layout.labelWidth, ...layout.widths], header, body });
}

export interface PlanTables {
  orientation: 'portrait' | 'landscape';
  tables: Table[];
  /** "2019 K2 – 2022 K4" for each table, for captions. */
  ranges: string[];
}

/**
 * The plan as one table upright if it fits, else landscape, else several landscape tables
 * split by year. Widths are in twips (the text width of an upright and a landscape page).
 */
export function planTables(input: PlanTableInput, portraitWidth: number, landscapeWidth: number): PlanTables {
  const rows: Row[] = input.initiatives.map((initiative) => ({
    label: `${initiative.number}. ${cleanLine(initiative.title)}`,
    lanes: lanesOf(input.phases.filter((p) => p.initiativeId === initiative.id).map((p) => phaseSpan(p, input.periodEnd))),
  }));
  const quarters = planQuarters(input);
  const range = `${formatQuarter(quarters[0]!)} – ${formatQuarter(quarters[quarters.length - 1]!)}`;
  for (const [orientation, width] of [['portrait', portraitWidth], ['landscape', landscapeWidth]] as const) {
    for (const size of [SIZES.table, SIZES.tableSmall]) {
      const layout = fit(rows, quarters, width, size);
      if (layout) return { orientation, tables: [tableFor(rows, quarters, layout, input.currentQuarter)], ranges: [range] };
    }
  }
  // Too many quarters for one page: as many whole years per table as fit a landscape page.
  const tables: Table[] = [];
  const ranges: string[] = [];
  let rest = quarters;
  while (rest.length > 0) {
    const years = yearGroups(rest);
    let take = years[0]![1];
    let layout = fit(rows, rest.slice(0, take), landscapeWidth, SIZES.tableSmall) ?? fitForced(rest.slice(0, take), landscapeWidth);
    for (const [, n] of years.slice(1)) {
      const attempt = fit(rows, rest.slice(0, take + n), landscapeWidth, SIZES.tableSmall);
      if (!attempt) break;
      take += n;
      layout = attempt;
    }
    const chunk = rest.slice(0, take);
    tables.push(tableFor(rows, chunk, layout, input.currentQuarter));
    ranges.push(`${formatQuarter(chunk[0]!)} – ${formatQuarter(chunk[chunk.length - 1]!)}`);
    rest = rest.slice(take);
  }
  return { orientation: 'landscape', tables, ranges };
}

/** Equal columns when even one year's titles cannot fit: Word then breaks the long words. */
function fitForced(quarters: QuarterKey[], width: number): Layout {
  const labelWidth = Math.round(width * 0.16);
  const each = Math.floor((width - labelWidth) / quarters.length);
  const widths = quarters.map(() => each);
  widths[widths.length - 1]! += width - labelWidth - each * quarters.length;
  return { labelWidth, widths, size: SIZES.tableSmall };
}
