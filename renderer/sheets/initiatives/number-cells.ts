// Danish number and date cells shared by the initiative grids.
import { formatDateShort, isIsoDate } from '../../../shared/dates';

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
