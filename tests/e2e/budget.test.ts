import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cell, DRIFT, ETABLERING, grand, LØN, openBudget, pasteBlock, storedAmounts, text } from './budget-page';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function typeInto(page: Page, lineId: number, colId: string, value: string) {
  await cell(page, lineId, colId).dblclick();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(value);
  await page.keyboard.press('Enter');
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
      ['-5000', 'Løn, 2020 budget: Budgettet kan ikke være negativt ("-5000") – negative rettelser skrives i forbruget'],
      ['150.000.000', 'Løn, 2020 budget: Beløbet 150.000.000 kr. er over grænsen på 100 mio. kr.'],
    ];
    for (const [typed, message] of cases) {
      await typeInto(page, LØN, 'y2020-budget', typed);
      await expect.poll(() => page.getByRole('alert').last().textContent()).toContain(message);
      // What was typed stays in the cell, marked, until it is mended or Escape puts back the stored amount.
      expect(await text(page, LØN, 'y2020-budget')).toBe(typed);
      expect(await cell(page, LØN, 'y2020-budget').evaluate((e) => e.classList.contains('cell-refused'))).toBe(true);
      await cell(page, LØN, 'y2020-budget').click();
      await page.keyboard.press('Escape');
      await expect.poll(() => text(page, LØN, 'y2020-budget')).toBe('575.000');
      expect(await cell(page, LØN, 'y2020-budget').evaluate((e) => e.classList.contains('cell-refused'))).toBe(false);
    }
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('pastes a 3×2 block onto Budget and Forbrug 2019 as one change that one Ctrl+Z reverts', async () => {
    harness = await startHarness();
    await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openBudget(harness);
    const before = storedAmounts(harness);
    const block = ['100.000\t1.000', '20.000\t', '6 250\t31.000,00'].join('\r\n') + '\r\n';
    await pasteBlock(page, LØN, 'y2019-budget', block);

    // Budget 2019 and Forbrug 2019 – the two columns the user sees side by side – on Løn, Etablering and Drift.
    await expect.poll(() => text(page, LØN, 'y2019-budget')).toBe('100.000');
    expect(await text(page, LØN, 'y2019-actual')).toBe('1.000');
    expect(await text(page, ETABLERING, 'y2019-budget')).toBe('20.000');
    expect(await text(page, ETABLERING, 'y2019-actual')).toBe('');
    expect(await text(page, DRIFT, 'y2019-actual')).toBe('31.000');
    expect(await text(page, DRIFT, 'y2019-difference')).toBe('-24.750');
    expect(await grand(page, 'y2019-budget').textContent()).toBe('433.750');
    await expect.poll(() => page.getByRole('status').textContent()).toContain(
      '6 celler sat ind: "Løn" til "Driftudgifter, herunder telefon, uddannelse mv." (3 linjer), Budget 2019 og Forbrug 2019 – fortryd med Ctrl+Z',
    );
    const sets = harness.session.current!.db.prepare("SELECT description FROM change_set WHERE kind = 'edit' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(sets).toBe('Indsæt 6 beløb på 3 budgetlinjer');

    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page, LØN, 'y2019-budget')).toBe('143.750');
    expect(await text(page, DRIFT, 'y2019-actual')).toBe('');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.510.000');
    expect(storedAmounts(harness)).toEqual(before);
  });

  it('refuses a pasted block with a bad cell whole, naming the cell, and changes nothing', async () => {
    harness = await startHarness();
    await harness.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openBudget(harness);
    const before = storedAmounts(harness);
    const changeSets = harness.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get();
    await pasteBlock(page, LØN, 'y2019-budget', '1\t2\n4\tfem\n');
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain(
      'Intet er sat ind: cellen i blokkens række 2, kolonne 2 ("Etableringsomkostninger", Forbrug 2019) kan ikke bruges. "fem" er ikke et beløb',
    );
    expect(await text(page, LØN, 'y2019-budget')).toBe('143.750');
    expect(storedAmounts(harness)).toEqual(before);
    expect(harness.session.current!.db.prepare('SELECT COUNT(*) FROM change_set').pluck().get()).toBe(changeSets);

    // A block taller than the group's lines below the selected cell would cover the group's sum: refused too.
    await pasteBlock(page, DRIFT, 'y2019-budget', '1\n2\n3\n4\n');
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain(
      'blokken er 4 rækker høj og 1 kolonne bred og ville dække rækken "I alt – Indsats 1 og 2 – social innovator", som er en sum',
    );
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
    // The cell shows the typed name at once, while the workbook stores it: wait for the file.
    await expect.poll(names).toEqual(['Løn', 'Husleje', 'Etableringsomkostninger', 'Driftudgifter, herunder telefon, uddannelse mv.', 'Aktivitetsudgifter']);

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
