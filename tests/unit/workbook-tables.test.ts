import { afterEach, describe, expect, it } from 'vitest';
import { formatChangeValue } from '../../shared/change-values';
import { SHEET_NAMES } from '../../shared/sheets';
import { columnInfo, sheetsOfTables, tablesOfSheet, WORKBOOK_TABLES } from '../../shared/workbook-tables';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

/** Every table the mutation path records, with its columns, read from a real workbook file. */
function realSchema(t: TestWorkbook): Map<string, string[]> {
  const db = t.session.current!.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('change', 'change_set', 'workbook_identity', 'applied_call') ORDER BY name")
    .pluck()
    .all() as string[];
  return new Map(tables.map((table) => [table, (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name)]));
}

describe('the Danish names of the workbook’s tables and columns', () => {
  it('has a Danish name, a sheet and a label for every table and every column of the real schema', () => {
    wb = createTestWorkbook();
    const missing: string[] = [];
    for (const [table, columns] of realSchema(wb)) {
      const info = WORKBOOK_TABLES[table];
      if (!info) {
        missing.push(table);
        continue;
      }
      expect(SHEET_NAMES[info.sheet]).toBeTruthy();
      for (const column of columns) {
        if (column !== 'id' && !info.columns[column]) missing.push(`${table}.${column}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('names no table or column the schema does not have', () => {
    wb = createTestWorkbook();
    const schema = realSchema(wb);
    for (const [table, info] of Object.entries(WORKBOOK_TABLES)) {
      expect(schema.has(table), table).toBe(true);
      for (const column of Object.keys(info.columns)) expect(schema.get(table), `${table}.${column}`).toContain(column);
    }
  });

  it('labels columns in Danish, not by their names in the file', () => {
    expect(columnInfo('meeting', 'place').label).toBe('sted');
    expect(columnInfo('agenda_item', 'minutes_text').label).toBe('referat');
    expect(columnInfo('program', 'journal_number').label).toBe('J. nr.');
    expect(columnInfo('program', 'title').label).toBe('programmets titel');
    expect(columnInfo('budget_amount', 'actual_ore')).toEqual({ label: 'forbrug', kind: 'øre' });
    expect(columnInfo('budget_amount', 'budget')).toEqual({ label: 'budget', kind: 'kroner' });
  });

  it('maps tables to their sheets, in tab order', () => {
    expect(sheetsOfTables(['budget_amount'])).toEqual(['budget']);
    expect(sheetsOfTables(['plan_phase', 'initiative', 'budget_group_initiative', 'initiative'])).toEqual(['initiatives', 'plan', 'budget']);
    expect(sheetsOfTables(['unknown'])).toEqual([]);
    expect(tablesOfSheet('meetings')).toEqual(['meeting', 'meeting_participant', 'agenda_item', 'withdrawn_agenda_item', 'attachment', 'meeting_series', 'series_template_item', 'series_meeting', 'series_agenda_item', 'action_item', 'point_decision', 'point_dissent']);
  });
});

describe('values in the change log, one format per kind of column', () => {
  it.each([
    ['budget_amount', 'budget', 1725000, '1.725.000 kr.'],
    ['budget_amount', 'actual_ore', 172500050, '1.725.000,50 kr.'],
    ['budget_amount', 'actual_ore', 7, '0,07 kr.'],
    ['budget_employment', 'annual_salary', 540000, '540.000 kr.'],
    ['budget_amount', 'year', 2021, '2021'],
    ['activity', 'participants', 1200, '1.200'],
    ['meeting', 'date', '2026-10-01', '01.10.2026'],
    ['meeting', 'start_time', '14:30', '14.30'],
    ['plan_phase', 'start_quarter', '2019-K4', '2019 K4'],
    ['meeting', 'unlocked', 1, 'ja'],
    ['meeting_participant', 'present', 0, 'nej'],
    ['initiative', 'effects', '["Flere frivillige","Tryghed"]', 'Flere frivillige; Tryghed'],
    ['initiative', 'effects', '[]', '(tom)'],
    ['agenda_item', 'standing', 'anyOtherBusiness', 'Eventuelt'],
    ['program_list_item', 'list', 'goal', 'Mål'],
    ['budget_line', 'group_id', 3, 'nr. 3'],
    ['initiative', 'title', '', '(tom)'],
    ['activity', 'start_date', null, '(tom)'],
  ])('%s.%s %j → %j', (table, column, value, shown) => {
    expect(formatChangeValue(columnInfo(table, column), value)).toBe(shown);
  });
});
