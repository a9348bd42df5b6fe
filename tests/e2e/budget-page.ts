// The Økonomi sheet in the browser, as the budget e2e tests reach it: cells by line and column,
// the pinned grand total, a paste as a person makes one, and what the file itself holds.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Harness } from './harness';

// Line ids of the default workbook, in seed order.
export const LØN = 1;
export const ETABLERING = 2;
export const DRIFT = 3;
export const AKTIVITET = 4;
export const FORLØB = 5;

export const cell = (page: Page, lineId: number, colId: string) => page.locator(`.ag-row[row-id="line-${lineId}"] .ag-cell[col-id="${colId}"]`);
export const grand = (page: Page, colId: string) => page.locator(`.ag-row[row-id="grand"] .ag-cell[col-id="${colId}"]`);
export const text = async (page: Page, lineId: number, colId: string) => (await cell(page, lineId, colId).textContent())?.trim();

/** Opens the Økonomi tab and waits for the programme document's 2.510.000 kr. */
export async function openBudget(h: Harness): Promise<Page> {
  await h.page.getByRole('tab', { name: 'Økonomi' }).click();
  await expect.poll(() => grand(h.page, 'total-budget').textContent()).toBe('2.510.000');
  return h.page;
}

export type StoredAmount = { line_id: number; year: number; budget: number | null; actual_ore: number | null };

/** Every budget amount as the SQLite file holds it (forbrug in øre). */
export function storedAmounts(h: Harness): StoredAmount[] {
  return h.session.current!.db.prepare('SELECT line_id, year, budget, actual_ore FROM budget_amount ORDER BY line_id, year').all() as StoredAmount[];
}

/** Puts tab-separated text on the clipboard as Excel does and presses Ctrl+V on the selected cell. */
export async function pasteBlock(page: Page, lineId: number, colId: string, tsv: string) {
  await cell(page, lineId, colId).click();
  await page.evaluate((t) => navigator.clipboard.writeText(t), tsv);
  await page.keyboard.press('Control+v');
}
