// A budget table whose columns a PDF's text extract lost: one line a row, "Løn 143.750 575.000 …
// 1.725.000". A line's amounts fill the columns (the header's years, then its »I alt«) in order;
// where a line has fewer amounts than columns, the document left cells empty and the text lost
// which. That is solved from the document's own totals only: every order-preserving placement is
// tried, and exactly one that agrees with the line's stated total and with the »i alt« row's
// figure for every year is used. None or several, and the table is not read – never guessed.
import { spacedAmountReadings, splitTrailingAmountTokens } from './amounts';
import { addBudgetLine, checkTotalRows, initiativesOfGroup, singleLineName, TOTAL, YEAR, type BudgetTable, type StatedTotal } from './budget-table';
import type { ImportedBudgetGroup } from './imported-programme';

interface Columns {
  years: number[];
  /** The header ends with »I alt«: a line's last column is its stated total. */
  hasTotal: boolean;
}

/** A row as printed: its label ('' for amounts alone) and its amounts' tokens. */
interface Row {
  label: string;
  tokens: string[];
  isTotal: boolean;
}

/** A group title (maybe wrapped over lines) and the index of the first row after it. */
interface Title {
  words: string[];
  at: number;
}

/** One placement of a row's amounts: a value or an empty cell per column. */
type Cells = Array<number | null>;

// Far above any real table (a line of three amounts in five columns has ten placements); a table
// beyond it is left unread rather than searched for long.
const MAX_COMBINATIONS = 100_000;

/** The table from its lines (the first is the header: "Samlede udgifter 2019 2020 2021 2022 I alt"); null when it cannot be read exactly. */
export function readColumnlessBudget(lines: readonly string[]): BudgetTable | null {
  const columns = readHeader(lines[0] ?? '');
  if (!columns) return null;
  const read = readRows(lines.slice(1));
  if (!read || !read.rows.some((r) => !r.isTotal)) return null;
  const cells = placeAmounts(columns, read.rows);
  if (!cells) return null;
  const table = buildTable(columns, read, cells);
  return table.groups.every((g) => g.lines.length > 0) ? table : null;
}

/** The years after the header's words, then nothing or »I alt» (a plan's header ends with other words). */
function readHeader(line: string): Columns | null {
  const tokens = line.trim().split(/\s+/);
  let index = tokens.findIndex((t) => YEAR.test(t));
  if (index < 0) return null;
  const years: number[] = [];
  for (; index < tokens.length && YEAR.test(tokens[index] ?? ''); index++) years.push(Number(tokens[index]));
  const rest = tokens.slice(index).join(' ');
  if ((rest && !TOTAL.test(rest)) || new Set(years).size !== years.length) return null;
  return { years, hasTotal: rest !== '' };
}

/** "Indsats 1 og 2" ends in numbers that name initiatives: they are no amounts. */
function amountsOf(line: string): { label: string; tokens: string[] } {
  const split = splitTrailingAmountTokens(line);
  const named = initiativesOfGroup(line);
  if (named.length > 0 && named.join() !== initiativesOfGroup(split.label).join()) return { label: line.trim(), tokens: [] };
  return split;
}

/**
 * Lines to rows and group titles. A label broken over lines joins the label-only lines right
 * before its amounts; a label-only line that begins »Indsats N« opens a group title, and the
 * label-only lines after it continue the title (a merged cell's text wraps) up to the next
 * amounts; amounts alone after amounts continue that row ("300.000 300.000" / "600.000").
 */
function readRows(lines: readonly string[]): { rows: Row[]; titles: Title[] } | null {
  const rows: Row[] = [];
  const titles: Title[] = [];
  let words: string[] = [];
  let title: Title | null = null;
  let afterAmounts = false;
  for (const line of lines) {
    const { label, tokens } = amountsOf(line);
    if (tokens.length === 0) {
      if (/^indsats/i.test(label) && initiativesOfGroup(label).length > 0) {
        // Words before a title belong to no line that can be told.
        if (words.length > 0) return null;
        title = { words: [label], at: rows.length };
        titles.push(title);
      } else (title ? title.words : words).push(label);
      afterAmounts = false;
      continue;
    }
    const previous = rows.at(-1);
    if (!label && afterAmounts && previous) {
      previous.tokens.push(...tokens);
      continue;
    }
    const full = [...words, label].filter(Boolean).join(' ');
    // Amounts alone belong to the group title right above them, or to nothing that can be told.
    if (!full && !title) return null;
    rows.push({ label: full, tokens, isTotal: TOTAL.test(full) });
    words = [];
    title = null;
    afterAmounts = true;
  }
  return words.length > 0 || title ? null : { rows, titles };
}

