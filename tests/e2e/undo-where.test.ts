import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const LØN = 1;

function storedBudget(year: number): unknown {
  return harness.session.current!.db.prepare('SELECT budget FROM budget_amount WHERE line_id = ? AND year = ?').pluck().get(LØN, year);
}

function tab(page: Page, name: string) {
  return page.getByRole('tab', { name, exact: true });
}

describe('Fortryd and Gentag say what they did and where', () => {
  it('names the Økonomi change that Ctrl+Z on Møder undid, links to Økonomi, and does the same for Ctrl+Y', async () => {
    harness = await startHarness();
    const { page } = harness;
    await tab(page, 'Økonomi').click();
    const cell = page.locator(`.ag-row[row-id="line-${LØN}"] .ag-cell[col-id="y2021-budget"]`);
    await expect.poll(() => cell.textContent()).toBe('575.000');
    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('500000', { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => storedBudget(2021)).toBe(500_000);
    const description = harness.session.current!.db.prepare('SELECT description FROM change_set ORDER BY id DESC LIMIT 1').pluck().get() as string;
    expect(description).toBe('Ret budget 2021 for "Løn" (Indsats 1 og 2 – social innovator) til 500.000 kr.');

    await tab(page, 'Møder').click();
    await page.getByRole('button', { name: '+ Nyt møde' }).waitFor();
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedBudget(2021)).toBe(575_000);
    const undone = page.locator('.notice', { hasText: 'Fortrudt:' });
    await expect.poll(() => undone.textContent()).toContain(`Fortrudt: ${description} (Økonomi)`);
    await page.screenshot({ path: screenshotPath('arbejdsbogen-fortrudt.png') });
    await undone.getByRole('button', { name: 'Gå til Økonomi' }).click();
    await expect.poll(() => tab(page, 'Økonomi').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => cell.textContent()).toBe('575.000');
    expect(await undone.count()).toBe(0);

    // Redone from the Økonomi sheet itself: named, but no button to where the user already is.
    await page.keyboard.press('Control+y');
    await expect.poll(() => storedBudget(2021)).toBe(500_000);
    const redone = page.locator('.notice', { hasText: 'Gentaget:' });
    await expect.poll(() => redone.textContent()).toContain(`Gentaget: ${description} (Økonomi)`);
    expect(await redone.getByRole('button', { name: /^Gå til/ }).count()).toBe(0);
  });

  it('names every sheet a change touched, with a button for each', async () => {
    harness = await startHarness();
    const { page } = harness;
    // Removing an initiative also removes its plan phases and its budget groups' links to it.
    await harness.dispatch('initiatives.remove', { id: 3 });
    await tab(page, 'Rapporter').click();
    await page.getByRole('button', { name: '↶ Fortryd' }).click();
    const undone = page.locator('.notice', { hasText: 'Fortrudt:' });
    await expect.poll(() => undone.textContent()).toMatch(/^Fortrudt: Slet indsats 3.* \(Indsatser, Plan, Økonomi\)/);
    expect(await undone.getByRole('button').allTextContents()).toEqual(['Gå til Indsatser', 'Gå til Plan', 'Gå til Økonomi', '×']);
    await undone.getByRole('button', { name: 'Gå til Plan' }).click();
    await expect.poll(() => tab(page, 'Plan').getAttribute('aria-selected')).toBe('true');
  });
});
