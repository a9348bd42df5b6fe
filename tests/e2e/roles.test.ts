// What each role sees: the sheets hide or lock what the roles table (shared/api/permissions.ts) refuses.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cell, LØN, openBudget } from './budget-page';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

/** Whether Enter on the cell opens an editor in it. */
async function opensEditor(page: Page, target: ReturnType<Page['locator']>): Promise<boolean> {
  await target.click();
  await page.keyboard.press('Enter');
  const editing = (await page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()) > 0;
  await page.keyboard.press('Escape');
  return editing;
}

describe('roles in Chromium, on a real workbook', () => {
  it('shows the Direktør a read-only Økonomi and Program: no editable cell, no add buttons', async () => {
    harness = await startHarness({ user: { name: 'Dorte Dam', role: 'Direktør' } });
    const page = await openBudget(harness);
    await expect.poll(() => cell(page, LØN, 'y2020-budget').count()).toBe(1);
    expect(await opensEditor(page, cell(page, LØN, 'y2020-budget'))).toBe(false);
    expect(await opensEditor(page, cell(page, LØN, 'y2020-actual'))).toBe(false);
    expect(await opensEditor(page, cell(page, LØN, 'label'))).toBe(false);
    expect(await page.getByRole('button', { name: '+ Ny linje' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '+ Ny gruppe …' }).count()).toBe(0);
    // Documents are the Direktør's to make.
    expect(await page.getByRole('button', { name: 'Eksportér til Excel' }).isEnabled()).toBe(true);

    await page.getByRole('tab', { name: 'Program' }).click();
    const funding = page.getByLabel('Finansiering', { exact: true });
    await expect.poll(() => funding.inputValue()).toBe('Social balance-puljen');
    expect(await funding.isEditable()).toBe(false);
    const member = page.locator('.ag-row[row-index="0"] .ag-cell[col-id="name"]').first();
    await expect.poll(() => member.count()).toBe(1);
    expect(await opensEditor(page, member)).toBe(false);
    expect(await page.getByRole('button', { name: '+ Tilføj medlem' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^\+ / }).count()).toBe(0);
  });

  it('lets a Medlem propose an agenda item but not delete the meeting', async () => {
    harness = await startHarness({
      user: { name: 'Mette Hansen', role: 'Medlem' },
      prepare: async (dispatch, session) => {
        const member = session.settings.user!;
        session.settings.setUser({ name: 'Lene Bach', role: 'Formand' });
        expect((await dispatch('meetings.add', { date: '2027-03-04' })).ok).toBe(true);
        session.settings.setUser(member);
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.getByRole('button', { name: '+ Foreslå punkt' }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Lektiecafé om lørdagen');
    await title.press('Enter');
    await expect.poll(() => page.locator('.agenda-row.selected .agenda-badge').textContent()).toBe('foreslået af Mette Hansen – afventer formanden');
    await expect.poll(() => harness.session.current!.db.prepare("SELECT proposal_state FROM agenda_item WHERE title = 'Lektiecafé om lørdagen'").pluck().get()).toBe('foreslået');

    expect(await page.getByRole('button', { name: 'Slet møde' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '+ Nyt møde' }).count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Mødets status' }).count()).toBe(0);
    // And the dispatcher says so in Danish if asked anyway.
    const meetingId = harness.session.current!.db.prepare('SELECT id FROM meeting').pluck().get() as number;
    expect(await harness.dispatch('meetings.remove', { id: meetingId })).toMatchObject({
      ok: false, error: { message: 'Som Medlem kan du læse alt og foreslå punkter til dagsordenen, men ikke ændre dette' },
    });
  });
});
