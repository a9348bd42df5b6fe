// A plan table printed as text has lost which phase stands in which quarter, but its two header
// lines still name the columns in order: the years ("2019 2020 2021 2022") and the quarters
// under them ("K2 K3 K4 K1 … K4"). When those agree – quarters that follow each other and turn
// the year exactly as often as the years say – they give the programme's period exactly.
//
// Tables the reader found without columns are kept as unplaced text ("… tabel uden kolonner");
// the helpers at the end read the period, or at least the years, from those.
import { addQuarters, parseQuarter, quarterKey, type QuarterKey } from '../quarters';
import type { UnplacedText } from './imported-programme';

const YEAR = /\b(?:19|20)\d{2}\b/g;
const QUARTER = /\b[KQ]([1-4])\b/g;

export function periodOfColumnlessPlan(rows: readonly string[]): { start: QuarterKey; end: QuarterKey } | null {
  const years = [...(rows[0] ?? '').matchAll(YEAR)].map((m) => Number(m[0]));
  const quarters = rows.slice(1, 3).flatMap((row) => [...row.matchAll(QUARTER)].map((m) => Number(m[1])));
  const first = years[0];
  const firstQuarter = quarters[0];
  if (first === undefined || firstQuarter === undefined || quarters.length < 2) return null;
  if (years.some((year, i) => year !== first + i)) return null;
  if (quarters.some((q, i) => i > 0 && q !== (quarters[i - 1]! % 4) + 1)) return null;
  const start = quarterKey(first, firstQuarter);
  const end = addQuarters(start, quarters.length - 1);
  return parseQuarter(end).year === years.at(-1) ? { start, end } : null;
}

const isColumnlessTable = (u: UnplacedText) => u.where.endsWith('tabel uden kolonner');

/** The period a plan table printed without columns still names in its header lines. */
export function columnlessPlanPeriod(unplaced: readonly UnplacedText[]): { start: QuarterKey; end: QuarterKey } | null {
  for (const table of unplaced.filter(isColumnlessTable)) {
    const period = periodOfColumnlessPlan(table.text.split('\n'));
    if (period) return period;
  }
  return null;
}

/** The years a column-less table's header line names ("Samlede udgifter 2019 2020 2021 2022 I alt"). */
export function yearsOfColumnlessTables(unplaced: readonly UnplacedText[]): number[] {
  const headers = unplaced.filter(isColumnlessTable).map((u) => u.text.split('\n')[0] ?? '');
  return headers.flatMap((line) => [...line.matchAll(YEAR)].map((m) => Number(m[0])));
}
