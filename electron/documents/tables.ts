// Real Word tables with a fixed grid (so Word and LibreOffice lay them out alike), a repeated
// header row, rows that do not split across pages, and light municipal borders.
import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable,
  WidthType,
} from 'docx';
import { lineRuns } from './blocks';
import { STYLE } from './styles';
import { cleanText, isRightToLeft } from './text';
import { COLOURS } from './theme';

export type Align = 'left' | 'right' | 'center';

export interface CellSpec {
  /** Text of the cell (line breaks kept); ignored when paragraphs are given. */
  text?: string;
  paragraphs?: Paragraph[];
  bold?: boolean;
  italic?: boolean;
  colour?: string;
  fill?: string;
  align?: Align;
  columnSpan?: number;
  rowSpan?: number;
  size?: number;
  /** Table heading style (dark blue, bold) */
  heading?: boolean;
}

export type Cell = CellSpec | string;

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.tableBorder };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export const GRID_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

function spec(cell: Cell): CellSpec {
  return typeof cell === 'string' ? { text: cell } : cell;
}

function cellParagraphs(s: CellSpec): Paragraph[] {
  if (s.paragraphs && s.paragraphs.length > 0) return s.paragraphs;
  const lines = cleanText(s.text ?? '').split('\n');
  return [
    new Paragraph({
      style: s.heading ? STYLE.tableHeading : STYLE.tableText,
      alignment: ALIGN[s.align ?? 'left'],
      bidirectional: isRightToLeft(lines.join(' ')) || undefined,
      children: lineRuns(lines, { bold: s.bold, italics: s.italic, color: s.colour, size: s.size }),
    }),
  ];
}

function sumWidths(widths: readonly number[], start: number, span: number): number {
  return widths.slice(start, start + span).reduce((a, b) => a + b, 0);
}

/**
 * Builds the rows of a grid: each row lists its cells left to right, skipping the grid
 * positions taken by a cell above that spans rows (rowSpan), as in Word's own model.
 */
function buildRows(rows: Cell[][], widths: readonly number[], options: { header: boolean; keepNext: (index: number) => boolean }): TableRow[] {
  // Columns still covered by a rowSpan from above: column → rows remaining.
  const covered = new Map<number, number>();
  return rows.map((row, rowIndex) => {
    let column = 0;
    const cells: TableCell[] = [];
    for (const raw of row) {
      while ((covered.get(column) ?? 0) > 0) column += 1;
      const s = spec(raw);
      const span = s.columnSpan ?? 1;
      if ((s.rowSpan ?? 1) > 1) for (let c = column; c < column + span; c++) covered.set(c, s.rowSpan!);
      cells.push(
        new TableCell({
          children: cellParagraphs(s),
          columnSpan: span > 1 ? span : undefined,
          rowSpan: (s.rowSpan ?? 1) > 1 ? s.rowSpan : undefined,
          width: { size: sumWidths(widths, column, span), type: WidthType.DXA },
          shading: s.fill ? { fill: s.fill, type: 'clear', color: 'auto' } : undefined,
          verticalAlign: VerticalAlignTable.TOP,
        }),
      );
      column += span;
    }
    for (const [c, remaining] of covered) covered.set(c, remaining - 1);
    return new TableRow({ children: cells, tableHeader: options.header || undefined, cantSplit: true, keepNext: options.keepNext(rowIndex) || undefined });
  });
}

const KEEP_TOGETHER_ROWS = 16;

export interface GridTableOptions {
  widths: readonly number[];
  /** Header rows, repeated on every page the table runs over. */
  header?: Cell[][];
  body: Cell[][];
  borders?: 'grid' | 'none';
}

export function gridTable(options: GridTableOptions): Table {
  const header = (options.header ?? []).map((row) => row.map((c) => ({ fill: COLOURS.headerFill, heading: true, ...spec(c) })));
  // A short table is kept on one page (each row kept with the next); a long one may run on,
  // with its header repeated, but never leaves its header alone at the foot of a page.
  const together = options.body.length <= KEEP_TOGETHER_ROWS;
  const rows = [
    ...buildRows(header, options.widths, { header: true, keepNext: () => true }),
    ...buildRows(options.body, options.widths, { header: false, keepNext: (i) => (together ? i < options.body.length - 1 : i < 2) }),
  ];
  return new Table({
    rows,
    width: { size: options.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...options.widths],
    layout: TableLayoutType.FIXED,
    borders: options.borders === 'none' ? NO_BORDERS : GRID_BORDERS,
    // Borderless tables line up with the text around them; framed ones keep air inside the lines.
    margins: options.borders === 'none' ? { top: 20, bottom: 20, left: 0, right: 120 } : { top: 40, bottom: 40, left: 70, right: 70 },
  });
}

/** Label and value pairs without borders: meeting facts, programme facts. */
export function factTable(rows: Array<[string, string | Paragraph[]]>, totalWidth: number, labelWidth = 2000): Table {
  return gridTable({
    widths: [labelWidth, totalWidth - labelWidth],
    borders: 'none',
    body: rows.map(([lbl, value]) => [
      { text: lbl, bold: true, colour: COLOURS.muted },
      typeof value === 'string' ? { text: value } : { paragraphs: value },
    ]),
  });
}
