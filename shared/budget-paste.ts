// Pasting a block copied from Excel or LibreOffice into the budget: the clipboard's
// tab-separated text is read and laid onto exactly the cells the user sees right of and below
// the selected one. A block that would cover a computed cell (a difference, a total, a group's
// heading or sum) or run off the sheet is refused whole, as is a block with one bad amount: a
// paste never lands anywhere but where the user looked.
import { parseCellAmount } from './budget-amount-text';
import type { BudgetMeasure } from './domain/budget';

/** One amount to store: a line's budget or spending for a year, in kroner; null clears it. */
export interface AmountCell {
  lineId: number;
  year: number;
  measure: BudgetMeasure;
  value: number | null;
  /** The amount the person saw before typing, in kroner (see 'conflict' in the workbook's edits). */
  seen?: number | null;
}

/** A line's amounts as the sheet shows them, by measure and year (null: an empty cell). */
export type AmountsShown = Record<BudgetMeasure, Record<number, number | null>>;

/**
 * A row of the sheet as displayed: a budget line takes amounts; a group's heading or sum does not.
 * `shown` is what the line's cells show, sent as each pasted cell's `seen`.
 */
export type PasteRow = { kind: 'line'; lineId: number; label: string; shown?: AmountsShown } | { kind: 'heading' | 'sum'; label: string };

/**
 * A column of the sheet as displayed: a year's budget or forbrug takes amounts; a difference or
 * total is computed, and the line names are text. hint says what to do instead, if anything.
 */
export type PasteColumn =
  | { kind: 'amount'; year: number; measure: BudgetMeasure; label: string }
  | { kind: 'computed' | 'text'; label: string; hint?: string };

export type PastePlan = { ok: true; cells: AmountCell[]; where: string } | { ok: false; message: string };

/**
 * Reads clipboard text as Excel and LibreOffice write it: rows end with CR LF or LF, cells are
 * separated by tabs, a cell holding a tab, newline or quote is quoted with doubled quotes.
 * The clipboard's final line break does not make an extra row.
 */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let atCellStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (atCellStart && ch === '"') {
      // A quoted cell: read to the closing quote, "" is a literal quote.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j];
        j++;
      }
      if (closed && (j >= text.length || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) {
        cell = value;
        i = j;
        atCellStart = false;
        continue;
      }
      // Not a well-formed quoted cell: take the quote literally.
    }
    atCellStart = false;
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Ragged rows (a trailing empty cell dropped by some programs) are padded to the widest.
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length < width ? [...r, ...Array<string>(width - r.length).fill('')] : r));
}

const NOTHING = 'Intet er sat ind';

function rowsWord(n: number): string {
  return n === 1 ? '1 række' : `${n} rækker`;
}

function columnsWord(n: number): string {
  return n === 1 ? '1 kolonne' : `${n} kolonner`;
}

/** `"Løn"`, `"Løn" og "Drift"`, `"Løn" til "Drift" (3 linjer)`; columns alike. */
function span(labels: string[], plural: string): string {
  if (labels.length === 1) return labels[0]!;
  if (labels.length === 2) return `${labels[0]} og ${labels[1]}`;
  return `${labels[0]} til ${labels.at(-1)} (${labels.length} ${plural})`;
}

/** The cells a paste fills, as the user sees them: the lines, then the columns. */
export function describePasteRange(rows: PasteRow[], columns: PasteColumn[]): string {
  return `${span(rows.map((r) => `"${r.label}"`), 'linjer')}, ${span(columns.map((c) => c.label), 'kolonner')}`;
}

/** Why a row cannot take an amount, as a sentence's end. */
function rowRefusal(row: Exclude<PasteRow, { kind: 'line' }>): string {
  return row.kind === 'sum' ? `rækken "${row.label}", som er en sum og regnes ud` : `rækken "${row.label}", som er en gruppes overskrift`;
}

