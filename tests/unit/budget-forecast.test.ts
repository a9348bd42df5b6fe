// Forecast and commitments in Økonomi (issue 16): disponeret and prognose per line and year,
// the prognose's default (forbrug + disponeret), the difference budget − prognose, the
// afvigelsesforklaring and the rule that asks for it, migration 014 and the change log.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatcher';
import { LATEST_SCHEMA_VERSION } from '../../electron/workbook/migrations';
import { effectiveForecast, findDeviations, isDefaultForecast, needsDeviationNote } from '../../shared/budget-forecast';
import { computeBudgetTotals } from '../../shared/budget-totals';
import { DROP_FORECAST, DROP_GOAL_LINKS } from '../support/older-files';
import { createTestWorkbook, openTestSession, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
let reopened: Omit<TestWorkbook, 'path'> | undefined;
afterEach(() => {
  reopened?.session.close();
  reopened = undefined;
  wb?.close();
});

async function lineId(w: TestWorkbook, name: string): Promise<number> {
  const s = await w.call('budget.get', {});
  return s.data.groups.flatMap((g) => g.lines).find((l) => l.costType === name)!.id;
}

function stored(w: TestWorkbook, id: number, year: number) {
  return w.session.current!.db
    .prepare('SELECT budget, actual_ore, committed_ore, forecast_ore, deviation_note FROM budget_amount WHERE line_id = ? AND year = ?')
    .get(id, year);
}

describe('the prognose and the difference', () => {
  it('defaults to forbrug + disponeret, exactly in øre; a typed prognose wins; the difference is budget − prognose', () => {
    expect(effectiveForecast({ actual: 0.1, committed: 0.2, forecast: null })).toBe(0.3);
    expect(effectiveForecast({ actual: 12_345.67, committed: -1_250.5, forecast: null })).toBe(11_095.17);
    expect(effectiveForecast({ actual: null, committed: null, forecast: null })).toBe(0);
    expect(effectiveForecast({ actual: 100, committed: 50, forecast: 90 })).toBe(90);
    expect(isDefaultForecast({ actual: 100, committed: 50, forecast: null })).toBe(true);
    expect(isDefaultForecast({ actual: 100, committed: 50, forecast: 0 })).toBe(false);
    const data = {
      years: [2021], period: { start: '2021-K1', end: '2021-K4' },
      groups: [{ id: 1, position: 1, title: 'G', initiativeIds: [], lines: [
        { id: 1, groupId: 1, position: 1, costType: 'A', employments: [], amounts: { 2021: { budget: 1_000, actual: 400.25, committed: 300, forecast: null, note: '' } } },
        { id: 2, groupId: 1, position: 2, costType: 'B', employments: [], amounts: { 2021: { budget: 500, actual: 100, committed: 0, forecast: 650.5, note: '' } } },
      ] }],
    };
    const totals = computeBudgetTotals(data);
    expect(totals.lines[1]!.byYear[2021]).toEqual({ budget: 1_000, actual: 400.25, committed: 300, forecast: 700.25, difference: 299.75 });
    expect(totals.lines[2]!.total).toEqual({ budget: 500, actual: 100, committed: 0, forecast: 650.5, difference: -150.5 });
    expect(totals.grand.total).toEqual({ budget: 1_500, actual: 500.25, committed: 300, forecast: 1_350.75, difference: 149.25 });
  });

  it('asks for an afvigelsesforklaring only above the økonomi yellow threshold, exactly at the boundary not', () => {
    // 0 % (the default): any overrun asks, an øre too; exactly the budget does not.
    expect(needsDeviationNote(600_000, 600_000, 0)).toBe(false);
    expect(needsDeviationNote(600_000, 600_000.01, 0)).toBe(true);
    // 5 %: 5 % exactly does not ask, one øre more does.
    expect(needsDeviationNote(100_000, 105_000, 5)).toBe(false);
    expect(needsDeviationNote(100_000, 105_000.01, 5)).toBe(true);
    // No budget: any prognose above 0 asks; a credit does not.
    expect(needsDeviationNote(null, 0.01, 10)).toBe(true);
    expect(needsDeviationNote(0, -5, 0)).toBe(false);
    const data = {
      years: [2021, 2022],
      groups: [{ id: 1, position: 1, title: 'Indsats 3', initiativeIds: [], lines: [
        { id: 7, groupId: 1, position: 1, costType: 'Forløb', employments: [], amounts: {
          2021: { budget: 100_000, actual: 105_000, committed: null, forecast: null, note: '' },
          2022: { budget: 100_000, actual: 50_000, committed: 60_000, forecast: null, note: 'Ekstra forløb' },
        } },
      ] }],
    };
    expect(findDeviations(data, 5)).toEqual([
      { lineId: 7, groupTitle: 'Indsats 3', costType: 'Forløb', year: 2022, budget: 100_000, forecast: 110_000, overrun: 10_000, percent: 10, note: 'Ekstra forløb' },
    ]);
    expect(findDeviations(data, 0).map((d) => d.year)).toEqual([2021, 2022]);
  });
});

describe('typing disponeret, prognose and the afvigelsesforklaring', () => {
  it('stores disponeret and prognose in øre, clears the prognose back to the default, and names them in Danish in the change log', async () => {
    wb = createTestWorkbook();
    const salary = await lineId(wb, 'Løn');
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'committed', value: 12_345.67 }] });
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'forecast', value: -1_250.5 }] });
    expect(stored(wb, salary, 2021)).toEqual({ budget: 575_000, actual_ore: null, committed_ore: 1_234_567, forecast_ore: -125_050, deviation_note: '' });
    let log = await wb.call('workbook.changeLog', {});
    expect(log[0]!.description).toBe('Ret prognose 2021 for "Løn" (Indsats 1 og 2 – social innovator) til -1.250,50 kr.');
    expect(log[0]!.changes[0]!.summary).toBe('prognose: (tom) → -1.250,50 kr.');
    expect(log[1]!.changes[0]!.summary).toBe('disponeret: (tom) → 12.345,67 kr.');

    // Cleared, the prognose is the default again: forbrug + disponeret.
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'forecast', value: null }] });
    expect(stored(wb, salary, 2021)).toMatchObject({ forecast_ore: null });
    const sheet = await wb.call('budget.get', {});
    const amount = sheet.data.groups[0]!.lines.find((l) => l.id === salary)!.amounts[2021]!;
    expect(effectiveForecast(amount)).toBe(12_345.67);
    expect(computeBudgetTotals(sheet.data).lines[salary]!.byYear[2021]!.difference).toBe(562_654.33);
    log = await wb.call('workbook.changeLog', {});
    expect(log[0]!.changes[0]!.summary).toBe('prognose: -1.250,50 kr. → (tom)');
  });

  it.each([
    ['committed', 0.001, 'Disponeret kan højst have to decimaler (kroner og øre)'],
    ['forecast', 12_345.678, 'Prognosen kan højst have to decimaler (kroner og øre)'],
    ['forecast', 100_000_001, 'Beløbet må højst være 100 mio. kroner'],
    ['prognose', 1, 'Feltet skal være budget, forbrug, disponeret eller prognose'],
  ])('refuses %s %s with a Danish message and stores nothing', async (measure, value, message) => {
    wb = createTestWorkbook();
    const salary = await lineId(wb, 'Løn');
    const before = stored(wb, salary, 2021);
    expect(await wb.raw('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure, value }] })).toMatchObject({ ok: false, error: { message } });
    expect(stored(wb, salary, 2021)).toEqual(before);
  });

  it('stores, changes and removes an afvigelsesforklaring as undoable changes; refuses bad input in Danish', async () => {
    wb = createTestWorkbook();
    const forløb = await lineId(wb, 'Forløb');
    // A year without any row: the explanation makes one, and removing it removes the row again.
    expect(await wb.call('budget.notes.set', { lineId: forløb, year: 2022, note: '  Flere familier end ventet  ' })).toEqual({ changed: true });
    expect(stored(wb, forløb, 2022)).toMatchObject({ deviation_note: 'Flere familier end ventet' });
    const log = await wb.call('workbook.changeLog', {});
    expect(log[0]!.description).toBe('Ret afvigelsesforklaring 2022 for "Forløb" (Indsats 3 – Det gode forældresamarbejde)');
    expect(log[0]!.changes[0]!.summary).toBe('oprettet');
    // On a year with figures, the change log names the field and shows before → after.
    const salary = await lineId(wb, 'Løn');
    await wb.call('budget.notes.set', { lineId: salary, year: 2021, note: 'Overlap ved ansættelse' });
    expect((await wb.call('workbook.changeLog', {}))[0]!.changes[0]!.summary).toBe('afvigelsesforklaring: (tom) → Overlap ved ansættelse');
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect(stored(wb, forløb, 2022)).toBeUndefined();
    await wb.call('workbook.redo', {});
    expect(await wb.call('budget.notes.set', { lineId: forløb, year: 2022, note: '' })).toEqual({ changed: true });
    expect(stored(wb, forløb, 2022)).toBeUndefined();

    expect(await wb.raw('budget.notes.set', { lineId: forløb, year: 2022, note: 'x'.repeat(2001) })).toMatchObject({
      ok: false, error: { message: 'Afvigelsesforklaringen må højst være 2.000 tegn' },
    });
    expect(await wb.raw('budget.notes.set', { lineId: forløb, year: 1899, note: 'x' })).toMatchObject({ ok: false, error: { message: 'År skal ligge mellem 1990 og 2100' } });
    expect(await wb.raw('budget.notes.set', { lineId: 99_999, year: 2022, note: 'x' })).toMatchObject({
      ok: false, error: { message: 'Budgetlinjen findes ikke (måske er den slettet). Intet er gemt' },
    });
    expect(await wb.raw('budget.notes.set', { lineId: forløb, year: 2022, note: 5 })).toMatchObject({ ok: false, error: { message: 'Afvigelsesforklaringen skal være tekst' } });
  });

  it('refuses an explanation written over someone else\'s, naming them', async () => {
    wb = createTestWorkbook();
    const forløb = await lineId(wb, 'Forløb');
    const anne = createDispatcher(wb.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
    expect(await anne('budget.notes.set', { lineId: forløb, year: 2021, note: 'Annes forklaring' })).toMatchObject({ ok: true });
    const refused = await wb.raw('budget.notes.set', { lineId: forløb, year: 2021, note: 'Min', seen: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', changedBy: { author: 'Anne Holm (Formand)' } } });
    expect(stored(wb, forløb, 2021)).toMatchObject({ deviation_note: 'Annes forklaring' });
  });

  it('lets the social innovator keep disponeret, prognose and explanations, but not the budget', async () => {
    wb = createTestWorkbook();
    const salary = await lineId(wb, 'Løn');
    const innovator = createDispatcher(wb.session, () => undefined, { actor: { name: 'Sara', role: 'Social innovator' } });
    expect(await innovator('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'forecast', value: 600_000 }] })).toMatchObject({ ok: true });
    expect(await innovator('budget.notes.set', { lineId: salary, year: 2021, note: 'Overlap ved ansættelse' })).toMatchObject({ ok: true });
    expect(await innovator('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'budget', value: 600_000 }] })).toMatchObject({ ok: false });
  });
});

describe('migration 014', () => {
  it('upgrades a version 13 file: no disponeret, the default prognose, no explanation; each row still equals its last record', async () => {
    wb = createTestWorkbook();
    const salary = await lineId(wb, 'Løn');
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'actual', value: 1_000 }] });
    wb.session.close();
    // The same file as version 13 left it: no new columns, nor in the change log's records.
    const old = new Database(wb.path);
    old.exec(DROP_GOAL_LINKS);
    old.exec(DROP_FORECAST);
    const strip = (json: string | null) => {
      if (json === null) return null;
      const { committed_ore: _c, forecast_ore: _f, deviation_note: _n, ...rest } = JSON.parse(json) as Record<string, unknown>;
      return JSON.stringify(rest);
    };
    const records = old.prepare("SELECT id, before_json, after_json FROM change WHERE tbl = 'budget_amount'").all() as Array<{ id: number; before_json: string | null; after_json: string | null }>;
    for (const r of records) old.prepare('UPDATE change SET before_json = ?, after_json = ? WHERE id = ?').run(strip(r.before_json), strip(r.after_json), r.id);
    old.pragma('user_version = 13');
    old.close();

    reopened = openTestSession(wb.dir);
    reopened.session.open(wb.path);
    const db = reopened.session.requireWorkbook().db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fs.readdirSync(wb.dir).some((name) => name.startsWith('test (før opgradering fra v13'))).toBe(true);
    const row = db.prepare('SELECT * FROM budget_amount WHERE line_id = ? AND year = 2021').get(salary) as Record<string, unknown>;
    expect(row).toMatchObject({ actual_ore: 100_000, committed_ore: null, forecast_ore: null, deviation_note: '' });
    const last = db.prepare("SELECT after_json FROM change WHERE tbl = 'budget_amount' AND row_id = ? ORDER BY id DESC LIMIT 1").pluck().get(row.id) as string;
    expect(JSON.parse(last)).toEqual(row);
    // Undo after the upgrade puts back the forbrug as before.
    await reopened.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2021, measure: 'committed', value: 5 }] });
    await reopened.call('workbook.undo', {});
    expect(db.prepare('SELECT committed_ore FROM budget_amount WHERE id = ?').pluck().get(row.id)).toBeNull();
  });
});
