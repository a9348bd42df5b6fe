// No lost updates, seen from the sheet: while the user types in a cell, another member (a second
// dispatcher on the same session, as the server runs one per member) changes the same cell. After
// Enter, the cell shows the other member's value, the notice names them, and the file keeps it.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatcher';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const LØN = 1;

function anneOf(h: Harness): Dispatch {
  return createDispatcher(h.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
}

describe('an edit over another member\'s change made while typing', () => {
  it('Økonomi: keeps Anne\'s amount, shows it in the cell and names her', async () => {
    harness = await startHarness();
    const { page } = harness;
    const anne = anneOf(harness);
    const storedBudget = () => harness.session.current!.db.prepare('SELECT budget FROM budget_amount WHERE line_id = ? AND year = 2021').pluck().get(LØN);
    await page.getByRole('tab', { name: 'Økonomi', exact: true }).click();
    const cell = page.locator(`.ag-row[row-id="line-${LØN}"] .ag-cell[col-id="y2021-budget"]`);
    await expect.poll(() => cell.textContent()).toBe('575.000');

    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('600', { delay: 60 });
    expect(await anne('budget.amounts.set', { cells: [{ lineId: LØN, year: 2021, measure: 'budget', value: 580_000, seen: 575_000 }] })).toMatchObject({ ok: true });
    await page.keyboard.type('000', { delay: 60 });
    await page.keyboard.press('Enter');

    const notice = page.locator('.notice', { hasText: 'Anne Holm (Formand)' });
    await expect.poll(() => notice.textContent()).toMatch(/Budget 2021 for "Løn" \(.+\) er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «580\.000 kr\.»\. Din ændring er ikke gemt/);
    await expect.poll(() => cell.textContent()).toBe('580.000');
    expect(await cell.getAttribute('class')).not.toContain('cell-refused');
    expect(storedBudget()).toBe(580_000);

    // Having now seen Anne's amount, the user may change it.
    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('600000', { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(storedBudget).toBe(600_000);
  });

  it('Indsatser: a title Anne changed while the user typed stays hers', async () => {
    harness = await startHarness();
    const { page } = harness;
    const anne = anneOf(harness);
    const storedTitle = () => harness.session.current!.db.prepare('SELECT title FROM initiative WHERE id = 2').pluck().get();
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    const cell = page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]').first();
    await expect.poll(() => cell.textContent()).toBe(String(storedTitle()));

    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Min', { delay: 60 });
    expect(await anne('initiatives.update', { id: 2, patch: { title: 'Annes titel' } })).toMatchObject({ ok: true });
    await page.keyboard.type(' titel', { delay: 60 });
    await page.keyboard.press('Enter');

    const notice = page.locator('.notice', { hasText: 'Anne Holm (Formand)' });
    await expect.poll(() => notice.textContent()).toMatch(/Feltet «titel» er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Annes titel»\. Din ændring er ikke gemt/);
    await expect.poll(() => cell.textContent()).toBe('Annes titel');
    expect(storedTitle()).toBe('Annes titel');
  });
});
