// A PDF page's text items laid out again: lines by baseline, tables by the columns their text
// stands in. A table begins at a line naming two or more years (the plan's and the budget's
// header) and ends at a wide gap or a heading; its cells are the text between column starts,
// rows begin where a line brings a new row label, an amount or a header. The result is text
// with tab-separated table rows – what Word's own text export gives – for the one text reader.
import { sectionOfHeading } from '../../shared/import/headings';
import { parseDocumentAmount } from '../../shared/import/amounts';

export interface PositionedItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  items: PositionedItem[];
}

/** Items on one baseline, left to right; touching items merged into one (a word split by a font change). */
export function linesOf(items: PositionedItem[]): Line[] {
  const lines: Line[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    if (!item.text.trim()) continue;
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 2);
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    const merged: PositionedItem[] = [];
    for (const item of line.items) {
      const last = merged[merged.length - 1];
      if (last && item.x - (last.x + last.width) < 1.5) {
        last.text += item.text;
        last.width = item.x + item.width - last.x;
      } else merged.push({ ...item });
    }
    line.items = merged;
  }
  return lines.sort((a, b) => b.y - a.y);
}

const YEAR = /^(19|20)\d{2}$/;
const QUARTER = /^(K\s*[1-4]|[1-4]\.?\s*kvt\.?|Q[1-4])$/i;
const ROW_LABEL = /^\s*(?:indsats\s*)?\d{1,2}[.:)]\s*\S/i;

function lineText(line: Line): string {
  return line.items.map((i) => i.text.trim()).join(' ');
}

function isTableHeader(line: Line): boolean {
  return line.items.filter((i) => YEAR.test(i.text.trim())).length >= 2;
}

/** Column starts: where the region's text begins, clustered (a cell's wrapped lines share their start). */
function columnStarts(lines: Line[]): number[] {
  const starts: number[] = [];
  for (const item of lines.flatMap((l) => l.items).sort((a, b) => a.x - b.x)) {
    const last = starts[starts.length - 1];
    if (last === undefined || item.x - last > 4) starts.push(item.x);
  }
  return starts;
}

/** Words of the page's prose: a cell line that continues one of them was a word broken by a narrow cell. */
function joinCellLines(previous: string, next: string, words: ReadonlySet<string>, previousFillsCell = false): string {
  if (!previous) return next;
  const tail = /(\p{L}+)$/u.exec(previous)?.[1]?.toLowerCase();
  const head = /^(\p{L}+)/u.exec(next)?.[1]?.toLowerCase();
  if (/^[,.;:]/.test(next)) return previous + next;
  if (tail && head && /^\p{Ll}/u.test(next)) {
    // Broken inside a word: the halves continue a word of the prose, or the first half is no word.
    const joined = tail + head;
    const continuesWord = [...words].some((w) => w.startsWith(joined));
    const tailIsWord = words.has(tail) || (tail.length >= 6 && [...words].some((w) => w.startsWith(tail)));
    // A line that fills its narrow cell, followed by no word of the prose: the word went on.
    if (continuesWord || !tailIsWord || (previousFillsCell && !words.has(head))) return previous + next;
  }
  return `${previous} ${next}`;
}

function tableRows(lines: Line[], words: ReadonlySet<string>): string[] {
  const starts = columnStarts(lines);
  const columnOf = (x: number): number => {
    let column = 0;
    starts.forEach((s, i) => {
      if (x >= s - 2) column = i;
    });
    return column;
  };
  const rows: string[][] = [];
  const columnRight = new Map<number, number>();
  for (const item of lines.flatMap((l) => l.items)) {
    const column = columnOf(item.x);
    columnRight.set(column, Math.max(columnRight.get(column) ?? 0, item.x + item.width));
  }
  const lastEnd = new Map<number, number>();
  for (const line of lines) {
    const cells = line.items.map((item) => ({ column: columnOf(item.x), text: item.text.trim(), end: item.x + item.width }));
    const opensRow =
      rows.length === 0 ||
      cells.some((c) => c.column === 0 && ROW_LABEL.test(c.text)) ||
      cells.some((c) => c.column > 0 && typeof parseDocumentAmount(c.text) === 'number') ||
      cells.every((c) => YEAR.test(c.text) || QUARTER.test(c.text) || c.column === 0) && cells.some((c) => QUARTER.test(c.text));
    if (opensRow) rows.push(starts.map(() => ''));
    const row = rows[rows.length - 1] ?? [];
    for (const cell of cells) {
      const fills = (lastEnd.get(cell.column) ?? 0) >= (columnRight.get(cell.column) ?? Infinity) - 3;
      row[cell.column] = joinCellLines(row[cell.column] ?? '', cell.text, words, fills);
      lastEnd.set(cell.column, cell.end);
    }
  }
  return rows.map((r) => r.join('\t'));
}

export type PageRegion = { kind: 'prose'; line: Line } | { kind: 'table'; lines: Line[] };

/** A page's lines, those of a table gathered: from a header naming years to a wide gap or a heading. */
export function pageRegions(items: PositionedItem[]): PageRegion[] {
  const lines = linesOf(items);
  const regions: PageRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    if (!isTableHeader(line)) {
      regions.push({ kind: 'prose', line });
      continue;
    }
    const table: Line[] = [line];
    for (let next = lines[i + 1]; next; next = lines[i + 1]) {
      const previous = table[table.length - 1] ?? line;
      if (previous.y - next.y > 2.2 * Math.max(previous.height, next.height) || sectionOfHeading(lineText(next))) break;
      table.push(next);
      i += 1;
    }
    regions.push({ kind: 'table', lines: table });
  }
  return regions;
}

/** The words of the pages' prose (tables left out: their cells hold the broken words). */
export function proseWords(pages: PageRegion[][]): Set<string> {
  const text = pages.flat().flatMap((r) => (r.kind === 'prose' ? [lineText(r.line)] : [])).join(' ');
  return new Set([...text.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => m[0]));
}

/** The page's text, its tables as tab-separated rows, a blank line between paragraphs. */
export function layoutPageText(regions: PageRegion[], words: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const prose = regions.flatMap((r) => (r.kind === 'prose' ? [r.line] : []));
  const rightEdge = Math.max(...prose.map((l) => Math.max(...l.items.map((i) => i.x + i.width))));
  let previous: Line | null = null;
  for (const region of regions) {
    if (region.kind === 'table') {
      out.push('', ...tableRows(region.lines, words), '');
      previous = null;
      continue;
    }
    const line = region.line;
    // A paragraph ends at a gap, or where the line before ended short of the margin with a full
    // stop or before a capital letter or a bullet (a list item's last line, a label).
    if (previous) {
      const gap = previous.y - line.y;
      const previousEnd = Math.max(...previous.items.map((it) => it.x + it.width));
      const endsShort = previousEnd < rightEdge - 40;
      const startsAnew = /^[\p{Lu}\d●•▪]/u.test(lineText(line));
      if (gap > 1.6 * Math.max(previous.height, line.height) || (endsShort && (/[.:!?]$/.test(lineText(previous)) || startsAnew))) out.push('');
    }
    out.push(lineText(line));
    previous = line;
  }
  return out;
}
