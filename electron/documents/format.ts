// Danish formats for the documents. Amounts and dates come from shared/ so the sheets and the
// documents can never disagree; this file only adds what is particular to printed text.
import { formatKroner } from '../../shared/money';

/** An amount cell: no amount entered → empty, otherwise "1.725.000". */
export function amountText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : formatKroner(value);
}

/** "48 %"; a share that rounds to nothing is "0 %", never "-0 %" (a small credit note). */
export function formatPercent(part: number, whole: number): string {
  if (whole === 0) return '–';
  const share = (part / whole) * 100;
  return `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(Math.abs(share) < 0.5 ? 0 : share)} %`;
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
