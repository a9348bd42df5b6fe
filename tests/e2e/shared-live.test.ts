// Live in a shared workbook: the chair's change shows on the social innovator's page within
// seconds while she has scrolled the Økonomi sheet down and right, with a cell selected – her
// scroll position, her selected cell and her place on the page stay exactly where they were.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostFolder, type HostedFolder } from '../support/server-client';
import { cell, FORLØB, grand, LØN } from './budget-page';
import { closeBrowser, newBrowserContext } from './harness';

const LIVE = { timeout: 10_000, interval: 50 };

let folder: HostedFolder;
const pages: Page[] = [];

beforeAll(async () => {
  folder = await hostFolder();
});

afterAll(async () => {
  for (const page of pages) await page.context().close();
  await closeBrowser();
  await folder?.close();
});

/** Logs in through the login screen, typing as a person does, and opens Økonomi. */
async function logInToBudget(code: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await newBrowserContext(viewport)).newPage();
  pages.push(page);
  page.on('pageerror', (error) => console.error('Fejl i siden:', error.message));
  await page.goto(folder.server.url);
  await page.getByLabel('Arbejdsbog', { exact: true }).click();
  await page.keyboard.type('Mørkhøj', { delay: 20 });
  await page.getByLabel('Invitationskode').click();
  await page.keyboard.type(code, { delay: 10 });
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: 'Økonomi' }).click();
  await expect.poll(() => grand(page, 'total-budget').textContent(), LIVE).toBe('2.510.000');
  return page;
}

/** Every scrolled element on the page (and the page itself) with its scroll offsets. */
function scrollPositions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const scrolled = [`window ${window.scrollX},${window.scrollY}`];
    for (const element of document.querySelectorAll('*')) {
      if (element.scrollTop > 0 || element.scrollLeft > 0) scrolled.push(`${element.className} ${element.scrollLeft},${element.scrollTop}`);
    }
    return scrolled;
  });
}

/** The grid cell that has the keyboard focus: its row and column. */
function focusedCell(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement?.closest('.ag-cell');
    const row = focused?.closest('.ag-row');
    return focused && row ? `${row.getAttribute('row-id')} ${focused.getAttribute('col-id')}` : null;
  });
}

describe('live changes in a shared workbook', () => {
  it('show on another page without moving its scroll position or its selected cell', async () => {
    const chair = await logInToBudget(await folder.invite('Lene Bach Andersen', 'Formand'), { width: 1440, height: 900 });
    // A small window, so that the sheet scrolls both ways.
    const innovator = await logInToBudget(await folder.invite('Sara Khalil', 'Social innovator'), { width: 900, height: 520 });

    // She selects a cell far down and to the right (a click, as a person does), which scrolls it into view.
    const far = cell(innovator, FORLØB, 'y2022-actual');
    await far.scrollIntoViewIfNeeded();
    await far.click();
    const selected = await focusedCell(innovator);
    expect(selected).toBe(`line-${FORLØB} y2022-actual`);
    const scrolledBefore = await scrollPositions(innovator);
    expect(scrolledBefore.length).toBeGreaterThan(1);

    // The chair changes the salary budget for 2020, at the top left of the sheet.
    await cell(chair, LØN, 'y2020-budget').dblclick();
    await chair.keyboard.press('Control+a');
    await chair.keyboard.type('612500', { delay: 40 });
    await chair.keyboard.press('Enter');
    await expect.poll(() => cell(chair, LØN, 'y2020-budget').textContent(), LIVE).toBe('612.500');

    // It reaches her page (the grand total moves with it) …
    await expect.poll(() => grand(innovator, 'total-budget').textContent(), LIVE).not.toBe('2.510.000');
    // … and she is where she was: same scroll offsets, same selected cell.
    expect(await scrollPositions(innovator)).toEqual(scrolledBefore);
    expect(await focusedCell(innovator)).toBe(selected);
    // She types on from there: the value goes into the cell she had selected.
    await innovator.keyboard.type('1250', { delay: 40 });
    await innovator.keyboard.press('Enter');
    await expect.poll(() => cell(chair, FORLØB, 'y2022-actual').textContent(), LIVE).toContain('1.250');
    await cell(innovator, LØN, 'y2020-budget').scrollIntoViewIfNeeded();
    expect(await cell(innovator, LØN, 'y2020-budget').textContent()).toBe('612.500');
  });
});
