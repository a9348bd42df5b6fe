// What has changed in the programme's content since the approved programme document
// (program.approved_on, migration 015), read from the change log: for each field the document
// shows, its value at approval against its value now – so a change made and taken back again is
// not listed, and a field changed five times is one line with its latest date. Only the content
// of the programdokument counts: texts, goals, initiatives' descriptions, the plan's phases and
// the budget – not spending, status or who is responsible, which change as the work goes on.
import { formatChangeValue } from '../../../shared/change-values';
import { addDays } from '../../../shared/meetings/meeting-dates';
import { SHEET_NAMES } from '../../../shared/sheets';
import { columnInfo, WORKBOOK_TABLES } from '../../../shared/workbook-tables';
import { startOfLocalDay } from '../../features/change-log';
import type { Workbook } from '../../workbook/workbook';

/** One listed change: a field changed, or a row added or removed. */
export interface ProgrammeChange {
  /** ISO timestamp of the latest change to it. */
  at: string;
  sheet: string;
  /** »Indsats 2: beskrivelse«, »Ny fase «Planlægning» (indsats 3)« */
  what: string;
  before: string;
  after: string;
  /** Who changed it, as the change log names them (»Navn (Rolle)«), latest last. */
  by: string[];
}

/** The columns of each table that are the programdokument's content. */
const CONTENT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  program: Object.keys(WORKBOOK_TABLES.program!.columns).filter((c) => c !== 'approved_on'),
  program_list_item: ['text'],
  initiative: ['number', 'title', 'target_group', 'description', 'effects', 'effect_follow_up'],
  plan_phase: ['title', 'start_quarter', 'end_quarter'],
  budget_group: ['title'],
  budget_line: ['cost_type'],
  budget_amount: ['budget'],
};

const MAX_VALUE = 120;

type Recorded = Record<string, unknown>;

function parse(json: string | null): Recorded | null {
  if (json === null) return null;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Recorded) : null;
  } catch {
    return null;
  }
}

function shown(table: string, column: string, value: unknown): string {
  const text = formatChangeValue(columnInfo(table, column), value).replace(/\s+/g, ' ').trim();
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

const LIST_NAMES: Record<string, string> = { goal: 'Mål', focusArea: 'Indsatsområde', policy: 'Politik eller strategi' };

/** How a row is named in the list: by what a reader knows it as. */
function rowName(wb: Workbook, table: string, row: Recorded): string {
  const initiative = (id: unknown) => wb.db.prepare('SELECT number FROM initiative WHERE id = ?').pluck().get(id) as number | undefined;
  const short = (v: unknown) => shown('program', 'title', v);
  switch (table) {
    case 'program':
      return 'Programmet';
    case 'program_list_item':
      return `${LIST_NAMES[String(row.list)] ?? 'Punkt'} «${short(row.text)}»`;
    case 'initiative':
      return `Indsats ${String(row.number)}`;
    case 'plan_phase': {
      const n = initiative(row.initiative_id);
      return `Fase «${short(row.title)}»${n === undefined ? '' : ` (indsats ${n})`}`;
    }
    case 'budget_group':
      return `Budgetgruppe «${short(row.title)}»`;
    case 'budget_line':
      return `Budgetlinje «${short(row.cost_type)}»`;
    case 'budget_amount': {
      const line = wb.db.prepare('SELECT cost_type FROM budget_line WHERE id = ?').pluck().get(row.line_id) as string | undefined;
      return `Budget ${String(row.year)}${line === undefined ? '' : `, «${short(line)}»`}`;
    }
    default:
      return WORKBOOK_TABLES[table]?.label ?? table;
  }
}

interface Net {
  table: string;
  rowId: number;
  first: Recorded | null;
  last: Recorded | null;
  /** Per column: latest time and authors of the change sets that changed it. */
  touched: Map<string, { at: string; by: string[] }>;
}

/**
 * The programme's content changes since the approval day (changes on that day belong to the
 * approved version). The workbook's creation (its first change set, filled from the programme
 * document) is never a change: a programme approved before the workbook existed is the one it
 * was created with. Empty when nothing has changed; the caller says »Ikke godkendt endnu« when
 * there is no approval date.
 */
export function readProgrammeChanges(wb: Workbook, approvedOn: string): ProgrammeChange[] {
  const tables = Object.keys(CONTENT_COLUMNS);
  const rows = wb.db
    .prepare(
      `SELECT c.tbl, c.row_id, c.before_json, c.after_json, cs.at, cs.author FROM change c JOIN change_set cs ON cs.id = c.set_id
       WHERE cs.at >= ? AND cs.id > (SELECT MIN(id) FROM change_set) AND c.tbl IN (${tables.map(() => '?').join(', ')}) ORDER BY c.id`,
    )
    .all(startOfLocalDay(addDays(approvedOn, 1)), ...tables) as Array<{ tbl: string; row_id: number; before_json: string | null; after_json: string | null; at: string; author: string }>;
  const nets = new Map<string, Net>();
  for (const r of rows) {
    const key = `${r.tbl}|${r.row_id}`;
    const before = parse(r.before_json);
    const after = parse(r.after_json);
    const net = nets.get(key) ?? { table: r.tbl, rowId: r.row_id, first: before, last: before, touched: new Map() };
    net.last = after;
    for (const column of CONTENT_COLUMNS[r.tbl]!) {
      if (before?.[column] === after?.[column]) continue;
      const seen: { at: string; by: string[] } = net.touched.get(column) ?? { at: r.at, by: [] };
      seen.at = r.at;
      seen.by = [...seen.by.filter((a: string) => a !== r.author), r.author];
      net.touched.set(column, seen);
    }
    nets.set(key, net);
  }
  const changes: ProgrammeChange[] = [];
  for (const net of nets.values()) {
    const sheet = SHEET_NAMES[WORKBOOK_TABLES[net.table]!.sheet];
    const all = [...net.touched.values()];
    const latest = { at: all.map((t) => t.at).sort().pop() ?? '', by: [...new Set(all.flatMap((t) => t.by))] };
    if (net.first === null && net.last === null) continue;
    if (net.first === null || net.last === null) {
      const row = (net.last ?? net.first)!;
      const added = net.first === null;
      // A budget amount row comes and goes with its line; the line is listed.
      if (net.table === 'budget_amount' && !row.budget) continue;
      const name = rowName(wb, net.table, row);
      const amount = net.table === 'budget_amount' ? shown(net.table, 'budget', row.budget) : null;
      changes.push({
        ...latest, sheet, what: `${added ? 'Tilføjet' : 'Fjernet'}: ${name}`,
        before: added ? '–' : (amount ?? 'fandtes'), after: added ? (amount ?? 'tilføjet') : 'fjernet',
      });
      continue;
    }
    for (const [column, seen] of net.touched) {
      const was = net.first[column];
      const now = net.last[column];
      if (was === now) continue;
      changes.push({
        at: seen.at, by: seen.by, sheet,
        what: `${rowName(wb, net.table, net.last)}: ${columnInfo(net.table, column).label}`,
        before: shown(net.table, column, was), after: shown(net.table, column, now),
      });
    }
  }
  return changes.sort((a, b) => a.at.localeCompare(b.at));
}
