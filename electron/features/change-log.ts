import { addDays } from '../../shared/meetings/meeting-dates';
import { formatChangeValue } from '../../shared/change-values';
import { DAMAGED_MARK } from '../../shared/stored-values';
import type { ChangeLogDetail, ChangeLogEntry } from '../../shared/domain/workbook';
import { columnInfo, sheetsOfTables, tableLabel, tablesOfSheet, type SheetWithTables } from '../../shared/workbook-tables';
import type { Workbook } from '../workbook/workbook';

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

function show(table: string, column: string, value: unknown): string {
  const text = formatChangeValue(columnInfo(table, column), value).replace(/\s+/g, ' ');
  return text.length > MAX_VALUE_LENGTH ? `${firstCharacters(text, MAX_VALUE_LENGTH)}…` : text;
}

function summarise(table: string, before: Record<string, unknown>, after: Record<string, unknown>): string {
  const changed = Object.keys(after).filter((k) => before[k] !== after[k]);
  return changed.map((k) => `${columnInfo(table, k).label}: ${show(table, k, before[k])} → ${show(table, k, after[k])}`).join('; ');
}

function parseRecorded(json: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
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
    const table = tableLabel(r.tbl);
    if (r.before_json && r.after_json) {
      const before = parseRecorded(r.before_json);
      const after = parseRecorded(r.after_json);
      // A broken row is listed as such; the rest of the log reads on (`check` names it).
      const summary = before && after ? summarise(r.tbl, before, after) : `${DAMAGED_MARK}: før/efter kan ikke læses`;
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

export interface ChangeLogQuery {
  /** How many change sets at most (newest first). */
  limit?: number;
  /** Only sets older than this one: the next page after it. */
  before?: number;
  /** Only sets that changed a table of this sheet. */
  sheet?: SheetWithTables;
  /** Only sets by this author, exactly as recorded ("Navn (Rolle)"). */
  author?: string;
  /** Local dates (ISO), both days included. */
  from?: string;
  to?: string;
}

/** Local midnight of an ISO date as a UTC timestamp, comparable with change_set.at. */
export function startOfLocalDay(iso: string): string {
  return new Date(`${iso}T00:00:00`).toISOString();
}

function whereClause(query: ChangeLogQuery): { sql: string; params: Array<string | number> } {
  const conditions: string[] = [];
  const params: Array<string | number> = [];
  if (query.before !== undefined) {
    conditions.push('cs.id < ?');
    params.push(query.before);
  }
  if (query.author !== undefined) {
    conditions.push('cs.author = ?');
    params.push(query.author);
  }
  if (query.from !== undefined) {
    conditions.push('cs.at >= ?');
    params.push(startOfLocalDay(query.from));
  }
  if (query.to !== undefined) {
    conditions.push('cs.at < ?');
    params.push(startOfLocalDay(addDays(query.to, 1)));
  }
  if (query.sheet !== undefined) {
    const tables = tablesOfSheet(query.sheet);
    conditions.push(`EXISTS (SELECT 1 FROM change c WHERE c.set_id = cs.id AND c.tbl IN (${tables.map(() => '?').join(', ')}))`);
    params.push(...tables);
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The newest change sets first that match the query, each with a readable "before → after". */
export function readChangeLog(wb: Workbook, query: ChangeLogQuery = {}): ChangeLogEntry[] {
  const { sql, params } = whereClause(query);
  const sets = wb.db
    .prepare(`SELECT cs.id, cs.at, cs.author, cs.description, cs.kind FROM change_set cs ${sql} ORDER BY cs.id DESC LIMIT ?`)
    .all(...params, query.limit ?? 200) as Array<{ id: number; at: string; author: string; description: string; kind: ChangeLogEntry['kind'] }>;
  const changesOf = wb.db.prepare('SELECT tbl, row_id, before_json, after_json FROM change WHERE set_id = ? ORDER BY id');
  return sets.map((set) => {
    const rows = changesOf.all(set.id) as ChangeRow[];
    return {
      setId: set.id, at: set.at, author: set.author, description: set.description, kind: set.kind,
      sheets: sheetsOfTables(rows.map((r) => r.tbl)),
      changes: describeChanges(rows),
    };
  });
}

/** Everyone who has changed the workbook, the most recent first: the change log's person filter. */
export function readChangeLogAuthors(wb: Workbook): string[] {
  return wb.db.prepare('SELECT author FROM change_set GROUP BY author ORDER BY MAX(id) DESC').pluck().all() as string[];
}
