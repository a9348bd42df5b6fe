import type { CheckProblem } from '../../../shared/domain/workbook';
import { formatMegabytes, isOverTextCap, MAX_TEXT_BYTES, utf8ByteLength } from '../../../shared/api/validation';
import { SHEET_NAMES } from '../../../shared/sheets';
import { damagedValues } from '../../../shared/stored-values';
import { WORKBOOK_TABLES } from '../../../shared/workbook-tables';
import type { Checker } from './checker';

function isObjectJson(text: unknown): boolean {
  if (text === null) return true;
  if (typeof text !== 'string') return false;
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/**
 * Texts above the cap the sheets keep to (shared/api/validation.ts) were written by another
 * tool. They are read and shown as they are, but every Word document carries them whole, so
 * check says where they are.
 */
function oversizedTexts(table: string, row: Readonly<Record<string, unknown>>): string[] {
  const info = WORKBOOK_TABLES[table]!;
  const lines: string[] = [];
  for (const [column, value] of Object.entries(row)) {
    const columnInfo = info.columns[column];
    if (!columnInfo || (columnInfo.kind !== 'text' && columnInfo.kind !== 'list') || typeof value !== 'string' || !isOverTextCap(value)) continue;
    lines.push(
      `${info.label} ${String(row.id)}: ${columnInfo.label} fylder ${formatMegabytes(utf8ByteLength(value))} – mere end de ${formatMegabytes(MAX_TEXT_BYTES)}, et tekstfelt kan rumme. ` +
        'Teksten er skrevet af et andet program; Word-dokumenterne bliver langsomme',
    );
  }
  return lines;
}

const NAMED_ELSEWHERE = new Set(['program', 'plan_phase', 'milestone']);

/**
 * Every stored value against its column's kind (shared/stored-values.ts), and every change-log
 * row: what the sheets show marked as "⚠ beskadiget" is named here, row by row, and so is a
 * text above the 1 MB cap.
 */
export const checkStoredValues: Checker = (wb) => {
  const problems: CheckProblem[] = [];
  const existing = new Set(wb.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  for (const [table, info] of Object.entries(WORKBOOK_TABLES)) {
    if (!existing.has(table)) continue;
    const columns = Object.keys(info.columns).filter((c) => c !== 'id');
    const present = new Set((wb.db.pragma(`table_info("${table}")`) as Array<{ name: string }>).map((c) => c.name));
    const read = columns.filter((c) => present.has(c));
    if (read.length === 0) continue;
    const rows = wb.db.prepare(`SELECT id, ${read.map((c) => `"${c}"`).join(', ')} FROM "${table}" ORDER BY id`).all() as Array<Record<string, unknown>>;
    for (const row of rows) {
      // The plan and the programme period name a bad quarter by the row's title (plan-checks, program-checks).
      const named = NAMED_ELSEWHERE.has(table) ? Object.fromEntries(Object.entries(row).filter(([c]) => info.columns[c]?.kind !== 'quarter')) : row;
      for (const message of damagedValues(table, named)) problems.push({ severity: 'fejl', area: SHEET_NAMES[info.sheet], message });
      for (const message of oversizedTexts(table, row)) problems.push({ severity: 'advarsel', area: SHEET_NAMES[info.sheet], message });
    }
  }
  const changes = wb.db.prepare('SELECT id, set_id, before_json, after_json FROM change ORDER BY id').all() as Array<Record<string, unknown>>;
  for (const c of changes) {
    if (isObjectJson(c.before_json) && isObjectJson(c.after_json)) continue;
    problems.push({ severity: 'fejl', area: SHEET_NAMES.changeLog, message: `Ændring ${String(c.id)} (i ændringssæt ${String(c.set_id)}) er beskadiget: før/efter kan ikke læses` });
  }
  return problems;
};
