import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

describe('Program and Indsatser sheets in Chromium, on a real workbook', () => {
  it('stores an edited programme field, shows it after reload, and undoes it with Ctrl+Z', async () => {
    harness = await startHarness();
    const { page } = harness;
    const field = page.getByLabel('Finansiering', { exact: true });
    await expect.poll(() => field.inputValue()).toBe('Social balance-puljen');

    await field.fill('Social balance-puljen 2019–2022');
    await field.press('Tab');
    await expect.poll(async () => (await harness.session.current!.db.prepare('SELECT funding_source FROM program').pluck().get()) as string).toBe(
      'Social balance-puljen 2019–2022',
    );

    await harness.reload();
    await expect.poll(() => page.getByLabel('Finansiering', { exact: true }).inputValue()).toBe('Social balance-puljen 2019–2022');

    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(() => page.getByLabel('Finansiering', { exact: true }).inputValue()).toBe('Social balance-puljen');

    // Redo with the keyboard, away from any text field.
    await page.getByRole('heading', { name: 'Stamdata' }).click();
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.getByLabel('Finansiering', { exact: true }).inputValue()).toBe('Social balance-puljen 2019–2022');
  });

  it('edits an initiative cell in the grid, keeps it after reload, and undoes it', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const cell = page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]');
    await expect.poll(() => cell.textContent()).toBe('Bedre fritidsmuligheder');

    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bedre fritidsmuligheder for børn og unge');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell.textContent()).toBe('Bedre fritidsmuligheder for børn og unge');

    await harness.reload();
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await expect.poll(() => page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]').textContent()).toBe('Bedre fritidsmuligheder for børn og unge');

    await page.locator('.ag-row[row-id="2"] .ag-cell[col-id="number"]').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]').textContent()).toBe('Bedre fritidsmuligheder');
  });

  it('refuses an empty initiative title with a Danish message and keeps the stored title', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const cell = page.locator('.ag-row[row-id="1"] .ag-cell[col-id="title"]');
    await cell.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Titel må ikke være tom');
    // The emptied cell stays empty and marked, nothing is stored; Escape shows the stored title again.
    await expect.poll(() => cell.evaluate((e) => e.classList.contains('cell-refused'))).toBe(true);
    expect(harness.session.current!.db.prepare('SELECT title FROM initiative WHERE id = 1').pluck().get()).toBe('Fællesskabende aktiviteter i Mørkhøj');
    // Enter moved on to the next row, as in a spreadsheet: go back to the cell first.
    await cell.click();
    await page.keyboard.press('Escape');
    await expect.poll(() => cell.textContent()).toBe('Fællesskabende aktiviteter i Mørkhøj');
  });

  it('asks a new user for name and role, then opens the default workbook', async () => {
    harness = await startHarness({ user: null, workbook: 'none' });
    const { page } = harness;
    await page.getByLabel('Navn').fill('Mette Hansen');
    await page.getByLabel('Rolle').selectOption('Social innovator');
    await page.getByRole('button', { name: 'Fortsæt' }).click();
    await expect.poll(() => page.getByLabel('Programmets titel').inputValue()).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(harness.session.settings.user).toEqual({ name: 'Mette Hansen', role: 'Social innovator' });
    expect(harness.session.current?.fileName).toBe('Social balance i Mørkhøj.arbejdsbog');
  });
});