/** Every order-preserving way to put the amounts into `width` cells, the rest left empty. */
function placements(amounts: readonly number[], width: number): Cells[] {
  if (amounts.length === 0) return [Array<null>(width).fill(null)];
  if (width < amounts.length) return [];
  const [first, ...rest] = amounts;
  return [
    ...placements(rest, width - 1).map((tail) => [first ?? null, ...tail]),
    ...placements(amounts, width - 1).map((tail) => [null, ...tail]),
  ];
}

const sumOfYears = (cells: Cells, years: number): number => cells.slice(0, years).reduce<number>((a, v) => a + (v ?? 0), 0);

/** Each row's cells: the one placement its amounts allow, or the one the totals single out; null when none or several. */
function placeAmounts(columns: Columns, rows: readonly Row[]): Cells[] | null {
  const years = columns.years.length;
  const width = years + (columns.hasTotal ? 1 : 0);
  const options = rows.map((row) => {
    const all = spacedAmountReadings(row.tokens, width).flatMap((amounts) => placements(amounts, width));
    // A total row is read only when it fills every column: it is what the rest is solved against.
    return row.isTotal ? all.filter((cells) => cells.every((v) => v !== null)) : all;
  });
  if (options.some((o) => o.length === 0)) return null;
  // Every row fills its columns one way only: read as printed; the totals are checked, not solved.
  if (options.every((o) => o.length === 1)) return options.map((o) => o[0] ?? []);
  const grand = rows.findLastIndex((r) => r.isTotal);
  const reference = options[grand]?.[0];
  if (!reference || rows.some((r, i) => r.isTotal && options[i]?.length !== 1)) return null;
  const candidates = options.map((o) =>
    o.length === 1 || !columns.hasTotal ? o : o.filter((cells) => { const total = cells[years]; return total === null || total === undefined || total === sumOfYears(cells, years); }),
  );
  if (candidates.reduce((n, c) => n * c.length, 1) > MAX_COMBINATIONS) return null;
  const agrees = (chosen: readonly Cells[]) =>
    columns.years.every((_, c) => chosen.reduce((sum, cells, i) => sum + (rows[i]?.isTotal ? 0 : cells[c] ?? 0), 0) === reference[c]);
  const solutions: Cells[][] = [];
  const pick = (chosen: Cells[]): void => {
    if (solutions.length > 1) return;
    const next = candidates[chosen.length];
    if (!next) {
      if (agrees(chosen)) solutions.push([...chosen]);
      return;
    }
    for (const cells of next) pick([...chosen, cells]);
  };
  pick([]);
  return solutions.length === 1 ? (solutions[0] ?? null) : null;
}

/**
 * The groups in the budget table's shape. A PDF centres a merged cell's title vertically, so a
 * title may stand among its lines: the rows before the next title belong to the group whose
 * title stands among or before them (the first group's reach back to the header).
 */
function buildTable(columns: Columns, read: { rows: Row[]; titles: Title[] }, placed: Cells[]): BudgetTable {
  const groups: ImportedBudgetGroup[] = read.titles.length > 0
    ? read.titles.map((t) => { const title = t.words.join(' '); return { title, initiatives: initiativesOfGroup(title), lines: [] }; })
    : [{ title: 'Budget', initiatives: [], lines: [] }];
  const table: BudgetTable = { years: columns.years, groups, warnings: [], unplaced: [] };
  const totals: StatedTotal[] = [];
  read.rows.forEach((row, i) => {
    const cells = placed[i] ?? [];
    const byYear = new Map(columns.years.map((year, c) => [year, cells[c] ?? null]));
    const stated = columns.hasTotal ? (cells[columns.years.length] ?? null) : null;
    const group = groups[Math.max(0, read.titles.filter((t) => t.at <= i).length - 1)] ?? groups[0]!;
    if (row.isTotal) totals.push({ label: row.label, byYear, total: stated, group: [...group.lines], before: groups.flatMap((g) => g.lines) });
    else addBudgetLine(table, group, row.label || singleLineName(group.title), byYear, stated);
  });
  checkTotalRows(table, totals);
  return table;
}
