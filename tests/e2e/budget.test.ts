import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

// Line ids of the default workbook, in seed order.
const LØN = 1;
const ETABLERING = 2;
const DRIFT = 3;

const cell = (page: Page, lineId: number, colId: string) => page.locator(`.ag-row[row-id="line-${lineId}"] .ag-cell[col-id="${colId}"]`);
const grand = (page: Page, colId: string) => page.locator(`.ag-row[row-id="grand"] .ag-cell[col-id="${colId}"]`);
const text = async (page: Page, lineId: number, colId: string) => (await cell(page, lineId, colId).textContent())?.trim();

async function openBudget(h: Harness): Promise<Page> {
  await h.page.getByRole('tab', { name: 'Økonomi' }).click();
  await expect.poll(() => grand(h.page, 'total-budget').textContent()).toBe('2.510.000');
  return h.page;
}

function storedAmounts(h: Harness) {
  return h.session.current!.db.prepare('SELECT line_id, year, budget, actual_ore FROM budget_amount ORDER BY line_id, year').all();
}

async function typeInto(page: Page, lineId: number, colId: string, value: string) {
  await cell(page, lineId, colId).dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
}

/** Puts tab-separated text on the clipboard as Excel does and presses Ctrl+V on the selected cell. */
async function pasteBlock(page: Page, lineId: number, colId: string, tsv: string) {
  await cell(page, lineId, colId).click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), tsv);
  await page.keyboard.press('Control+v');
}

