// Økonomi updates the changed line, its group's subtotal and the totals from the change event,
// without reading the whole budget again and without disturbing a cell someone is typing in.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cell, ETABLERING, grand, LØN, openBudget, storedAmounts, text } from './budget-page';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const subtotal = (page: Page, groupId: number, colId: string) => page.locator(`.ag-row[row-id="subtotal-${groupId}"] .ag-cell[col-id="${colId}"]`);
const kroner = (shown: string | null | undefined) => Number((shown ?? '').trim().replace(/\./g, ''));

/** Counts the sheet's calls to budget.get from now on: an incremental update makes none. */
async function countBudgetReads(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { arbejdsbog: { invoke(c: string, i: unknown): Promise<unknown> }; budgetReads: number };
    const invoke = w.arbejdsbog.invoke.bind(w.arbejdsbog);
    w.budgetReads = 0;
    w.arbejdsbog.invoke = (channel, input) => {
      if (channel === 'budget.get') w.budgetReads++;
      return invoke(channel, input);
    };
  });
  return () => page.evaluate(() => (window as unknown as { budgetReads: number }).budgetReads);
}

function storedBudget(h: Harness, lineId: number, year: number): number | null | undefined {
  return storedAmounts(h).find((a) => a.line_id === lineId && a.year === year)?.budget;
}

describe('Økonomi updated from the change event', () => {
  it('a typed amount updates line, subtotal and totals on screen and in the file; Ctrl+Z puts them back', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    const reads = await countBudgetReads(page);

    await cell(page, LØN, 'y2020-budget').click();
    await page.keyboard.type('600000');
    await page.keyboard.press('Enter');
    await expect.poll(() => grand(page, 'y2020-budget').textContent()).toBe('955.000');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.535.000');
    expect(await text(page, LØN, 'total-budget')).toBe('1.750.000');
    expect((await subtotal(page, 1, 'total-budget').textContent())?.trim()).toBe('1.935.000');
    expect(await page.getByTestId('grand-budget').textContent()).toBe('2.535.000 kr.');
    expect(storedBudget(harness, LØN, 2020)).toBe(600_000);
    // The salary check follows the amount too.
    await expect.poll(() => cell(page, LØN, 'y2020-budget').getAttribute('class')).toContain('amount-warning');

    await page.keyboard.press('Control+z');
    await expect.poll(() => grand(page, 'y2020-budget').textContent()).toBe('930.000');
    expect(await text(page, LØN, 'y2020-budget')).toBe('575.000');
    expect(await grand(page, 'total-budget').textContent()).toBe('2.510.000');
    expect((await subtotal(page, 1, 'total-budget').textContent())?.trim()).toBe('1.910.000');
    expect(await page.getByTestId('grand-budget').textContent()).toBe('2.510.000 kr.');
    expect(storedBudget(harness, LØN, 2020)).toBe(575_000);
    await expect.poll(() => cell(page, LØN, 'y2020-budget').getAttribute('class')).not.toContain('amount-warning');

    // Neither the edit nor its undo read the budget again.
    expect(await reads()).toBe(0);
  });

  it('a change from elsewhere while a cell editor is open keeps the editor and every typed key', async () => {
    harness = await startHarness();
    const page = await openBudget(harness);
    const editor = page.locator(`.ag-row[row-id="line-${LØN}"] .ag-cell-inline-editing input`);
    const grandBefore = kroner(await grand(page, 'y2019-budget').textContent());
    const etableringBefore = kroner(await text(page, ETABLERING, 'y2019-budget'));

    await cell(page, LØN, 'y2021-budget').click();
    await page.keyboard.type('12');
    await expect.poll(() => editor.inputValue()).toBe('12');

    // Another line changes (its subtotal and the grand total with it) …
    const other = await harness.dispatch('budget.amounts.set', { cells: [{ lineId: ETABLERING, year: 2019, measure: 'budget', value: etableringBefore + 1000 }] });
    expect(other.ok).toBe(true);
    await expect.poll(() => grand(page, 'y2019-budget').textContent()).toBe((grandBefore + 1000).toLocaleString('da-DK').replace(/\s/g, '.'));
    // … and so does another year of the very line being typed in.
    const same = await harness.dispatch('budget.amounts.set', { cells: [{ lineId: LØN, year: 2022, measure: 'actual', value: 1234.5 }] });
    expect(same.ok).toBe(true);
    await expect.poll(() => page.getByTestId('grand-actual').textContent()).toContain('1.234,50');

    await expect(editor.count()).resolves.toBe(1);
    await page.keyboard.type('345');
    expect(await editor.inputValue()).toBe('12345');
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page, LØN, 'y2021-budget')).toBe('12.345');
    expect(storedBudget(harness, LØN, 2021)).toBe(12_345);
    // The news for the edited row is shown once its editor has closed.
    await expect.poll(() => text(page, LØN, 'y2022-actual')).toBe('1.234,50');
  });
});