function columnRefusal(column: Exclude<PasteColumn, { kind: 'amount' }>): string {
  const why = column.kind === 'computed' ? `kolonnen ${column.label}, som regnes ud` : `kolonnen ${column.label}, som er tekst`;
  return column.hint ? `${why}. ${column.hint}` : why;
}

/**
 * Checks that the block, laid from the selected cell, covers only amount cells of budget lines;
 * returns the refusal, or null when it fits.
 */
function refuseShape(height: number, width: number, target: PasteTarget): string | null {
  const { rows, columns, startRow, startColumn } = target;
  const start = rows[startRow];
  const first = columns[startColumn];
  if (!start || !first) return 'Vælg en budget- eller forbrugscelle på en linje, før du sætter ind';
  if (start.kind !== 'line') return `${NOTHING}: den valgte celle ligger i ${rowRefusal(start)}, og der kan ikke skrives beløb i den`;
  if (first.kind !== 'amount') return `${NOTHING}: den valgte celle ligger i ${columnRefusal(first)}`;
  const blockSize = `blokken er ${rowsWord(height)} høj og ${columnsWord(width)} bred`;
  for (let c = 1; c < width; c++) {
    const column = columns[startColumn + c];
    if (!column) {
      return `${NOTHING}: ${blockSize}, men der er kun ${columnsWord(columns.length - startColumn)} fra ${first.label} og til højre, hvor arket slutter`;
    }
    if (column.kind !== 'amount') return `${NOTHING}: ${blockSize} og ville dække ${columnRefusal(column)}`;
  }
  for (let r = 1; r < height; r++) {
    const row = rows[startRow + r];
    if (!row) {
      return `${NOTHING}: ${blockSize}, men der er kun ${rowsWord(rows.length - startRow)} fra "${start.label}" og ned, hvor arket slutter`;
    }
    if (row.kind !== 'line') return `${NOTHING}: ${blockSize} og ville dække ${rowRefusal(row)}`;
  }
  return null;
}

export interface PasteTarget {
  /** Every row the user sees, in display order, the pinned total last. */
  rows: PasteRow[];
  /** Every column the user sees, in display order. */
  columns: PasteColumn[];
  startRow: number;
  startColumn: number;
}

/**
 * Lays a block onto the sheet from the selected cell: down over the rows and right over the
 * columns the user sees, one clipboard cell to one sheet cell. Every cell must be a budget line's
 * budget or forbrug and hold a valid amount for it; otherwise nothing is pasted and the message
 * names the column, row or cell that stopped it.
 */
export function planPaste(block: string[][], target: PasteTarget): PastePlan {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { ok: false, message: 'Der er intet at sætte ind' };
  const refusal = refuseShape(height, width, target);
  if (refusal) return { ok: false, message: refusal };
  const rows = target.rows.slice(target.startRow, target.startRow + height) as Array<Extract<PasteRow, { kind: 'line' }>>;
  const columns = target.columns.slice(target.startColumn, target.startColumn + width) as Array<Extract<PasteColumn, { kind: 'amount' }>>;
  const cells: AmountCell[] = [];
  for (const [r, row] of rows.entries()) {
    for (const [c, column] of columns.entries()) {
      const parsed = parseCellAmount(column.measure, block[r]![c] ?? '');
      if (!parsed.ok) {
        return { ok: false, message: `${NOTHING}: cellen i blokkens række ${r + 1}, kolonne ${c + 1} ("${row.label}", ${column.label}) kan ikke bruges. ${parsed.message}` };
      }
      // The amount the cell showed, so a paste over someone else's change made meanwhile is refused.
      const seen = row.shown?.[column.measure][column.year];
      cells.push({ lineId: row.lineId, year: column.year, measure: column.measure, value: parsed.value, ...(seen !== undefined ? { seen } : {}) });
    }
  }
  return { ok: true, cells, where: describePasteRange(rows, columns) };
}
