// The plan table: initiatives × quarters with phase texts. Header rows give the years (a year
// written once over its quarters, as Word's merged cells come out) and the quarters ("K2",
// "2. kvt.", "Q2"); a row per initiative ("1. Fællesskabende aktiviteter") gives each phase in
// the quarter it begins. A phase runs until the next begins; the last runs on to the period's end.
import { addQuarters, quarterKey, type QuarterKey } from '../quarters';
import type { ImportedPhase, UnplacedText } from './imported-programme';

const YEAR = /^(19|20)\d{2}$/;
const QUARTER = /^(?:K\s*([1-4])|([1-4])\.?\s*kvt\.?|Q\s*([1-4])|([1-4])\.?\s*kvartal)$/i;

function quarterNumber(cell: string): number | null {
  const m = QUARTER.exec(cell.trim());
  if (!m) return null;
  return Number(m[1] ?? m[2] ?? m[3] ?? m[4]);
}

export interface PlanTable {
  /** The quarter of each column (null for the label column). */
  columns: Array<QuarterKey | null>;
  rows: Array<{ number: number | null; label: string; phases: ImportedPhase[] }>;
  unplaced: UnplacedText[];
}

/** The column → quarter map from the header rows, and where the data rows begin; null if no header. */
function readHeader(rows: string[][]): { columns: Array<QuarterKey | null>; dataStart: number } | null {
  const yearRow = rows.findIndex((r) => r.some((c) => YEAR.test(c.trim())));
  if (yearRow < 0 || yearRow > 2) return null;
  const years: Array<number | null> = [];
  let year: number | null = null;
  (rows[yearRow] ?? []).forEach((cell, i) => {
    if (YEAR.test(cell.trim())) year = Number(cell.trim());
    years[i] = i === 0 ? null : year;
  });
  const quarterRow = rows[yearRow + 1]?.some((c) => quarterNumber(c) !== null) ? yearRow + 1 : -1;
  if (quarterRow < 0) {
    // Years only: a column is a whole year (its first quarter; the phase spans to the next column).
    return { columns: years.map((y) => (y === null ? null : quarterKey(y, 1))), dataStart: yearRow + 1 };
  }
  const quarters = rows[quarterRow] ?? [];
  const width = Math.max(years.length, quarters.length);
  const columns: Array<QuarterKey | null> = [];
  // The year row may be shorter or start its years one column off the quarters (a merged label
  // cell): a year carries on to the right until the quarters pass K4 → K1.
  let current: number | null = null;
  let previousQuarter = 0;
  for (let i = 0; i < width; i++) {
    const q = quarterNumber(quarters[i] ?? '');
    if (q === null) {
      columns.push(null);
      continue;
    }
    const stated = years[i] ?? null;
    if (current === null) current = stated ?? years.find((y) => y !== null) ?? null;
    else if (q <= previousQuarter) current += 1;
    previousQuarter = q;
    columns.push(current === null ? null : quarterKey(current, q));
  }
  return { columns, dataStart: quarterRow + 1 };
}

const ROW_NUMBER = /^\s*(?:indsats\s*)?(\d{1,2})\s*[.:)–-]?\s*(.*)$/i;

export function readPlanTable(rows: string[][]): PlanTable | null {
  const header = readHeader(rows);
  if (!header) return null;
  const { columns } = header;
  const yearsOnly = columns.every((c) => c === null || c.endsWith('K1'));
  const lastColumn = columns.reduce<number>((last, c, i) => (c !== null ? i : last), -1);
  const table: PlanTable = { columns, rows: [], unplaced: [] };
  for (const row of rows.slice(header.dataStart)) {
    if (row.every((c) => c.trim() === '')) continue;
    const m = ROW_NUMBER.exec(row[0] ?? '');
    const label = (row[0] ?? '').trim();
    const starts: Array<{ column: number; title: string }> = [];
    row.forEach((cell, i) => {
      if (i === 0 || cell.trim() === '') return;
      if (columns[i] === null || columns[i] === undefined) {
        table.unplaced.push({ where: `Programplan, rækken »${label}«`, text: cell.trim() });
        return;
      }
      starts.push({ column: i, title: cell.trim() });
    });
    const phases = starts.map((s, k): ImportedPhase => {
      const next = starts[k + 1];
      const start = columns[s.column] as QuarterKey;
      if (next) return { title: s.title, start, end: addQuarters(columns[next.column] as QuarterKey, -1) };
      // The last phase: nothing after it in the table, so it runs on to the end of the period.
      // A column of a whole year ends with the year's last quarter.
      const columnEnd = yearsOnly ? addQuarters(start, 3) : start;
      return { title: s.title, start, end: s.column === lastColumn ? columnEnd : null };
    });
    table.rows.push({ number: m ? Number(m[1]) : null, label: m ? (m[2] ?? '').trim() : label, phases });
  }
  return table;
}
