// A recorded value as the change log shows it: one function per kind of column, so a column's
// kind (shared/workbook-tables.ts) alone decides how its values read.
import { formatDateShort, isIsoDate } from './dates';
import { formatKroner } from './money';
import { formatQuarter, isQuarterKey } from './quarters';
import type { ColumnInfo, ValueKind } from './workbook-tables';

const wholeNumber = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const withOre = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Intl may group with a (narrow) no-break space; Danish tables use "." and "-". */
function danishDigits(text: string): string {
  return text.replace(/[\s\u00a0\u202f]/g, '.').replace('−', '-');
}

type Present = string | number;

const FORMATS: Record<ValueKind, (value: Present, column: ColumnInfo) => string> = {
  text: (value) => String(value),
  count: (value) => (typeof value === 'number' ? danishDigits(wholeNumber.format(value)) : String(value)),
  year: (value) => String(value),
  reference: (value) => `nr. ${value}`,
  kroner: (value) => (typeof value === 'number' ? `${formatKroner(value)} kr.` : String(value)),
  // Whole kroner read as the budget does; øre are shown only where there are any.
  øre: (value) => (typeof value === 'number' ? `${danishDigits((value % 100 === 0 ? wholeNumber : withOre).format(value / 100))} kr.` : String(value)),
  date: (value) => (typeof value === 'string' && isIsoDate(value) ? formatDateShort(value) : String(value)),
  time: (value) => String(value).replace(':', '.'),
  quarter: (value) => (typeof value === 'string' && isQuarterKey(value) ? formatQuarter(value) : String(value)),
  yesNo: (value) => (value === 1 ? 'ja' : value === 0 ? 'nej' : String(value)),
  list: (value) => listItems(value).join('; '),
  choice: (value, column) => column.choices?.[String(value)] ?? String(value),
};

function listItems(value: Present): string[] {
  if (typeof value !== 'string') return [String(value)];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [value];
  } catch {
    return [value];
  }
}

/** The full text of a value; null, undefined, "" and an empty list are "(tom)". */
export function formatChangeValue(column: ColumnInfo, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(tom)';
  const shown = FORMATS[column.kind](typeof value === 'number' ? value : String(value), column);
  return shown === '' ? '(tom)' : shown;
}
