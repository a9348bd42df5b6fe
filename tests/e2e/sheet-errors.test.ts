// A damaged value must never brick the window: a typo in a year is refused, and a sheet that
// cannot be drawn says so in Danish while the tabs, Ctrl+Z and the menu go on working.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function tab(page: Page, name: string) {
  return page.getByRole('tab', { name, exact: true });
}

function storedProgram(column: string): unknown {
  return harness.session.current!.db.prepare(`SELECT ${column} FROM program`).pluck().get();
}

/** Makes the page's bridge hand the Plan sheet a phase whose quarter no reader would pass on. */
async function damagePlanAnswers(page: Page, damaged: boolean): Promise<void> {
  await page.evaluate((on) => {
    type Bridge = { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: { phases?: Array<Record<string, unknown>> } }> };
    const w = window as unknown as { arbejdsbog: Bridge; __realInvoke?: Bridge['invoke'] };
    w.__realInvoke ??= w.arbejdsbog.invoke;
    const real = w.__realInvoke;
    w.arbejdsbog.invoke = async (channel, input) => {
      const answer = await real(channel, input);
      if (on && channel === 'plan.get' && answer.ok && answer.value?.phases?.[0]) answer.value.phases[0].startQuarter = '2019-K9';
      return answer;
    };
  }, damaged);
}

function emitMenu(page: Page, command: string) {
  return page.evaluate((c) => (window as unknown as { __arbejdsbogEmit(e: string, p: unknown): void }).__arbejdsbogEmit('menu.command', { command: c }), command);
}

describe('a damaged value does not brick the window', () => {
  it('refuses the year 0219 in Periode fra in Danish, and every sheet still shows', async () => {
    harness = await startHarness();
    const { page } = harness;
    const input = page.getByLabel('Periode fra (kvartal)');
    await input.fill('0219-K2');
    await input.press('Tab');
    await expect.poll(() => page.locator('.notice').allTextContents()).toContainEqual(expect.stringContaining('Periode fra (kvartal) skal ligge mellem 1990 og 2100'));
    expect(storedProgram('period_start')).toBe('2019-K2');
    for (const name of ['Plan', 'Økonomi', 'Rapporter', 'Program']) {
      await tab(page, name).click();
      await expect.poll(() => page.locator('main.sheet').textContent()).not.toBe('');
      expect(await page.locator('.sheet-failed').count()).toBe(0);
    }
  });

  it('shows a sheet that cannot be drawn as a Danish message; other tabs, Ctrl+Z and the menu still work', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('heading', { name: 'Stamdata' }).waitFor();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await harness.dispatch('program.update', { patch: { title: 'Rettet titel' } });
    await damagePlanAnswers(page, true);

    await tab(page, 'Plan').click();
    const failed = page.locator('.sheet-failed');
    await expect.poll(() => failed.textContent()).toContain('Arket kunne ikke vises');
    expect(await failed.getAttribute('role')).toBe('alert');
    // The rest of the window lives on: tabs, header and the other sheets.
    await expect.poll(() => page.getByRole('button', { name: '↶ Fortryd' }).count()).toBe(1);
    await tab(page, 'Økonomi').click();
    await expect.poll(() => page.locator('.ag-row').count()).toBeGreaterThan(0);

    // Ctrl+Z from the broken sheet undoes the last change.
    await tab(page, 'Plan').click();
    await expect.poll(() => failed.count()).toBe(1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedProgram('title')).not.toBe('Rettet titel');
    // The menu's Gentag and Gendan fra sikkerhedskopi… still reach the page.
    await emitMenu(page, 'redo');
    await expect.poll(() => storedProgram('title')).toBe('Rettet titel');
    await emitMenu(page, 'restoreBackup');
    const dialog = page.getByRole('dialog', { name: 'Gendan fra sikkerhedskopi' });
    await dialog.getByRole('button', { name: 'Tag en kopi nu' }).click();
    await dialog.getByRole('option').first().waitFor();
    await harness.dispatch('program.update', { patch: { title: 'Efter kopien' } });
    await dialog.getByRole('option').first().click();
    await dialog.getByRole('button', { name: 'Gendan…' }).click();
    await page.getByRole('button', { name: 'Gendan', exact: true }).click();
    await expect.poll(() => storedProgram('title')).not.toBe('Efter kopien');
    await expect.poll(() => dialog.count()).toBe(0);

    // Once the damage is gone, "Prøv igen" draws the sheet again.
    await expect.poll(() => failed.count()).toBe(1);
    await damagePlanAnswers(page, false);
    await page.getByRole('button', { name: 'Prøv igen' }).click();
    await expect.poll(() => failed.count()).toBe(0);
    await expect.poll(() => page.locator('main.sheet').textContent()).toContain('K1');
    expect(errors).toEqual([]);
  });
});
