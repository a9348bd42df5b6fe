// Danish number and date cells shared by the initiative grids.
import type { ColDef, ValueParserParams } from 'ag-grid-community';
import { formatDateShort, isIsoDate, readDanishDate } from '../../../shared/dates';

const numberFormat = new Intl.NumberFormat('da-DK');

export function formatCount(value: unknown): string {
  return value === null || value === undefined || value === '' ? '–' : numberFormat.format(value as number);
}

/** "1.200" → 1200, "" → null; anything else is passed on for the API to refuse in Danish. */
export function parseCount(text: unknown): number | null {
  const cleaned = String(text ?? '').replace(/\./g, '').trim();
  return cleaned === '' ? null : Number(cleaned);
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
