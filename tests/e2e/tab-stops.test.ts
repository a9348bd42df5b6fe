// Keyboard reach: from the sheet tabs, at most five Tab presses lead to each sheet's main editor
// (its first grid, or its first field), in the default and in the demonstration workbook. Tabs,
// view switches, filters and status steps are one Tab stop each, with the arrow keys inside them
// (WAI-ARIA), and a grid is one stop.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { SHEETS } from '../../renderer/app/sheets';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const MAX_TAB_PRESSES = 5;

/** Each sheet's main editor: where a person who opens the sheet means to start working. */
const MAIN_EDITOR: Record<(typeof SHEETS)[number]['id'], string> = {
  program: 'main input:not([type="search"]), main textarea',
  initiatives: '.data-grid[aria-label="Indsatser"]',
  plan: '.plan-grid',
  budget: '.budget-grid .data-grid',
  // The list of meetings; in a workbook without meetings, the card that creates the first one.
  meetings: '.data-grid[aria-label="Møder"] .ag-row, .meeting-empty',
  actions: '.data-grid[aria-label="Handlinger"]',
  reports: 'main .report-kinds',
  changeLog: 'main .data-grid',
};

/** A short name for the focused element, to say where the Tab presses went. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '(intet)';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[${el.getAttribute('role')}]` : ''} "${name}"`;
  });

/** Tab presses from the sheet's own tab until the focus is inside the main editor (or the limit + 5). */
async function tabsToMainEditor(page: Page, label: string, selector: string): Promise<{ presses: number; path: string[] }> {
  const tab = page.getByRole('tab', { name: label, exact: true });
  await tab.click();
  await expect.poll(() => page.locator(selector).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The sheet has settled (grids drawn) before counting.
  await page.waitForTimeout(300);
  await tab.focus();
  const path: string[] = [];
  for (let presses = 1; presses <= MAX_TAB_PRESSES + 5; presses++) {
    await page.keyboard.press('Tab');
    path.push(await focusedName(page));
    const inside = await page.evaluate((sel) => document.activeElement?.closest(sel) != null, selector);
    if (inside) return { presses, path };
  }
  return { presses: Infinity, path };
}

async function countAll(h: Harness): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const sheet of SHEETS) {
    const { presses, path } = await tabsToMainEditor(h.page, sheet.label, MAIN_EDITOR[sheet.id]);
    counts[sheet.label] = presses;
    if (presses > MAX_TAB_PRESSES) console.log(`${sheet.label}: ${path.join(' → ')}`);
  }
  console.log(JSON.stringify(counts));
  return counts;
}

describe('Tab presses from the sheet tabs to each sheet’s main editor', () => {
  it(`at most ${MAX_TAB_PRESSES} on every sheet of the default workbook`, async () => {
    harness = await startHarness();
    const counts = await countAll(harness);
    for (const [sheet, presses] of Object.entries(counts)) expect.soft(presses, sheet).toBeLessThanOrEqual(MAX_TAB_PRESSES);
  });

  it(`at most ${MAX_TAB_PRESSES} on every sheet of the demonstration workbook`, async () => {
    harness = await startHarness({ user: { name: 'Lene Bach Andersen', role: 'Formand' } });
    generateDemo(harness.session.requireWorkbook(), 'Test', 1);
    await harness.reload();
    const counts = await countAll(harness);
    for (const [sheet, presses] of Object.entries(counts)) expect.soft(presses, sheet).toBeLessThanOrEqual(MAX_TAB_PRESSES);
  });

  it('the arrow keys move inside the sheet tabs and the Økonomi view switch, choosing as they go', async () => {
    harness = await startHarness();
    const { page } = harness;
    const tab = (name: string) => page.getByRole('tab', { name, exact: true });
    await tab('Program').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Indsatser').getAttribute('aria-selected')).toBe('true');
    expect(await tab('Indsatser').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('End');
    await expect.poll(() => tab('Ændringslog').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Program').getAttribute('aria-selected')).toBe('true');
    // Only the chosen tab is a Tab stop.
    expect(await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => (t as HTMLElement).tabIndex))).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);

    await tab('Økonomi').click();
    const view = (name: string) => page.getByRole('radio', { name });
    await view('Alle kolonner').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => view('Kun budget').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await view('Kun budget').evaluate((el) => el === document.activeElement)).toBe(true);
  });
});