describe('the Økonomi sheet in Chromium, on a real workbook', () => {
  it('shows the programme document\'s budget with computed subtotals and totals', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    expect(await text(page, LØN, 'y2019-budget')).toBe('143.750');
    expect(await text(page, LØN, 'total-budget')).toBe('1.725.000');
    expect((await page.locator('.ag-row[row-id="subtotal-1"] .ag-cell[col-id="total-budget"]').textContent())?.trim()).toBe('1.910.000');
    expect((await page.locator('.ag-row[row-id="subtotal-2"] .ag-cell[col-id="total-budget"]').textContent())?.trim()).toBe('600.000');
    expect(await grand(page, 'y2019-budget').textContent()).toBe('477.500');
    expect(await grand(page, 'y2020-budget').textContent()).toBe('930.000');
    expect(await grand(page, 'y2021-budget').textContent()).toBe('630.000');
    expect(await grand(page, 'y2022-budget').textContent()).toBe('472.500');
    await expect.poll(() => page.getByRole('region', { name: 'Kontrol af budgettet' }).textContent()).toContain('Lønbudgettet passer med ansættelserne');
  });

  it('edits a cell: totals change at once and the amount is still there after a reload', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    await typeInto(page, LØN, 'y2020-budget', '600.000');
    await expect.poll(() => grand(page, 'y2020-budget').textContent()).toBe('955.000');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.535.000');
    expect(await text(page, LØN, 'total-budget')).toBe('1.750.000');

    // Spending above budget colours the difference red.
    await typeInto(page, ETABLERING, 'y2019-actual', '1 725 000');
    await expect.poll(() => text(page, ETABLERING, 'y2019-difference')).toBe('-1.705.000');
    expect(await cell(page, ETABLERING, 'y2019-difference').getAttribute('class')).toContain('amount-negative');

    await harness.reload();
    await page.getByRole('tab', { name: 'Økonomi' }).click();
    await expect.poll(() => text(page, LØN, 'y2020-budget')).toBe('600.000');
    expect(await text(page, ETABLERING, 'y2019-actual')).toBe('1.725.000');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.535.000');
    // The salary check now flags 2020, in the cell and in the Kontrol card.
    await expect.poll(() => cell(page, LØN, 'y2020-budget').getAttribute('class')).toContain('amount-warning');
    expect(await page.getByRole('region', { name: 'Kontrol af budgettet' }).textContent()).toContain('budgettet for 2020 er 600.000 kr., men ansættelsen');
  });

  it('refuses text, a negative amount and more than 100 mio. in the cell, in Danish, storing nothing', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    const before = storedAmounts(harness);
    const cases: Array<[string, string]> = [
      ['mange penge', 'Løn, 2020 budget: "mange penge" er ikke et beløb'],
      ['-5000', 'Løn, 2020 budget: Beløbet må ikke være negativt ("-5000")'],
      ['150.000.000', 'Løn, 2020 budget: Beløbet 150.000.000 kr. er over grænsen på 100 mio. kr.'],
    ];
    for (const [typed, message] of cases) {
      await typeInto(page, LØN, 'y2020-budget', typed);
      await expect.poll(() => page.getByRole('alert').last().textContent()).toContain(message);
      expect(await text(page, LØN, 'y2020-budget')).toBe('575.000');
    }
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('pastes a 3×4 block from the selected cell as one change that one Ctrl+Z reverts', async () => {
    harness = await startHarness();
    await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openBudget(harness);
    const before = storedAmounts(harness);
    const block = ['100.000\t1.000\t200.000\t2.000', '20.000\t\t0\t500', '6 250\t6.000\t25000\t31.000,00'].join('\r\n') + '\r\n';
    await pasteBlock(page, LØN, 'y2019-budget', block);

    // Budget 2019, Forbrug 2019, Budget 2020, Forbrug 2020 on Løn, Etablering and Drift.
    await expect.poll(() => text(page, LØN, 'y2019-budget')).toBe('100.000');
    expect(await text(page, LØN, 'y2019-actual')).toBe('1.000');
    expect(await text(page, LØN, 'y2020-budget')).toBe('200.000');
    expect(await text(page, LØN, 'y2020-actual')).toBe('2.000');
    expect(await text(page, ETABLERING, 'y2019-actual')).toBe('');
    expect(await text(page, ETABLERING, 'y2020-actual')).toBe('500');
    expect(await text(page, DRIFT, 'y2020-actual')).toBe('31.000');
    expect(await text(page, DRIFT, 'y2020-difference')).toBe('-6.000');
    expect(await grand(page, 'y2019-budget').textContent()).toBe('433.750');
    await expect.poll(() => page.getByRole('status').textContent()).toContain('12 celler sat ind');
    const sets = harness.session.current!.db.prepare("SELECT description FROM change_set WHERE kind = 'edit' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(sets).toBe('Indsæt 12 beløb på 3 budgetlinjer');

    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, LØN, 'y2019-budget')).toBe('143.750');
    expect(await text(page, DRIFT, 'y2020-actual')).toBe('');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.510.000');
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('refuses a pasted block with a bad cell whole, naming the cell, and changes nothing', async () => {
    harness = await startHarness();
    await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openBudget(harness);
    const before = storedAmounts(harness);
    const changeSets = harness.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get();
    await pasteBlock(page, LØN, 'y2019-budget', '1\t2\t3\n4\tfem\t6\n');
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain(
      'Intet er sat ind: cellen i blokkens række 2, kolonne 2 ("Etableringsomkostninger", 2019 Forbrug) kan ikke bruges. "fem" er ikke et beløb',
    );
    expect(await text(page, LØN, 'y2019-budget')).toBe('143.750');
    expect(storedAmounts(harness)).toEqual(before);
    expect(harness.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get()).toBe(changeSets);

    // A block taller than the lines below the selected cell is refused too.
    await pasteBlock(page, DRIFT, 'y2019-budget', '1\n2\n3\n4\n');
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain('Blokken har 4 rækker, men der er kun 3 linjer');
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('adds, renames, moves and removes a line; removing a line with amounts asks first', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    const label = (rowKey: string) => page.locator(`.ag-row[row-id="${rowKey}"] .ag-cell[col-id="label"]`);

    await label(`line-${LØN}`).click();
    await page.getByRole('button', { name: '+ Ny linje' }).click();
    const added = page.locator('.ag-row[row-id="line-6"] .ag-cell[col-id="label"]');
    await expect.poll(() => added.textContent()).toBe('Ny linje');
    await added.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Husleje');
    await page.keyboard.press('Enter');
    await expect.poll(() => added.textContent()).toBe('Husleje');
    const names = () => harness.session.current!.db.prepare('SELECT cost_type FROM budget_line WHERE group_id = 1 ORDER BY position').pluck().all();
    expect(names()).toEqual(['Løn', 'Husleje', 'Etableringsomkostninger', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']);

    await added.click();
    await page.getByRole('button', { name: 'Flyt linje ned' }).click();
    await expect.poll(names).toEqual(['Løn', 'Etableringsomkostninger', 'Husleje', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']);

    // An empty line goes without a question.
    await added.click();
    await page.getByRole('button', { name: 'Slet linje' }).click();
    await expect.poll(names).toEqual(['Løn', 'Etableringsomkostninger', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']);

    // A line with amounts asks; cancelling keeps it.
    await label(`line-${ETABLERING}`).click();
    await page.getByRole('button', { name: 'Slet linje' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toContain('har beløb på i alt 20.000 kr. i budget');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    expect(names()).toHaveLength(4);
    await label(`line-${ETABLERING}`).click();
    await page.getByRole('button', { name: 'Slet linje' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Slet linjen' }).click();
    await expect.poll(() => grand(page, 'total-budget').textContent()).toBe('2.490.000');
  });

  it('shows a year outside the programme period as such, in the header and in the check', async () => {
    harness = await startHarness();
    const result = await harness.dispatch('budget.amounts.set', { cells: [{ lineId: LØN, year: 2024, measure: 'actual', value: 12_000 }] });
    expect(result.ok).toBe(true);
    const page = await openBudget(harness);
    await expect.poll(() => page.locator('.ag-header-group-cell.year-outside').textContent()).toContain('2024 · uden for perioden');
    expect(await text(page, LØN, 'y2024-actual')).toBe('12.000');
    expect(await page.getByRole('region', { name: 'Kontrol af budgettet' }).textContent()).toContain(
      'Der står beløb for 2024, som ligger uden for programperioden 2019 K2 – 2022 K4',
    );
  });

  it('exports the sheet to Excel through the save dialog', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    const target = path.join(harness.dir, 'Økonomi eksport.xlsx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Eksportér til Excel' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain(`Økonomien er gemt som Excel-fil: ${target}`);
    expect(fs.statSync(target).size).toBeGreaterThan(5_000);
  });
});
