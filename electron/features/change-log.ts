import type { ChangeLogDetail, ChangeLogEntry } from '../../shared/domain/workbook';
import { fieldName } from '../workbook/columns';
import type { Workbook } from '../workbook/workbook';

const TABLE_LABELS: Record<string, string> = {
  program: 'Program', program_list_item: 'Programliste', member: 'Medlem', initiative: 'Indsats',
  initiative_participant: 'Deltagergruppe', plan_phase: 'Fase', budget_group: 'Budgetgruppe',
  budget_line: 'Budgetlinje', budget_amount: 'Beløb',
  meeting: 'Møde', meeting_participant: 'Mødedeltager', agenda_item: 'Dagsordenspunkt', attachment: 'Bilag', action_item: 'Handling',
};

const MAX_VALUE_LENGTH = 80;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(tom)';
  const text = String(value).replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function summarise(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string {
  if (!before) return 'oprettet';
  if (!after) return 'slettet';
  const changed = Object.keys(after).filter((k) => before[k] !== after[k]);
  return changed.map((k) => `${fieldName(k)}: ${show(before[k])} → ${show(after[k])}`).join('; ');
}

/** The newest change sets first, each with a readable "before → after" per changed row. */
export function readChangeLog(wb: Workbook, limit = 200): ChangeLogEntry[] {
  const sets = wb.db
    .prepare('SELECT id, at, author, description, kind FROM change_set ORDER BY id DESC LIMIT ?')
    .all(limit) as Array<{ id: number; at: string; author: string; description: string; kind: ChangeLogEntry['kind'] }>;
  const changesOf = wb.db.prepare('SELECT tbl, row_id, before_json, after_json FROM change WHERE set_id = ? ORDER BY id LIMIT 50');
  return sets.map((set) => {
    const rows = changesOf.all(set.id) as Array<{ tbl: string; row_id: number; before_json: string | null; after_json: string | null }>;
    const changes: ChangeLogDetail[] = rows.map((r) => ({
      table: TABLE_LABELS[r.tbl] ?? r.tbl,
      rowId: r.row_id,
      summary: summarise(r.before_json ? JSON.parse(r.before_json) : null, r.after_json ? JSON.parse(r.after_json) : null),
    }));
    return { setId: set.id, at: set.at, author: set.author, description: set.description, kind: set.kind, changes };
  });
}
