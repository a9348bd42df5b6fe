// Dates are stored as ISO text (YYYY-MM-DD) and shown the Danish way.

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const d = new Date(`${value}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function toDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`);
}

/** "2026-12-02" → "2. december 2026" */
export function formatDateLong(iso: string): string {
  const d = toDate(iso);
  return `${d.getUTCDate()}. ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "2026-12-02" → "onsdag den 2. december 2026" */
export function formatDateWithWeekday(iso: string): string {
  return `${WEEKDAYS[toDate(iso).getUTCDay()]} den ${formatDateLong(iso)}`;
}

/** "2026-12-02" → "02.12.2026" */
export function formatDateShort(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}

/** An ISO timestamp → "23.11.2026 kl. 09.15" */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

const DATE_EXAMPLE = 'Skriv datoen som dd.mm.åååå, fx 01.10.2026';

export type DanishDateReading = { ok: true; iso: string } | { ok: false; message: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The day, month and year a user typed, or null when the text is no date form at all. */
function dateParts(text: string): [day: number, month: number, year: number] | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return [Number(iso[3]), Number(iso[2]), Number(iso[1])];
  const separated = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$/.exec(text);
  if (separated) return [Number(separated[1]), Number(separated[2]), Number(separated[3])];
  // Typed without separators, as on a number pad: 01102026 or 011026.
  const digits = /^(\d{2})(\d{2})(\d{2}|\d{4})$/.exec(text);
  if (digits) return [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  return null;
}

/**
 * A date as a Danish user types it – "1.10.2026", "01102026", "1-10-26", "1/10 2026" or ISO –
 * read day first, never month first. Says in Danish why text is not a date.
 */
export function readDanishDate(text: string): DanishDateReading {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Skriv en dato, fx 01.10.2026' };
  const parts = dateParts(trimmed);
  if (!parts) return { ok: false, message: DATE_EXAMPLE };
  const [day, month] = parts;
  const year = parts[2] < 100 ? parts[2] + 2000 : parts[2];
  if (month < 1 || month > 12) return { ok: false, message: `${trimmed} findes ikke: et år har 12 måneder` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, message: `${trimmed} findes ikke: ${MONTHS[month - 1]} ${year} har ${days} dage` };
  return { ok: true, iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** readDanishDate for callers that only need the ISO date: null when the text is not a date. */
export function parseDanishDate(text: string): string | null {
  const reading = readDanishDate(text);
  return reading.ok ? reading.iso : null;
}

export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
