import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

describe('Navn og rolle after the first start', () => {
  it('changes name and role from the header; the header shows them at once and the next change carries them', async () => {
    harness = await startHarness({ user: { name: 'Mette Hansen', role: 'Formand' } });
    const { page } = harness;
    const badge = page.locator('.workbook-header .user-badge');
    await expect.poll(() => badge.textContent()).toBe('Mette Hansen · Formand');
    await badge.click();

    const dialog = page.getByRole('dialog', { name: 'Navn og rolle' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Navn').inputValue()).toBe('Mette Hansen');
    expect(await dialog.getByLabel('Rolle').inputValue()).toBe('Formand');
    // An empty name is refused in Danish and nothing is stored.
    await dialog.getByLabel('Navn').fill('  ');
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Navn må ikke være tomt');
    expect(harness.session.settings.user).toEqual({ name: 'Mette Hansen', role: 'Formand' });

    await dialog.getByLabel('Navn').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Sara Khalil', { delay: 40 });
    await dialog.getByLabel('Rolle').selectOption('Social innovator');
    await page.screenshot({ path: screenshotPath('arbejdsbogen-navn-og-rolle.png') });
    await dialog.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => badge.textContent()).toBe('Sara Khalil · Social innovator');
    expect(harness.session.settings.user).toEqual({ name: 'Sara Khalil', role: 'Social innovator' });

    // The role applies at once: the programme is the chair's now read-only for her.
    await expect.poll(() => page.getByLabel('Finansiering').isEditable()).toBe(false);
    // The next change – one the social innovator may make – is logged under the new name; the earlier ones keep theirs.
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const title = page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]');
    await title.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Bedre fritidsmuligheder for alle');
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).toBe('Bedre fritidsmuligheder for alle');
    await page.getByRole('tab', { name: 'Ændringslog', exact: true }).click();
    const firstRow = page.locator('.change-log .ag-row[row-index="0"]');
    await expect.poll(() => firstRow.locator('.ag-cell[col-id="description"]').textContent()).toMatch(/^Ret indsats 2.*titel$/);
    expect(await firstRow.locator('.ag-cell[col-id="author"]').textContent()).toBe('Sara Khalil (Social innovator)');
    expect(await page.locator('.change-log .ag-row[row-index="1"] .ag-cell[col-id="author"]').textContent()).toBe('Mette Hansen (Formand)');
  });

  it('opens from the Filer menu’s Navn og rolle…, and Annullér or Escape change nothing', async () => {
    harness = await startHarness({ user: { name: 'Mette Hansen', role: 'Formand' } });
    const { page } = harness;
    await page.locator('.workbook-header .user-badge').waitFor();
    harness.session.emit('menu.command', { command: 'editUser' });
    const dialog = page.getByRole('dialog', { name: 'Navn og rolle' });
    await dialog.waitFor();
    await dialog.getByLabel('Navn').fill('Nogen Andre');
    await dialog.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    harness.session.emit('menu.command', { command: 'editUser' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Navn').inputValue()).toBe('Mette Hansen');
    await dialog.getByLabel('Navn').fill('Nogen Andre');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(harness.session.settings.user).toEqual({ name: 'Mette Hansen', role: 'Formand' });
    expect(await page.locator('.workbook-header .user-badge').textContent()).toBe('Mette Hansen · Formand');
  });
});
