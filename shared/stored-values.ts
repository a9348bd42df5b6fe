// Whether a value read from the file is one its column may hold. The column's kind
// (shared/workbook-tables.ts) alone decides; `check` and the readers share this one judgement,
// so a damaged value is named by the one and shown marked – not fatal – by the other.
import { isIsoDate } from './dates';
import { isClockTime } from './meetings/time-slots';
import { FIRST_YEAR, isPlausibleYear, isQuarterKey, LAST_YEAR } from './quarters';
import { WORKBOOK_TABLES, type ColumnInfo } from './workbook-tables';

/** The mark a damaged value carries where it is shown, with as much of the raw value as is readable. */
export const DAMAGED_MARK = '⚠ beskadiget';
const RAW_EXCERPT = 200;

function isBinary(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array;
}

/** The raw value, short and readable: "{ikke json", "4 byte binære data". */
export function rawExcerpt(value: unknown): string {
  if (isBinary(value)) return `${value.length.toLocaleString('da-DK')} byte binære data`;
  const text = String(value);
  return text.length > RAW_EXCERPT ? `${text.slice(0, RAW_EXCERPT)}…` : text;
}

/** "⚠ beskadiget værdi: {ikke json" – what a sheet or document shows instead of the value. */
export function markDamaged(value: unknown): string {
  return `${DAMAGED_MARK} værdi: ${rawExcerpt(value)}`;
}

/** A JSON array of texts, or null when the text is none. */
export function parseTextList(value: unknown): string[] | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
  } catch {
    return null;
  }
}

/** Why a stored value does not fit its column, in Danish; null when it fits (or is empty). */
export function storedValueProblem(column: ColumnInfo, value: unknown): string | null {
  if (value === null) return null;
  if (isBinary(value)) return 'er beskadiget (binære data i stedet for tekst eller tal)';
  const isWholeNumber = typeof value === 'number' && Number.isInteger(value);
  switch (column.kind) {
    case 'text':
      return typeof value === 'string' ? null : 'er beskadiget (ikke tekst)';
    case 'list':
      return parseTextList(value) ? null : 'er beskadiget (ikke en liste af tekster)';
    case 'quarter':
      return typeof value === 'string' && isQuarterKey(value) ? null : `er ikke et gyldigt kvartal (${FIRST_YEAR}-K1 til ${LAST_YEAR}-K4)`;
    case 'date':
      return typeof value === 'string' && isIsoDate(value) && isPlausibleYear(Number(value.slice(0, 4))) ? null : 'er ikke en gyldig dato';
    case 'time':
      return typeof value === 'string' && isClockTime(value) ? null : 'er ikke et gyldigt klokkeslæt';
    case 'year':
      return isWholeNumber && isPlausibleYear(value) ? null : 'er ikke et gyldigt år';
    case 'yesNo':
      return value === 0 || value === 1 ? null : 'er hverken ja eller nej';
    case 'choice':
      return typeof value === 'string' && column.choices && !(value in column.choices) ? 'er ikke et af valgene' : null;
    case 'count':
    case 'kroner':
    case 'øre':
    case 'reference':
      return isWholeNumber ? null : 'er beskadiget (ikke et helt tal)';
  }
}

/**
 * The damaged values of one stored row, each as one Danish line: "Fase 3: startkvartal er ikke et
 * gyldigt kvartal (1990-K1 til 2100-K4) (»2019-K9«)". Columns are the stored (snake_case) names.
 */
export function damagedValues(table: string, row: Readonly<Record<string, unknown>>): string[] {
  const info = WORKBOOK_TABLES[table];
  if (!info) return [];
  const lines: string[] = [];
  for (const [column, value] of Object.entries(row)) {
    const columnInfo = info.columns[column];
    const problem = columnInfo && column !== 'id' ? storedValueProblem(columnInfo, value) : null;
    if (problem) lines.push(`${info.label} ${String(row.id)}: ${columnInfo!.label} ${problem} (»${rawExcerpt(value)}«)`);
  }
  return lines;
}
