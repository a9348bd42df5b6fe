import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { computeBudgetTotals } from '../../shared/budget-totals';
import { WORKBOOK_APPLICATION_ID } from '../../electron/workbook/file-format';
import { MIGRATIONS } from '../../electron/workbook/migrations';
import { createTestWorkbook, openTestSession, tempDir, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

function stored(w: TestWorkbook, lineId: number, year: number) {
  return w.session.current!.db.prepare('SELECT budget, actual_ore AS actualOre FROM budget_amount WHERE line_id = ? AND year = ?').get(lineId, year);
}

async function lineNamed(w: TestWorkbook, name: string) {
  return (await w.call('budget.get', {})).data.groups.flatMap((g) => g.lines).find((l) => l.costType === name)!;
}

describe('forbrug in kroner and øre', () => {
  it('stores 12.345,67 and a credit note of -1.250 exactly as øre; undo, redo and the change log show kroner', async () => {
    wb = createTestWorkbook();
    const salary = await lineNamed(wb, 'Løn');
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2021, measure: 'actual', value: 12_345.67 }] });
    expect(stored(wb, salary.id, 2021)).toEqual({ budget: 575_000, actualOre: 1_234_567 });
    expect((await lineNamed(wb, 'Løn')).amounts[2021]).toEqual({ budget: 575_000, actual: 12_345.67, committed: null, forecast: null, note: '' });
    expect((await wb.call('app.state', {})).undo.undoLabel).toBe('Ret forbrug 2021 for "Løn" (Indsats 1 og 2 – social innovator) til 12.345,67 kr.');

    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2022, measure: 'actual', value: -1_250 }] });
    expect(stored(wb, salary.id, 2022)).toEqual({ budget: 431_250, actualOre: -125_000 });
    const totals = computeBudgetTotals((await wb.call('budget.get', {})).data);
    expect(totals.lines[salary.id]!.total).toEqual({ budget: 1_725_000, actual: 11_095.67, committed: 0, forecast: 11_095.67, difference: 1_713_904.33 });

    const log = await wb.call('workbook.changeLog', {});
    expect(log[0]!.changes).toEqual([{ table: 'Beløb', rowId: expect.any(Number), summary: 'forbrug: (tom) → -1.250 kr.' }]);
    expect(log[1]!.changes[0]!.summary).toBe('forbrug: (tom) → 12.345,67 kr.');

    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect(stored(wb, salary.id, 2021)).toEqual({ budget: 575_000, actualOre: null });
    await wb.call('workbook.redo', {});
    expect(stored(wb, salary.id, 2021)).toEqual({ budget: 575_000, actualOre: 1_234_567 });
    expect((await wb.call('workbook.changeLog', {}))[0]!.changes[0]!.summary).toBe('forbrug: (tom) → 12.345,67 kr.');
  });

  it.each([
    ['actual', 12_345.678, 'Forbruget kan højst have to decimaler (kroner og øre)'],
    ['actual', 0.001, 'Forbruget kan højst have to decimaler (kroner og øre)'],
    ['actual', -100_000_001, 'Beløbet må højst være 100 mio. kroner'],
    ['actual', Number.POSITIVE_INFINITY, 'Beløbet skal være et tal i kroner'],
    ['budget', 12_345.67, 'Budgettet skal være i hele kroner'],
    ['budget', -1_250, 'Budgettet må ikke være negativt'],
  ])('refuses %s %d from an untrusted caller with a Danish message', async (measure, value, message) => {
    wb = createTestWorkbook();
    const salary = await lineNamed(wb, 'Løn');
    const before = wb.session.current!.db.prepare('SELECT * FROM budget_amount ORDER BY id').all();
    expect(await wb.raw('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2021, measure, value }] })).toMatchObject({ ok: false, error: { message } });
    expect(wb.session.current!.db.prepare('SELECT * FROM budget_amount ORDER BY id').all()).toEqual(before);
  });

  it('takes the largest amounts to the øre and the smallest correction', async () => {
    wb = createTestWorkbook();
    const salary = await lineNamed(wb, 'Løn');
    await wb.call('budget.amounts.set', { cells: [
      { lineId: salary.id, year: 2019, measure: 'actual', value: 99_999_999.99 },
      { lineId: salary.id, year: 2020, measure: 'actual', value: -0.01 },
    ] });
    expect(stored(wb, salary.id, 2019)).toMatchObject({ actualOre: 9_999_999_999 });
    expect(stored(wb, salary.id, 2020)).toMatchObject({ actualOre: -1 });
  });
});

