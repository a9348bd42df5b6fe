import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/app/dispatcher';
import type { Session } from '../../electron/app/session';
import { closeBrowser, startHarness, type Harness } from './harness';
import { retypeField } from './typing';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

/** 520 edits by Test Formand, one on Økonomi, then two on Møder by Sara Khalil on 2 October 2026. */
async function fillTheLog(dispatch: Dispatch, session: Session) {
  const call = async (channel: string, input: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  for (let i = 1; i <= 520; i++) await call('program.update', { patch: { fundingSource: `Pulje ${i}` } });
  await call('budget.amounts.set', { cells: [{ lineId: 1, year: 2021, measure: 'budget', value: 500_000 }] });
  await call('user.set', { name: 'Sara Khalil', role: 'Formand' });
  const meeting = (await call('meetings.add', { date: '2026-10-08' })) as { id: number };
  await call('meetings.update', { id: meeting.id, patch: { place: 'Rådhuset' } });
  const db = session.current!.db;
  db.prepare('UPDATE change_set SET at = ?').run(new Date('2026-09-15T10:00:00').toISOString());
  db.prepare("UPDATE change_set SET at = ? WHERE author = 'Sara Khalil (Formand)'").run(new Date('2026-10-02T09:00:00').toISOString());
}

const hint = (page: Page) => page.locator('.change-log > .hint');
const row = (page: Page, index: number) => page.locator(`.change-log .ag-row[row-index="${index}"]`);

describe('the Ændringslog sheet', () => {
  // 524 changes to page through: allow for a busy CI machine.
  it('shows Danish field names, pages past 500 and filters by sheet, person and date', { timeout: 120_000 }, async () => {
    harness = await startHarness({ prepare: fillTheLog });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Ændringslog', exact: true }).click();
    await expect.poll(() => hint(page).textContent()).toBe('De seneste 500 ændringer, nyeste først. Hver ændring gemmes i arbejdsbogen med navn og tidspunkt.');
    expect(await row(page, 0).locator('[col-id="details"]').textContent()).toBe('Møde: sted: Mørkhøj Bibliotek → Rådhuset');
    expect(await row(page, 0).locator('[col-id="sheets"]').textContent()).toBe('Møder');
    expect(await row(page, 2).locator('[col-id="details"]').textContent()).toBe('Beløb: budget: 575.000 kr. → 500.000 kr.');
    expect(await row(page, 2).locator('[col-id="sheets"]').textContent()).toBe('Økonomi');
    expect(await row(page, 3).locator('[col-id="details"]').textContent()).toBe('Program: finansiering: Pulje 519 → Pulje 520');
    await page.screenshot({ path: screenshotPath('arbejdsbogen-aendringslog.png') });

    // Older than the 500 newest: the rest, down to the workbook's creation.
    await page.getByRole('button', { name: 'Vis flere ændringer' }).click();
    await expect.poll(() => hint(page).textContent()).toMatch(/^Alle 524 ændringer, nyeste først\./);
    expect(await page.getByRole('button', { name: 'Vis flere ændringer' }).count()).toBe(0);
    await row(page, 0).locator('[col-id="description"]').click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => row(page, 523).locator('[col-id="description"]').textContent()).toBe('Arbejdsbog oprettet fra programdokumentet');

    // By sheet: Økonomi holds the budget edit and the workbook's creation.
    await page.getByRole('combobox', { name: 'Ark', exact: true }).selectOption({ label: 'Økonomi' });
    await expect.poll(() => hint(page).textContent()).toMatch(/^Alle 2 ændringer, der passer til filtrene, nyeste først\./);
    await expect.poll(() => row(page, 0).locator('[col-id="description"]').textContent()).toMatch(/^Ret budget 2021 for "Løn"/);

    // By person: Sara changed nothing on Økonomi, but two things on Møder.
    await page.getByRole('combobox', { name: 'Person', exact: true }).selectOption('Sara Khalil (Formand)');
    await expect.poll(() => hint(page).textContent()).toMatch(/^Ingen ændringer passer til filtrene\./);
    await page.getByRole('combobox', { name: 'Ark', exact: true }).selectOption({ label: 'Alle ark' });
    await expect.poll(() => hint(page).textContent()).toMatch(/^Alle 2 ændringer, der passer til filtrene/);
    await expect.poll(() => row(page, 1).locator('[col-id="description"]').textContent()).toBe('Nyt møde');

    // By date, typed the Danish way; both days included.
    await page.getByRole('button', { name: 'Vis alt' }).click();
    await expect.poll(() => hint(page).textContent()).toMatch(/^De seneste 500 ændringer, nyeste først/);
    await retypeField(page, 'Fra dato', '02102026');
    await expect.poll(() => hint(page).textContent()).toMatch(/^Alle 2 ændringer, der passer til filtrene/);
    await retypeField(page, 'Fra dato', '15.09.2026');
    await retypeField(page, 'Til dato', '15.09.2026');
    await expect.poll(() => hint(page).textContent()).toMatch(/^De seneste 500 ændringer, der passer til filtrene/);
    await expect.poll(() => row(page, 0).locator('[col-id="description"]').textContent()).toMatch(/^Ret budget 2021/);
    await page.screenshot({ path: screenshotPath('arbejdsbogen-aendringslog-filtre.png') });

    await retypeField(page, 'Til dato', '14.09.2026');
    await expect.poll(() => page.locator('.change-log-problem').textContent()).toBe('Perioden kan ikke slutte, før den begynder.');
  });
});
