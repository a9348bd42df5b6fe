import type { ChangeLogDetail, ChangeLogEntry } from '../../shared/domain/workbook';
import { fieldName } from '../workbook/columns';
import { budgetAmountChangeText } from './budget/amount-log-text';
import type { Workbook } from '../workbook/workbook';

const TABLE_LABELS: Record<string, string> = {
  program: 'Program', program_list_item: 'Programliste', member: 'Medlem', initiative: 'Indsats',
  initiative_participant: 'Deltagergruppe', plan_phase: 'Fase', budget_group: 'Budgetgruppe',
  budget_line: 'Budgetlinje', budget_amount: 'Beløb', budget_group_initiative: 'Budgetgruppens indsats',
  budget_employment: 'Ansættelse',
  milestone: 'Milepæl', activity: 'Aktivitet', partner: 'Partner', activity_partner: 'Aktivitetens partner', follow_up: 'Opfølgning',
  meeting: 'Møde', meeting_participant: 'Mødedeltager', agenda_item: 'Dagsordenspunkt', attachment: 'Bilag', action_item: 'Handling',
};

/** Danish names of columns as users know them; a column missing here is shown by its own name. */
const COLUMN_LABELS: Record<string, string> = {
  title: 'titel', status: 'status', status_reason: 'begrundelse', number: 'nummer', responsible: 'ansvarlig',
  target_group: 'målgruppe', description: 'beskrivelse', effects: 'effekter', effect_follow_up: 'opfølgning på effekt',
  position: 'placering', text: 'tekst', name: 'navn', role: 'rolle', organisation: 'organisation', email: 'e-mail',
  group_name: 'deltagergruppe', count: 'antal', start_quarter: 'startkvartal', end_quarter: 'slutkvartal',
  cost_type: 'udgiftstype', year: 'år', budget: 'budget', actual: 'forbrug', background: 'baggrund', purpose: 'formål',
  period_start: 'periode fra', period_end: 'periode til', funding_source: 'finansiering', journal_number: 'J. nr.',
  case_number: 'sag', steering_group: 'styregruppe', owner: 'programejer', leader: 'programleder',
};

const MAX_VALUE_LENGTH = 80;
const GRAPHEMES = new Intl.Segmenter('da', { granularity: 'grapheme' });

/** The first characters of a text as a reader sees them: never half an emoji like 👩‍👩‍👧 or half a flag. */
function firstCharacters(text: string, max: number): string {
  let end = 0;
  // Segments are produced lazily, so a megabyte of text costs only its first characters.
  for (const { index, segment } of GRAPHEMES.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(tom)';
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_LENGTH ? `${firstCharacters(text, MAX_VALUE_LENGTH)}…` : text;
}

function summarise(table: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  if (!before) return 'oprettet';
  if (!after) return 'slettet';
  const changed = Object.keys(after).filter((k) => before[k] !== after[k]);
  return changed
    .map((k) => budgetAmountChangeText(table, k, before[k], after[k]) ?? `${COLUMN_LABELS[k] ?? fieldName(k)}: ${show(before[k])} → ${show(after[k])}`)
    .join('; ');
}

const MAX_DETAILS = 20;

interface ChangeRow {
  tbl: string;
  row_id: number;
  before_json: string | null;
  after_json: string | null;
}

/**
 * A readable account of one change set: every changed field as "before → after"; created and
 * deleted rows counted per kind ("Fase: 4 oprettet"), so a large change stays readable.
 */
function describeChanges(rows: ChangeRow[]): ChangeLogDetail[] {
  const details: ChangeLogDetail[] = [];
  const counts = new Map<string, { table: string; rowId: number; verb: string; count: number }>();
  for (const r of rows) {
    const table = TABLE_LABELS[r.tbl] ?? r.tbl;
    if (r.before_json && r.after_json) {
      const summary = summarise(r.tbl, JSON.parse(r.before_json), JSON.parse(r.after_json));
      if (summary) details.push({ table, rowId: r.row_id, summary });
      continue;
    }
    const verb = r.before_json ? 'slettet' : 'oprettet';
    const key = `${table}|${verb}`;
    const entry = counts.get(key) ?? { table, rowId: r.row_id, verb, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  for (const c of counts.values()) details.push({ table: c.table, rowId: c.rowId, summary: c.count === 1 ? c.verb : `${c.count} ${c.verb}` });
  if (details.length <= MAX_DETAILS) return details;
  const rest = details.length - MAX_DETAILS;
  return [...details.slice(0, MAX_DETAILS), { table: '…', rowId: 0, summary: `og ${rest} ændringer mere` }];
}

/** The newest change sets first, each with a readable "before → after". */
export function readChangeLog(wb: Workbook, limit = 200): ChangeLogEntry[] {
  const sets = wb.db
    .prepare('SELECT id, at, author, description, kind FROM change_set ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{ id: number; at: string; author: string; description: string; kind: ChangeLogEntry['kind'] }>;
  const changesOf = wb.db.prepare('SELECT tbl, row_id, before_json, after_json FROM change WHERE set_id = ? ORDER BY id');
  return sets.map((set) => ({
    setId: set.id, at: set.at, author: set.author, description: set.description, kind: set.kind,
    changes: describeChanges(changesOf.all(set.id) as ChangeRow[]),
  }));
}
