// Danish formats for the documents. Amounts and dates come from shared/ so the sheets and the
// documents can never disagree; this file only adds what is particular to printed text.
import { formatKroner } from '../../shared/money';

/** An amount cell: no amount entered → empty, otherwise "1.725.000". */
export function amountText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatKroner(value);
}

/** "14:00" → "14.00", the Danish way of writing a time of day. */
export function formatClock(time: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!match) return time.trim();
  return `${match[1]!.padStart(2, '0')}.${match[2]}`;
}

/** "kl. 14.00–16.00", or "kl. 14.00" when the end is unknown. */
export function formatTimeRange(start: string, end: string | null | undefined): string {
  const from = formatClock(start);
  const to = end ? formatClock(end) : '';
  return to ? `kl. ${from}–${to}` : `kl. ${from}`;
}

/** "48 %" */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '–';
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format((part / whole) * 100)} %`;
}

/** Danish counting in sentences: 1 beslutning, 2 beslutninger. */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b og c" */
export function joinDanish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
