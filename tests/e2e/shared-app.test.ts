// Filer → Åbn delt arbejdsbog… in the built renderer, with the app's router and a real server on
// 127.0.0.1: the page names the server, the workbook and the code; the main process connects.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hostFolder, member, WORKBOOK, type HostedFolder } from '../support/server-client';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
let folder: HostedFolder;
afterEach(async () => {
  await harness?.close();
  await folder?.close();
});
afterAll(closeBrowser);

describe('Åbn delt arbejdsbog', () => {
  it('logs in with the typed code, shows the shared workbook as the invited member, and takes an edit to the server', async () => {
    folder = await hostFolder();
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    harness = await startHarness({ router: true, user: { name: 'Mette Hansen', role: 'Formand' } });
    const { page } = harness;
    const badge = page.locator('.workbook-header .user-badge');
    await expect.poll(() => badge.textContent()).toBe('Mette Hansen · Formand');

    harness.session.emit('menu.command', { command: 'openShared' });
    const dialog = page.getByRole('dialog', { name: 'Åbn delt arbejdsbog' });
    await dialog.waitFor();
    // No key ring here: the dialog says the code is asked for each time.
    await expect.poll(() => dialog.textContent()).toContain('Koden kan ikke gemmes sikkert på denne computer');
    expect(await dialog.getByLabel('Husk koden på denne computer').isDisabled()).toBe(true);

    await dialog.getByLabel('Serverens adresse').click();
    await page.keyboard.type(folder.server.url, { delay: 30 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('Mørkhøj', { delay: 30 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation');
    await page.screenshot({ path: '/tmp/arbejdsbogen-delt-arbejdsbog.png' });
    // Nothing changed meanwhile: the local workbook is still the one shown.
    expect(await badge.textContent()).toBe('Mette Hansen · Formand');

    await dialog.getByLabel('Invitationskode').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(code, { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);
    const host = new URL(folder.server.url).host;
    await expect.poll(() => page.locator('.badge-shared').textContent()).toBe(`Delt · ${host}`);
    await expect.poll(() => badge.textContent()).toBe('Sara Khalil · Social innovator');
    expect(await page.locator('.workbook-header .file-name').textContent()).toBe(WORKBOOK);

    // An edit her role may make lands on the server, under her name.
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const title = page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]');
    await title.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Delt titel', { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent()).toBe('Delt titel');
    const anne = await member(folder, 'Anne Holm', 'Formand');
    const log = await anne.call('workbook.changeLog', { limit: 1 });
    expect(JSON.stringify(log)).toContain('Sara Khalil (Social innovator)');
    // And another member's change reaches the open sheet.
    expect(await anne.call('initiatives.update', { id: 2, patch: { title: 'Rettet af formanden' } })).toMatchObject({ ok: true });
    await expect.poll(() => title.textContent()).toBe('Rettet af formanden');
    await anne.close();
  });
});
