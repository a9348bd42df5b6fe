import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { computeBudgetTotals } from '../../shared/budget-totals';
import { initialSchema } from '../../electron/workbook/migrations/001-initial';
import { initiativeNumbersInTitle } from '../../electron/workbook/migrations/002-budget';
import { WORKBOOK_APPLICATION_ID } from '../../electron/workbook/file-format';
import { createTestWorkbook, openTestSession, tempDir, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function sheet(w: TestWorkbook) {
  const s = await w.call('budget.get', {});
  const [innovator, parents] = s.data.groups;
  const byName = (name: string) => s.data.groups.flatMap((g) => g.lines).find((l) => l.costType === name)!;
  return { ...s, innovator: innovator!, parents: parents!, byName, totals: computeBudgetTotals(s.data) };
}

/** Everything stored about the budget, to prove that a refusal changed nothing. */
function budgetSnapshot(w: TestWorkbook) {
  const db = w.session.current!.db;
  return ['budget_group', 'budget_line', 'budget_amount', 'budget_employment', 'budget_group_initiative', 'change_set']
    .map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY id`).all());
}

describe('editing amounts', () => {
  it('stores a typed amount, totals follow, and undo puts it back', async () => {
    wb = createTestWorkbook();
    const before = await sheet(wb);
    const salary = before.byName('Løn');
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2020, measure: 'budget', value: 600_000 }] });
    const after = await sheet(wb);
    expect(after.totals.grand.byYear[2020]!.budget).toBe(955_000);
    expect(after.totals.grand.total.budget).toBe(2_535_000);
    const state = await wb.call('app.state', {});
    expect(state.undo.undoLabel).toBe('Ret budget 2020 for "Løn" (Indsats 1 og 2 – social innovator) til 600.000 kr.');
    await wb.call('workbook.undo', {});
    expect((await sheet(wb)).totals.grand.total.budget).toBe(2_510_000);
  });

  it('stores spending in a year and removes a year row once both figures are cleared', async () => {
    wb = createTestWorkbook();
    const { byName } = await sheet(wb);
    const forløb = byName('Forløb');
    await wb.call('budget.amounts.set', { cells: [{ lineId: forløb.id, year: 2021, measure: 'actual', value: 12_500 }] });
    let s = await sheet(wb);
    expect(s.byName('Forløb').amounts[2021]).toEqual({ budget: null, actual: 12_500, committed: null, forecast: null, note: '' });
    expect(s.totals.grand.byYear[2021]).toEqual({ budget: 630_000, actual: 12_500, committed: 0, forecast: 12_500, difference: 617_500 });
    await wb.call('budget.amounts.set', { cells: [{ lineId: forløb.id, year: 2021, measure: 'actual', value: null }] });
    s = await sheet(wb);
    expect(s.byName('Forløb').amounts[2021]).toBeUndefined();
  });

  it.each([
    [-5, 'Budgettet må ikke være negativt'],
    [100_000_001, 'Beløbet må højst være 100 mio. kroner'],
    [1.5, 'Budgettet skal være i hele kroner'],
    ['1.725.000', 'Beløbet skal være et tal i kroner'],
  ])('refuses %s as a budget with a Danish message and stores nothing', async (value, message) => {
    wb = createTestWorkbook();
    const { byName } = await sheet(wb);
    const before = budgetSnapshot(wb);
    const result = await wb.raw('budget.amounts.set', { cells: [{ lineId: byName('Løn').id, year: 2020, measure: 'budget', value }] });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message } });
    expect(budgetSnapshot(wb)).toEqual(before);
  });

  it('refuses a year outside 2000–2100 and an unknown measure', async () => {
    wb = createTestWorkbook();
    const { byName } = await sheet(wb);
    const lineId = byName('Løn').id;
    expect(await wb.raw('budget.amounts.set', { cells: [{ lineId, year: 1899, measure: 'budget', value: 1 }] })).toMatchObject({ ok: false, error: { message: 'År skal ligge mellem 1990 og 2100' } });
    expect(await wb.raw('budget.amounts.set', { cells: [{ lineId, year: 2020, measure: 'difference', value: 1 }] })).toMatchObject({ ok: false, error: { message: 'Feltet skal være budget, forbrug, disponeret eller prognose' } });
  });
});

describe('pasting a block', () => {
  it('stores a 3×4 block as one change that one undo reverts', async () => {
    wb = createTestWorkbook();
    const s = await sheet(wb);
    const lines = s.innovator.lines.slice(0, 3);
    const cells = lines.flatMap((line, r) => [2019, 2020].flatMap((year, c) => [
      { lineId: line.id, year, measure: 'budget' as const, value: 1_000 * (r + 1) + c },
      { lineId: line.id, year, measure: 'actual' as const, value: 500 * (r + 1) + c },
    ]));
    expect(cells).toHaveLength(12);
    const setsBefore = wb.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;
    const before = budgetSnapshot(wb);
    expect(await wb.call('budget.amounts.set', { cells, source: 'paste' })).toEqual({ changed: 12 });
    expect(wb.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get()).toBe(setsBefore + 1);
    const state = await wb.call('app.state', {});
    expect(state.undo.undoLabel).toBe('Indsæt 12 beløb på 3 budgetlinjer');
    const pasted = await sheet(wb);
    expect(pasted.byName('Etableringsomkostninger').amounts[2020]).toEqual({ budget: 2_001, actual: 1_001, committed: null, forecast: null, note: '' });

    await wb.call('workbook.undo', {});
    const [groups, lines2, amounts] = budgetSnapshot(wb);
    expect([groups, lines2, amounts]).toEqual(before.slice(0, 3));
  });

  it('refuses a block with one bad cell whole: nothing changes', async () => {
    wb = createTestWorkbook();
    const s = await sheet(wb);
    const before = budgetSnapshot(wb);
    const cells: unknown[] = s.innovator.lines.map((line) => ({ lineId: line.id, year: 2020, measure: 'budget', value: 1 }));
    cells.push({ lineId: s.byName('Forløb').id, year: 2020, measure: 'budget', value: -1 });
    expect(await wb.raw('budget.amounts.set', { cells, source: 'paste' })).toMatchObject({ ok: false, error: { message: 'Budgettet må ikke være negativt' } });
    expect(budgetSnapshot(wb)).toEqual(before);
  });

  it('refuses a block naming a line that no longer exists, or a cell twice, and changes nothing', async () => {
    wb = createTestWorkbook();
    const s = await sheet(wb);
    const before = budgetSnapshot(wb);
    const good = { lineId: s.byName('Løn').id, year: 2020, measure: 'budget', value: 1 };
    expect(await wb.raw('budget.amounts.set', { cells: [good, { ...good, lineId: 999 }] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await wb.raw('budget.amounts.set', { cells: [good, { ...good, value: 2 }] })).toMatchObject({ ok: false, error: { message: 'Det samme beløb (budget 2020) er angivet to gange' } });
    expect(budgetSnapshot(wb)).toEqual(before);
  });
});

describe('lines and groups', () => {
  it('adds a line after another, renames, moves and removes it, all undoable', async () => {
    wb = createTestWorkbook();
    let s = await sheet(wb);
    const salary = s.byName('Løn');
    const added = await wb.call('budget.lines.add', { groupId: s.innovator.id, costType: 'Husleje', afterLineId: salary.id });
    s = await sheet(wb);
    expect(s.innovator.lines.map((l) => l.costType)).toEqual(['Løn', 'Husleje', 'Etableringsomkostninger', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']);

    await wb.call('budget.lines.rename', { id: added.id, costType: '  Husleje og lokaler ' });
    await wb.call('budget.lines.move', { id: added.id, toPosition: 5 });
    s = await sheet(wb);
    expect(s.innovator.lines.map((l) => l.costType).at(-1)).toBe('Husleje og lokaler');
    expect(s.innovator.lines.map((l) => l.position)).toEqual([1, 2, 3, 4, 5]);

    await wb.call('budget.lines.move', { id: added.id, toPosition: 1, groupId: s.parents.id });
    s = await sheet(wb);
    expect(s.parents.lines.map((l) => l.costType)).toEqual(['Husleje og lokaler', 'Forløb']);
    expect(s.innovator.lines.map((l) => l.position)).toEqual([1, 2, 3, 4]);

    await wb.call('budget.amounts.set', { cells: [{ lineId: added.id, year: 2020, measure: 'budget', value: 50_000 }] });
    await wb.call('budget.lines.remove', { id: added.id });
    s = await sheet(wb);
    expect(s.totals.grand.total.budget).toBe(2_510_000);
    await wb.call('workbook.undo', {});
    s = await sheet(wb);
    expect(s.byName('Husleje og lokaler').amounts[2020]?.budget).toBe(50_000);
    expect(s.totals.grand.total.budget).toBe(2_560_000);
  });

  it('refuses an empty line name in Danish', async () => {
    wb = createTestWorkbook();
    const s = await sheet(wb);
    expect(await wb.raw('budget.lines.rename', { id: s.byName('Løn').id, costType: '   ' })).toEqual({
      ok: false, error: { code: 'invalid_input', message: 'Linjens navn må ikke være tomt' },
    });
  });

  it('links groups to their initiatives, names a new group after its initiative, and keeps the money when an initiative is deleted', async () => {
    wb = createTestWorkbook();
    let s = await sheet(wb);
    const numbersOf = (ids: number[]) => ids.map((id) => s.initiatives.find((i) => i.id === id)!.number);
    expect(numbersOf(s.innovator.initiativeIds)).toEqual([1, 2]);
    expect(numbersOf(s.parents.initiativeIds)).toEqual([3]);

    const fourth = await wb.call('initiatives.add', { title: 'Lektiecafé' });
    const group = await wb.call('budget.groups.add', { initiativeIds: [fourth.id] });
    expect(group.title).toBe('Indsats 4 – Lektiecafé');
    expect(group.lines.map((l) => l.costType)).toEqual(['Ny linje']);
    await wb.call('budget.amounts.set', { cells: [{ lineId: group.lines[0]!.id, year: 2021, measure: 'budget', value: 40_000 }] });

    await wb.call('budget.groups.move', { id: group.id, toPosition: 1 });
    s = await sheet(wb);
    expect(s.data.groups.map((g) => g.title)[0]).toBe('Indsats 4 – Lektiecafé');

    await wb.call('initiatives.remove', { id: fourth.id });
    s = await sheet(wb);
    const kept = s.data.groups.find((g) => g.id === group.id)!;
    expect(kept.initiativeIds).toEqual([]);
    expect(s.totals.groups[group.id]!.total.budget).toBe(40_000);
    await wb.call('workbook.undo', {});
    s = await sheet(wb);
    expect(s.data.groups.find((g) => g.id === group.id)!.initiativeIds).toEqual([fourth.id]);

    await wb.call('budget.groups.update', { id: group.id, patch: { title: 'Lektiecafé i Mørkhøj', initiativeIds: [] } });
    await wb.call('budget.groups.remove', { id: group.id });
    s = await sheet(wb);
    expect(s.data.groups.map((g) => g.position)).toEqual([1, 2]);
    expect(s.totals.grand.total.budget).toBe(2_510_000);
    expect(await wb.raw('budget.groups.add', { initiativeIds: [999] })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('employments', () => {
  it('adds, edits and removes an employment; refuses one that ends before it begins', async () => {
    wb = createTestWorkbook();
    const s = await sheet(wb);
    const line = s.byName('Aktivitetsudgifter');
    const e = await wb.call('budget.employments.add', { lineId: line.id, title: 'Studentermedhjælp', annualSalary: 40_000, startQuarter: '2020-K1', endQuarter: '2020-K4' });
    expect(e).toMatchObject({ lineId: line.id, annualSalary: 40_000, position: 1 });
    expect(await wb.raw('budget.employments.update', { id: e.id, patch: { endQuarter: '2019-K1' } })).toEqual({
      ok: false, error: { code: 'invalid_input', message: 'Ansættelsen kan ikke slutte, før den begynder' },
    });
    expect(await wb.raw('budget.employments.update', { id: e.id, patch: { startQuarter: '2020 K5' } })).toMatchObject({
      ok: false, error: { message: 'Ansat fra skal være et kvartal som 2019-K2' },
    });
    await wb.call('budget.employments.update', { id: e.id, patch: { annualSalary: 48_000 } });
    const { problems } = await wb.call('budget.get', {});
    expect(problems.map((p) => p.year)).toEqual([2019, 2020, 2021, 2022]);
    await wb.call('budget.employments.remove', { id: e.id });
    expect((await wb.call('budget.get', {})).problems).toEqual([]);
  });
});

describe('files made before the budget sheet existed', () => {
  it('are migrated with a backup, and their groups linked to the initiatives their titles name', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'gammel.arbejdsbog');
    const db = new Database(file);
    db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    initialSchema.up(db);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO program (id, title, period_start, period_end) VALUES (1, 'Gammel', '2019-K2', '2022-K4')").run();
    for (const n of [1, 2, 3]) db.prepare('INSERT INTO initiative (id, position, number, title) VALUES (?, ?, ?, ?)').run(n * 10, n, n, `Indsats ${n}`);
    db.prepare("INSERT INTO budget_group (id, position, title) VALUES (1, 1, 'Indsats 1 og 2 – social innovator'), (2, 2, 'Indsats 3 – Det gode forældresamarbejde'), (3, 3, 'Administration')").run();
    db.close();

    const session = openTestSession(dir);
    try {
      session.session.open(file);
      const s = await session.call('budget.get', {});
      expect(s.data.groups.map((g) => g.initiativeIds)).toEqual([[10, 20], [30], []]);
      expect(fs.readdirSync(dir).some((f) => f.startsWith('gammel (før opgradering fra v1'))).toBe(true);
    } finally {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads initiative numbers from group titles', () => {
    expect(initiativeNumbersInTitle('Indsats 1 og 2 – social innovator')).toEqual([1, 2]);
    expect(initiativeNumbersInTitle('Indsatser 1, 2 og 4: fælles')).toEqual([1, 2, 4]);
    expect(initiativeNumbersInTitle('indsats 3')).toEqual([3]);
    expect(initiativeNumbersInTitle('Administration')).toEqual([]);
  });
});
