// Quarters are the programme's unit of time ("2019 K2"). They are stored as the text
// key "2019-K2", which sorts correctly as text and reads well in a dump.

export type QuarterKey = string;

const QUARTER_PATTERN = /^(\d{4})-K([1-4])$/;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

/**
 * The years a workbook may name – quarters, budget years, dates. A typo such as 0219 or 9022 would
 * otherwise reach the file and make every sheet, check and document span thousands of years.
 */
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** "… skal ligge mellem 1990 og 2100": the one wording for a year out of range. */
export function yearRangeMessage(label: string): string {
  return `${label} skal ligge mellem ${FIRST_YEAR} og ${LAST_YEAR}`;
}

/** A well-formed key in a plausible year: what the file may hold. */
export function isQuarterKey(value: string): boolean {
  return quarterProblem(value, 'Kvartalet') === null;
}

/** Why a value is no quarter the workbook may hold, in Danish; null when it is one. */
export function quarterProblem(value: unknown, label: string): string | null {
  const match = typeof value === 'string' ? QUARTER_PATTERN.exec(value) : null;
  if (!match) return `${label} skal være et kvartal som 2019-K2`;
  if (!isPlausibleYear(Number(match[1]))) return `${yearRangeMessage(label)} (fx 2019-K2)`;
  return null;
}

export function parseQuarter(key: QuarterKey): Quarter {
  const match = QUARTER_PATTERN.exec(key);
  if (!match) throw new Error(`Ugyldigt kvartal: "${key}" (forventet fx 2019-K2)`);
  return { year: Number(match[1]), quarter: Number(match[2]) as Quarter['quarter'] };
}

/** Always four digits for the year, so a key made from year 219 still parses (0219-K2). */
export function quarterKey(year: number, quarter: number): QuarterKey {
  return `${String(year).padStart(4, '0')}-K${quarter}`;
}

/** A running number so that quarter arithmetic is plain integer arithmetic. */
export function quarterOrdinal(key: QuarterKey): number {
  const { year, quarter } = parseQuarter(key);
  return year * 4 + (quarter - 1);
}

export function quarterFromOrdinal(ordinal: number): QuarterKey {
  const year = Math.floor(ordinal / 4);
  return quarterKey(year, (ordinal - year * 4) + 1);
}

export function addQuarters(key: QuarterKey, count: number): QuarterKey {
  return quarterFromOrdinal(quarterOrdinal(key) + count);
}

export function compareQuarters(a: QuarterKey, b: QuarterKey): number {
  return quarterOrdinal(a) - quarterOrdinal(b);
}

/** Every quarter from start to end, both included; empty when end is before start. */
export function quartersBetween(start: QuarterKey, end: QuarterKey): QuarterKey[] {
  const result: QuarterKey[] = [];
  for (let o = quarterOrdinal(start); o <= quarterOrdinal(end); o++) result.push(quarterFromOrdinal(o));
  return result;
}

/** The quarter an ISO date (YYYY-MM-DD) or Date falls in. */
export function quarterOfDate(date: string | Date): QuarterKey {
  const d = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T12:00:00Z`) : date;
  return quarterKey(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) + 1);
}

/** "2019 K2", as the programme document writes it. */
export function formatQuarter(key: QuarterKey): string {
  const { year, quarter } = parseQuarter(key);
  return `${year} K${quarter}`;
}

export function yearsBetween(start: QuarterKey, end: QuarterKey): number[] {
  const years: number[] = [];
  for (let y = parseQuarter(start).year; y <= parseQuarter(end).year; y++) years.push(y);
  return years;
}

/** The first and last day of a quarter as ISO dates. */
export function quarterDateRange(key: QuarterKey): { from: string; to: string } {
  const { year, quarter } = parseQuarter(key);
  const startMonth = (quarter - 1) * 3;
  const lastDay = new Date(Date.UTC(year, startMonth + 3, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(startMonth + 1)}-01`, to: `${year}-${pad(startMonth + 3)}-${pad(lastDay)}` };
}

export type PeriodPosition = 'før' | 'i' | 'efter';

/** Where a quarter lies relative to a period, so texts can say "efter programperioden". */
export function positionInPeriod(key: QuarterKey, start: QuarterKey, end: QuarterKey): PeriodPosition {
  if (compareQuarters(key, start) < 0) return 'før';
  if (compareQuarters(key, end) > 0) return 'efter';
  return 'i';
}

/** How many quarters from a to b: 2019-K4 → 2020-K1 is 1; negative when b is before a. */
export function quarterDistance(a: QuarterKey, b: QuarterKey): number {
  return quarterOrdinal(b) - quarterOrdinal(a);
}

/** Number of quarters in a span, both ends included (0 when end is before start). */
export function spanLength(start: QuarterKey, end: QuarterKey): number {
  return Math.max(0, quarterDistance(start, end) + 1);
}

export function minQuarter(...keys: QuarterKey[]): QuarterKey {
  return keys.reduce((min, k) => (compareQuarters(k, min) < 0 ? k : min));
}

export function maxQuarter(...keys: QuarterKey[]): QuarterKey {
  return keys.reduce((max, k) => (compareQuarters(k, max) > 0 ? k : max));
}

/** Whether a quarter lies in a span, both ends included. */
export function spanContains(start: QuarterKey, end: QuarterKey, key: QuarterKey): boolean {
  return compareQuarters(start, key) <= 0 && compareQuarters(key, end) <= 0;
}

/** Whether two spans share at least one quarter. */
export function spansOverlap(aStart: QuarterKey, aEnd: QuarterKey, bStart: QuarterKey, bEnd: QuarterKey): boolean {
  return compareQuarters(aStart, bEnd) <= 0 && compareQuarters(bStart, aEnd) <= 0;
}

/** Whether a span lies wholly inside another (e.g. a phase inside the programme period). */
export function spanWithin(start: QuarterKey, end: QuarterKey, outerStart: QuarterKey, outerEnd: QuarterKey): boolean {
  return compareQuarters(outerStart, start) <= 0 && compareQuarters(end, outerEnd) <= 0;
}

/**
 * The last quarter of an open-ended span: it runs to the end of the period, but never ends
 * before it starts (an open span starting after the period covers its own first quarter).
 */
export function openEnd(start: QuarterKey, end: QuarterKey | null, periodEnd: QuarterKey): QuarterKey {
  return end ?? maxQuarter(start, periodEnd);
}

/** The quarter in the middle of a period (the earlier of two middles), e.g. for a midway evaluation. */
export function periodMidpoint(start: QuarterKey, end: QuarterKey): QuarterKey {
  return addQuarters(start, Math.floor((spanLength(start, end) - 1) / 2));
}

/** "2019 K2 – 2022 K4"; one quarter reads "2019 K3". */
export function formatSpan(start: QuarterKey, end: QuarterKey): string {
  return start === end ? formatQuarter(start) : `${formatQuarter(start)} – ${formatQuarter(end)}`;
}

/** "2026 K4 (efter programperioden)": a quarter said relative to the programme period. */
export function describeQuarterInPeriod(key: QuarterKey, start: QuarterKey, end: QuarterKey): string {
  const position = positionInPeriod(key, start, end);
  if (position === 'før') return `${formatQuarter(key)} (før programperioden)`;
  if (position === 'efter') return `${formatQuarter(key)} (efter programperioden)`;
  const index = quarterDistance(start, key) + 1;
  return `${formatQuarter(key)} (kvartal ${index} af ${spanLength(start, end)} i programperioden)`;
}
