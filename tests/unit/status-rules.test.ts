// The traffic lights' rules as a setting of the workbook (migration 013, status.rules.*): read,
// changed by the chair only, validated in Danish, undone and logged like any change, and used by
// status.lights.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { roleRefusal } from '../../shared/api/permissions';
import { DEFAULT_STATUS_RULES } from '../../shared/status/traffic-lights';
import { DROP_FORECAST, DROP_GOAL_LINKS } from '../support/older-files';
import { createTestWorkbook, openTestSession, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
let reopened: ReturnType<typeof openTestSession> | undefined;
afterEach(() => {
  reopened?.close();
  reopened = undefined;
  wb?.close();
});

async function refusal(input: unknown): Promise<string> {
  const result = await wb.raw('status.rules.update', input);
  if (result.ok) throw new Error('expected a refusal');
  return result.error.message;
}

/** Spends 7 % over the budget of initiative 3's own line (Forløb: 300.000 kr. in 2019 and in 2020). */
async function overspendSevenPercent(): Promise<number> {
  const budget = await wb.call('budget.get', {});
  const initiative = (await wb.call('initiatives.list', {})).find((i) => i.number === 3)!;
  const group = budget.data.groups.find((g) => g.initiativeIds.length === 1 && g.initiativeIds[0] === initiative.id)!;
  const line = group.lines[0]!;
  expect([line.amounts[2019]?.budget, line.amounts[2020]?.budget]).toEqual([300_000, 300_000]);
  await wb.call('budget.amounts.set', { cells: [{ lineId: line.id, year: 2020, measure: 'actual', value: 642_000 }] });
  return initiative.id;
}

describe('the rules for traffic lights', () => {
  it('a new workbook has the state’s default rules', async () => {
    wb = createTestWorkbook();
    expect(await wb.call('status.rules.get', {})).toEqual(DEFAULT_STATUS_RULES);
  });

  it('the chair changes a threshold; the lights follow, the change log names it, and Ctrl+Z takes it back', async () => {
    wb = createTestWorkbook();
    const initiativeId = await overspendSevenPercent();
    const lightOf = async () => (await wb.call('status.lights', { asOf: '2021-03-01' })).initiatives.find((i) => i.initiativeId === initiativeId)!.lights.økonomi;
    expect((await lightOf()).colour).toBe('gul');

    expect(await wb.call('status.rules.update', { patch: { economyRedPercent: 5 }, seen: { economyRedPercent: 10 } })).toEqual({ ...DEFAULT_STATUS_RULES, economyRedPercent: 5 });
    const red = await lightOf();
    expect(red.colour).toBe('rød');
    expect(red.reason).toContain('(7 %; over 5 %)');
    expect((await wb.call('status.lights', { asOf: '2021-03-01' })).rules.economyRedPercent).toBe(5);

    const [latest] = await wb.call('workbook.changeLog', {});
    expect(latest!.description).toBe('Ret reglerne for trafiklys: grænsen for rød økonomi');
    expect(latest!.sheets).toEqual(['program']);
    expect(latest!.changes[0]!.summary).toContain('10 → 5');

    await wb.call('workbook.undo', {});
    expect(await wb.call('status.rules.get', {})).toEqual(DEFAULT_STATUS_RULES);
    expect((await lightOf()).colour).toBe('gul');
    await wb.call('workbook.redo', {});
    expect((await wb.call('status.rules.get', {})).economyRedPercent).toBe(5);
  });

  it('refuses in Danish what is not a threshold, and yellow above red', async () => {
    wb = createTestWorkbook();
    expect(await refusal({ patch: { economyRedPercent: -1 } })).toContain('Grænsen for rød økonomi (%) må ikke være negativ');
    expect(await refusal({ patch: { timeRedMonths: 1.5 } })).toContain('Grænsen for rød tid (måneder) skal være et helt tal');
    expect(await refusal({ patch: { timeYellowMonths: 'to' } })).toContain('Grænsen for gul tid (måneder) skal være et tal');
    expect(await refusal({ patch: {} })).toContain('Der er intet at ændre i reglerne for trafiklys');
    expect(await refusal({ patch: { economyYellowPercent: 12 } })).toBe('Grænsen for gul økonomi kan ikke ligge over grænsen for rød');
    expect(await refusal({ patch: { timeRedMonths: 0 } })).toBe('Grænsen for gul tid kan ikke ligge over grænsen for rød');
    expect(await wb.call('status.rules.get', {})).toEqual(DEFAULT_STATUS_RULES);
  });

  it('lets only the chair change them; everyone reads them and the lights', async () => {
    wb = createTestWorkbook();
    for (const role of ['Social innovator', 'Direktør', 'Medlem', 'Sekretariat'] as const) {
      wb.session.settings.setUser({ name: 'Sara Khalil', role });
      expect(await refusal({ patch: { economyRedPercent: 20 } })).toBe(roleRefusal(role));
      expect(await wb.call('status.rules.get', {})).toEqual(DEFAULT_STATUS_RULES);
      expect((await wb.call('status.lights', {})).initiatives.length).toBeGreaterThan(0);
    }
  });

  it('refuses a change over someone else’s when the person saw an older value', async () => {
    wb = createTestWorkbook();
    wb.session.settings.setUser({ name: 'Lene Bach Andersen', role: 'Formand' });
    await wb.call('status.rules.update', { patch: { timeRedMonths: 6 } });
    wb.session.settings.setUser({ name: 'Test Bruger', role: 'Formand' });
    const result = await wb.raw('status.rules.update', { patch: { timeRedMonths: 4 }, seen: { timeRedMonths: 3 } });
    expect(result.ok).toBe(false);
    expect((await wb.call('status.rules.get', {})).timeRedMonths).toBe(6);
  });
});

describe('migration 013', () => {
  it('gives a version 12 workbook the default rules, which the chair can then change', async () => {
    wb = createTestWorkbook();
    wb.session.close();
    const old = new Database(wb.path);
    old.exec(DROP_GOAL_LINKS);
    old.exec(DROP_FORECAST);
    old.exec('DROP TABLE status_rules');
    old.pragma('user_version = 12');
    old.close();

    reopened = openTestSession(wb.dir);
    reopened.session.open(wb.path);
    expect(fs.readdirSync(wb.dir).some((name) => name.startsWith('test (før opgradering fra v12'))).toBe(true);
    expect(await reopened.call('status.rules.get', {})).toEqual(DEFAULT_STATUS_RULES);
    expect((await reopened.call('status.rules.update', { patch: { timeYellowMonths: 2 } })).timeYellowMonths).toBe(2);
  });
});