/** A workbook as version 4 of the app wrote it: forbrug in whole kroner under "actual", with its change log. */
function versionFourFile(file: string): void {
  const db = new Database(file);
  db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
  for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) migration.up(db);
  db.pragma('user_version = 4');
  db.prepare("INSERT INTO program (id, title, period_start, period_end) VALUES (1, 'Gammel', '2019-K2', '2022-K4')").run();
  db.prepare("INSERT INTO budget_group (id, position, title) VALUES (1, 1, 'Indsats 1')").run();
  db.prepare("INSERT INTO budget_line (id, group_id, position, cost_type) VALUES (1, 1, 1, 'Løn')").run();
  db.prepare('INSERT INTO budget_amount (id, line_id, year, budget, actual) VALUES (1, 1, 2020, 575000, 12500), (2, 1, 2021, 575000, NULL), (3, 1, 2022, NULL, 0)').run();
  db.prepare("INSERT INTO change_set (id, at, author, description, kind) VALUES (1, '2021-03-01T10:00:00Z', 'Sekretariatet', 'Ret forbrug 2020', 'edit')").run();
  db.prepare("INSERT INTO change (set_id, tbl, row_id, before_json, after_json) VALUES (1, 'budget_amount', 1, ?, ?), (1, 'budget_line', 1, ?, ?)").run(
    JSON.stringify({ id: 1, line_id: 1, year: 2020, budget: 575000, actual: 10000 }),
    JSON.stringify({ id: 1, line_id: 1, year: 2020, budget: 575000, actual: 12500 }),
    JSON.stringify({ id: 1, group_id: 1, position: 1, cost_type: 'Lønn' }),
    JSON.stringify({ id: 1, group_id: 1, position: 1, cost_type: 'Løn' }),
  );
  db.close();
}

describe('migration 005: forbrug to øre', () => {
  it('converts stored forbrug and its change log to øre after a backup; amounts and history read as before', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gammel.arbejdsbog');
    versionFourFile(file);
    const session = openTestSession(dir);
    try {
      session.session.open(file);
      expect(fs.readdirSync(dir).some((name) => name.startsWith('gammel (før opgradering fra v4'))).toBe(true);
      const db = session.session.current!.db;
      expect(db.prepare('SELECT id, budget, actual_ore FROM budget_amount ORDER BY id').all()).toEqual([
        { id: 1, budget: 575_000, actual_ore: 1_250_000 }, { id: 2, budget: 575_000, actual_ore: null }, { id: 3, budget: null, actual_ore: 0 },
      ]);
      // Every row still equals its last logged record, column for column.
      const row = JSON.stringify(db.prepare('SELECT * FROM budget_amount WHERE id = 1').get());
      expect(db.prepare("SELECT after_json FROM change WHERE tbl = 'budget_amount'").pluck().get()).toBe(row);
      expect(db.prepare("SELECT before_json FROM change WHERE tbl = 'budget_line'").pluck().get()).toBe(JSON.stringify({ id: 1, group_id: 1, position: 1, cost_type: 'Lønn' }));

      const sheet = await session.call('budget.get', {});
      // Migration 014 leaves every year without disponeret, with the default prognose and no explanation.
      const NOTHING_NEW = { committed: null, forecast: null, note: '' };
      expect(sheet.data.groups[0]!.lines[0]!.amounts).toEqual({ 2020: { budget: 575_000, actual: 12_500, ...NOTHING_NEW }, 2021: { budget: 575_000, actual: null, ...NOTHING_NEW }, 2022: { budget: null, actual: 0, ...NOTHING_NEW } });
      const log = await session.call('workbook.changeLog', {});
      expect(log[0]!.changes[0]).toMatchObject({ table: 'Beløb', summary: 'forbrug: 10.000 kr. → 12.500 kr.' });

      // The upgraded file takes øre at once, through the one mutation path.
      await session.call('budget.amounts.set', { cells: [{ lineId: 1, year: 2021, measure: 'actual', value: 250.75 }] });
      expect(db.prepare('SELECT actual_ore FROM budget_amount WHERE id = 2').pluck().get()).toBe(25_075);
      await session.call('workbook.undo', {});
      expect(db.prepare('SELECT actual_ore FROM budget_amount WHERE id = 2').pluck().get()).toBeNull();
    } finally {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
