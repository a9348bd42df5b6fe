import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const LAPTOP = { width: 1280, height: 720 };

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const envelope = await harness.dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** Whether the element is wholly inside the window, as the user sees it without scrolling. */
async function inView(page: Page, selector: ReturnType<Page['locator']>) {
  const box = await selector.boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

/**
 * Grid header labels that are cut off or broken inside a word. A word is broken when the
 * rectangles of its own text sit on more than one line; a label is cut off when its text is
 * wider than its box.
 */
function brokenHeaders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('.ag-header-cell-text, .ag-header-group-text')) {
      const text = label.textContent ?? '';
      if (label.getClientRects().length === 0 || text.trim() === '') continue;
      if (label.scrollWidth > label.clientWidth + 1) problems.push(`${text}: afskåret`);
      const node = label.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) continue;
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) problems.push(`${text}: "${match[0]}" er delt over ${tops.size} linjer`);
      }
    }
    return problems;
  });
}

describe('The sheets at 1280×720', () => {
  it('shows on Møder the meeting list, every agenda item and the item editor without scrolling', async () => {
    harness = await startHarness({ viewport: LAPTOP, user: { name: 'Lene Bach', role: 'Formand' } });
    const meeting = await ok<{ id: number }>('meetings.add', { date: '2026-12-02' });
    for (const title of ['Status på lektiecaféen i Mørkhøj', 'Midtvejsevaluering af programmet', 'Forældresamarbejde: erfaringer fra dagtilbud og skoler']) {
      await ok('meetings.items.add', { meetingId: meeting.id, title });
    }
    await ok('meetings.add', { date: '2026-10-21' });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    const rows = page.locator('.agenda-row');
    await expect.poll(() => rows.count()).toBe(6);
    await page.locator('.agenda-row', { hasText: 'Midtvejsevaluering' }).click();

    for (let i = 0; i < 6; i++) expect(await inView(page, rows.nth(i)), `punkt ${i + 1}`).toBe(true);
    expect(await inView(page, page.getByLabel('Titel', { exact: true }))).toBe(true);
    expect(await inView(page, page.getByLabel('Minutter', { exact: true }))).toBe(true);
    expect(await inView(page, page.locator('.meeting-list-card .ag-row').nth(1))).toBe(true);
    expect(await inView(page, page.getByRole('group', { name: 'Mødets status' }))).toBe(true);
    // Nothing of the sheet lies below the window: the panes scroll inside themselves.
    expect(await page.locator('.sheet').evaluate((e) => e.scrollHeight <= e.clientHeight)).toBe(true);
  });

  it('shows the chosen phase and its editor together on Plan, and every budget row above the scrollbar on Økonomi', async () => {
    harness = await startHarness({ viewport: LAPTOP });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Plan' }).click();
    const phase = page.locator('.phase-body', { hasText: 'Implementering af aktiviteter' }).first();
    await phase.click();
    const editor = page.getByRole('region', { name: 'Valgt fase' });
    await editor.waitFor();
    expect(await inView(page, editor.getByLabel('Fasens tekst'))).toBe(true);
    expect(await inView(page, editor.getByLabel('Slutkvartal'))).toBe(true);
    expect(await inView(page, phase)).toBe(true);

    await page.getByRole('tab', { name: 'Økonomi' }).click();
    const last = page.locator('.budget-grid .ag-row[row-id^="subtotal-"]').last();
    await last.waitFor();
    // The horizontal scrollbar (the years do not fit) lies below the last row, not over it.
    const scrollbar = await page.locator('.budget-grid .ag-body-horizontal-scroll').boundingBox();
    const row = await last.boundingBox();
    expect(scrollbar && row && scrollbar.y >= row.y + row.height - 1, `${JSON.stringify(row)} / ${JSON.stringify(scrollbar)}`).toBe(true);
  });

  it('never breaks a grid header inside a word or cuts it off, on any sheet', async () => {
    harness = await startHarness({ viewport: LAPTOP });
    await ok('meetings.add', { date: '2026-12-02' });
    const { page } = harness;
    await page.getByRole('tab').first().waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThan(5);
    const problems: string[] = [];
    let headersSeen = 0;
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.waitForTimeout(500);
      headersSeen += await page.locator('.ag-header-cell-text').count();
      problems.push(...(await brokenHeaders(page)).map((p) => `${tab}: ${p}`));
    }
    expect(headersSeen).toBeGreaterThan(30);
    expect(problems).toEqual([]);
  });
});
