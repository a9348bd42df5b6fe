import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function db() {
  return harness.session.current!.db;
}

/** Change sets in the file: a refused entry must not add one. */
function changeSets(): number {
  return db().prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;
}

describe('Whole numbers typed as a person types them', () => {
  it('refuses "1,5" and the like in Minutter, keeps what was typed, marked, and stores nothing', async () => {
    harness = await startHarness({ user: { name: 'Lene Bach', role: 'Formand' } });
    const meeting = await harness.dispatch('meetings.add', { date: '2026-12-02' });
    if (!meeting.ok) throw new Error(meeting.error.message);
    const meetingId = (meeting.value as { id: number }).id;
    await harness.dispatch('meetings.items.add', { meetingId, title: 'Status på lektiecaféen', minutes: 20 });
    const stored = () => db().prepare("SELECT minutes FROM agenda_item WHERE title = 'Status på lektiecaféen'").pluck().get();

    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.locator('.agenda-row', { hasText: 'Status på lektiecaféen' }).click();
    const minutes = page.getByLabel('Minutter', { exact: true });
    await expect.poll(() => minutes.inputValue()).toBe('20');
    const before = changeSets();

    for (const typed of ['1,5', '1.5', '15 min', 'abc', '']) {
      await minutes.click();
      await page.keyboard.press('Control+a');
      if (typed === '') await page.keyboard.press('Delete');
      else await page.keyboard.type(typed, { delay: 60 });
      await page.keyboard.press('Tab');
      await expect.poll(() => page.locator('.field-problem').textContent(), { message: typed }).toBe('Minutter skal være et helt antal minutter, fx 15');
      expect(await minutes.inputValue(), typed).toBe(typed);
      expect(await minutes.getAttribute('aria-invalid'), typed).toBe('true');
      await page.waitForTimeout(300);
      expect(stored(), typed).toBe(20);
      expect(changeSets(), typed).toBe(before);
    }
    // The agenda still shows the stored minutes.
    await expect.poll(() => page.locator('.agenda-row.selected .agenda-meta').textContent()).toContain('20 min.');

    // A whole number is stored, and the mark goes.
    await minutes.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('25', { delay: 60 });
    await page.keyboard.press('Tab');
    await expect.poll(stored).toBe(25);
    await expect.poll(() => page.locator('.field-problem').count()).toBe(0);
    expect(await minutes.getAttribute('aria-invalid')).toBeNull();

    // Escape after a refused entry puts back the stored value.
    await minutes.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1,5', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.field-problem').count()).toBe(1);
    await minutes.press('Escape');
    await expect.poll(() => minutes.inputValue()).toBe('25');
    expect(await page.locator('.field-problem').count()).toBe(0);
  });

  it('refuses "1,5" deltagere in a grid cell with a Danish message, and keeps the stored number', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    await page.getByRole('button', { name: '+ Tilføj deltagergruppe' }).click();
    const row = page.locator('[aria-label="Deltagere"] .ag-row').first();
    const cell = row.locator('.ag-cell[col-id="count"]');
    await cell.waitFor();
    const id = Number(await row.getAttribute('row-id'));
    const stored = () => db().prepare('SELECT count FROM initiative_participant WHERE id = ?').pluck().get(id);

    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1.200', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(stored).toBe(1200);
    await expect.poll(() => cell.textContent()).toBe('1.200');

    const before = changeSets();
    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1,5', { delay: 60 });
    await page.keyboard.press('Enter');
    // What was typed stays in the cell, marked, and the notice says why.
    await expect.poll(() => cell.textContent()).toBe('1,5');
    await expect.poll(() => cell.evaluate((e) => e.classList.contains('cell-refused'))).toBe(true);
    await expect.poll(() => page.getByRole('alert').allTextContents()).toEqual(['Antal deltagere skal være et helt tal, fx 12×']);
    await page.waitForTimeout(300);
    expect(stored()).toBe(1200);
    expect(changeSets()).toBe(before);
    await page.keyboard.press('Escape');
    await expect.poll(() => cell.textContent()).toBe('1.200');
    await expect.poll(() => cell.textContent()).toBe('1.200');
  });
});
