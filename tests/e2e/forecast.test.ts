// Forecast and commitments in Økonomi (issue 16), typed as a person does: Disponeret and Prognose
// with Tab at human speed, the afvigelsesforklaring the expected overrun asks for, and a cleared
// prognose returning to its default (forbrug + disponeret). What was stored is read from the file.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cell, LØN, openBudget, text } from './budget-page';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function stored(h: Harness, lineId: number, year: number) {
  return h.session.current!.db
    .prepare('SELECT budget, actual_ore, committed_ore, forecast_ore, deviation_note FROM budget_amount WHERE line_id = ? AND year = ?')
    .get(lineId, year) as Record<string, number | string | null>;
}

const classOf = async (page: Page, colId: string) => (await cell(page, LØN, colId).getAttribute('class')) ?? '';

describe('Disponeret, Prognose and the afvigelsesforklaring in Økonomi', () => {
  it('stores typed disponeret and prognose as øre, asks for an explanation over budget, and a cleared prognose is forbrug + disponeret again', async () => {
    harness = await startHarness({ viewport: { width: 1280, height: 720 } });
    const page = await openBudget(harness);

    // Forbrug, then Tab to Disponeret and Prognose – the cells the default view shows side by side.
    await cell(page, LØN, 'y2019-actual').dblclick();
    await page.keyboard.type('100.000', { delay: 80 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('12.345,67', { delay: 80 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('160.000,50', { delay: 80 });
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(harness, LØN, 2019)).toMatchObject({ budget: 143_750, actual_ore: 10_000_000, committed_ore: 1_234_567, forecast_ore: 16_000_050 });
    // Difference = budget − prognose, and the prognose over the budget is marked until explained.
    await expect.poll(() => text(page, LØN, 'y2019-difference')).toBe('-16.250,50');
    await expect.poll(() => classOf(page, 'y2019-forecast')).toContain('deviation-missing');
    await page.screenshot({ path: screenshotPath('forecast-1280.png') });
    // Under the grid the overrun asks for its explanation, marked as missing.
    const card = page.getByRole('region', { name: 'Afvigelsesforklaringer' });
    await expect.poll(() => card.textContent()).toContain('16.250,50 (11,3 %)');
    expect(await card.textContent()).toContain('⚠ Mangler');
    await card.screenshot({ path: screenshotPath('forecast-1280-card.png') });

    const explanation = page.getByRole('textbox', { name: 'Afvigelsesforklaring 2019 for Løn' });
    await explanation.click();
    await page.keyboard.type('Overlap ved ansættelse', { delay: 80 });
    await page.keyboard.press('Tab');
    await expect.poll(() => stored(harness, LØN, 2019).deviation_note).toBe('Overlap ved ansættelse');
    await expect.poll(() => classOf(page, 'y2019-forecast')).toContain('deviation-explained');

    // Clearing the prognose stores nothing there: it is forbrug + disponeret again, shown as computed.
    await cell(page, LØN, 'y2019-forecast').dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => stored(harness, LØN, 2019).forecast_ore).toBeNull();
    await expect.poll(() => text(page, LØN, 'y2019-forecast')).toBe('112.345,67');
    expect(await classOf(page, 'y2019-forecast')).toContain('amount-default');
    expect(await text(page, LØN, 'y2019-difference')).toBe('31.404,33');
    // Within the budget again: no explanation asked for any more (the one written stays stored).
    expect(await classOf(page, 'y2019-forecast')).not.toContain('deviation-');
    expect(stored(harness, LØN, 2019).deviation_note).toBe('Overlap ved ansættelse');
    await expect.poll(() => page.getByTestId('grand-forecast').textContent()).toBe('112.345,67 kr.');
  });

  it('shows the new columns at 1920×1080', async () => {
    harness = await startHarness({ viewport: { width: 1920, height: 1080 } });
    const page = await openBudget(harness);
    await harness.dispatch('budget.amounts.set', { cells: [
      { lineId: LØN, year: 2020, measure: 'actual', value: 500_000 },
      { lineId: LØN, year: 2020, measure: 'committed', value: 120_000 },
      { lineId: LØN, year: 2021, measure: 'forecast', value: 560_000 },
    ] });
    await expect.poll(() => text(page, LØN, 'y2020-forecast')).toBe('620.000');
    await page.screenshot({ path: screenshotPath('forecast-1920.png') });
    await page.screenshot({ path: screenshotPath('forecast-1920-full.png'), fullPage: true });
  });
});
