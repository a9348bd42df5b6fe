// Danish number and date cells shared by the initiative grids.
import type { ColDef, ValueParserParams } from 'ag-grid-community';
import { formatDateShort, isIsoDate, readDanishDate } from '../../../shared/dates';
import { readWholeNumber, type WholeNumberRules } from '../../../shared/whole-number';

const numberFormat = new Intl.NumberFormat('da-DK');

export function formatCount(value: unknown): string {
  return value === null || value === undefined || value === '' ? '–' : numberFormat.format(value as number);
}

/**
 * A whole-number column read with the shared parser: "1.200" is 1200, while "1,5", "15 stk."
 * or "abc" stay the text that was typed, so the sheet can refuse it with wholeNumberProblem
 * and the grid keeps it in the cell, marked, as a spreadsheet keeps a refused entry.
 */
export function wholeNumberCells<T>(rules: WholeNumberRules): Pick<ColDef<T>, 'cellDataType' | 'cellEditor' | 'valueParser' | 'valueFormatter'> {
  return {
    cellDataType: false,
    cellEditor: 'agTextCellEditor',
    valueFormatter: (p) => (typeof p.value === 'string' ? p.value : formatCount(p.value)),
    valueParser: (p) => {
      const text = String(p.newValue ?? '');
      const reading = readWholeNumber(text, rules);
      return reading.ok ? reading.value : text;
    },
  };
}

/** Why a value from a wholeNumberCells column cannot be stored (Danish), or null when it can. */
export function wholeNumberProblem(value: unknown, rules: WholeNumberRules): string | null {
  if (value === null || (typeof value === 'number' && Number.isSafeInteger(value))) return null;
  const reading = readWholeNumber(String(value ?? ''), rules);
  return reading.ok ? null : reading.message;
}

export function formatIsoDate(value: unknown): string {
  return typeof value === 'string' && isIsoDate(value) ? formatDateShort(value) : '–';
}

const EMPTY_DATE = new Set(['', '–', '-']);

/**
 * A date column typed the Danish way (01.10.2026 or 01102026), never through the browser's own
 * date input, which reads the month first in some locales. The grid parses on every keystroke,
 * so the parser only reads: text that is no date is passed on as typed, for unreadableDate.
 */
export function dateCells<T>(optional: boolean): ColDef<T> {
  return {
    cellDataType: false,
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    valueFormatter: (p) => formatIsoDate(p.value),
    valueParser: (p: ValueParserParams<T>) => {
      const text = String(p.newValue ?? '').trim();
      if (optional && EMPTY_DATE.has(text)) return null;
      const reading = readDanishDate(text);
      return reading.ok ? reading.iso : text;
    },
  };
}

/** Why a value from a dateCells column cannot be stored (Danish), or null when it can. */
export function unreadableDate(value: unknown): string | null {
  if (value === null || (typeof value === 'string' && isIsoDate(value))) return null;
  const reading = readDanishDate(String(value ?? ''));
  return reading.ok ? null : reading.message;
}
