// Pasting a block copied from Excel or LibreOffice into the budget: the clipboard's
// tab-separated text is read, every cell is parsed as Danish kroner, and the block is laid onto
// the sheet's editable cells from the selected one. One bad cell refuses the whole block.
import type { BudgetMeasure } from './domain/budget';
import { parseKroner } from './money';

/** One amount to store: a line's budget or spending for a year; null clears it. */
export interface AmountCell {
  lineId: number;
  year: number;
  measure: BudgetMeasure;
  value: number | null;
}

/** An editable row of the sheet (a budget line), in display order. */
export interface PasteRow {
  lineId: number;
  label: string;
}

/** An editable column of the sheet (a year's budget or spending), in display order. */
export interface PasteColumn {
  year: number;
  measure: BudgetMeasure;
  label: string;
}

export type PastePlan = { ok: true; cells: AmountCell[] } | { ok: false; message: string };

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

/** A target cell as the user sees it: the line's name and the column's header. */
function describeCell(row: PasteRow, column: PasteColumn): string {
  return `"${row.label}", ${column.label}`;
}

/**
 * Lays a block onto the sheet from the selected cell: down over the budget lines (group rows and
 * totals are not lines), right over the editable columns (differences and totals are computed).
 * Every cell must be a valid amount, else nothing is pasted and the message names the cell.
 */
export function planPaste(block: string[][], target: { rows: PasteRow[]; columns: PasteColumn[]; startRow: number; startColumn: number }): PastePlan {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { ok: false, message: 'Der er intet at sætte ind' };
  const { rows, columns, startRow, startColumn } = target;
  if (startRow < 0 || startRow >= rows.length || startColumn < 0 || startColumn >= columns.length) {
    return { ok: false, message: 'Vælg en budget- eller forbrugscelle på en linje, før du sætter ind' };
  }
  const rowsLeft = rows.length - startRow;
  const columnsLeft = columns.length - startColumn;
  if (height > rowsLeft) {
    return { ok: false, message: `Blokken har ${height} rækker, men der er kun ${rowsLeft} ${rowsLeft === 1 ? 'linje' : 'linjer'} fra den valgte celle og ned. Intet er sat ind` };
  }
  if (width > columnsLeft) {
    return { ok: false, message: `Blokken har ${width} kolonner, men der er kun ${columnsLeft} ${columnsLeft === 1 ? 'udfyldelig kolonne' : 'udfyldelige kolonner'} fra den valgte celle og til højre. Intet er sat ind` };
  }
  const cells: AmountCell[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const row = rows[startRow + r]!;
      const column = columns[startColumn + c]!;
      const parsed = parseKroner(block[r]![c] ?? '');
      if (!parsed.ok) {
        return { ok: false, message: `Intet er sat ind: cellen i blokkens række ${r + 1}, kolonne ${c + 1} (${describeCell(row, column)}) kan ikke bruges. ${parsed.message}` };
      }
      cells.push({ lineId: row.lineId, year: column.year, measure: column.measure, value: parsed.value });
    }
  }
  return { ok: true, cells };
}
