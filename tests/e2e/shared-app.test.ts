// Filer → Åbn delt arbejdsbog… in the built renderer, with the app's router and a real server on
// 127.0.0.1: the page names the server, the workbook and the code; the main process connects.
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { hostFolder, member, WORKBOOK, type HostedFolder } from '../support/server-client';
import { closeBrowser, startHarness, type Harness } from './harness';

/** Set to a folder to keep screenshots there: the refused code, and the header with the shared workbook open. */
const SCREENSHOTS = process.env.SHARED_SCREENSHOTS;
/** What waits for the server (a login, someone coming or going) may take a while on a busy machine; nothing waits for it. */
const SERVER = { timeout: 10_000, interval: 50 };

let harness: Harness;
let folder: HostedFolder;
afterEach(async () => {
  await harness?.close();
  await folder?.close();
});
afterAll(closeBrowser);

const onlineNames = () => harness.page.locator('.online-person').allTextContents().then((names) => names.map((n) => n.replace(/^, /, '')));

describe('Åbn delt arbejdsbog', () => {
  it('logs in with the typed code, shows the shared workbook as the invited member, and takes an edit to the server', async () => {
    folder = await hostFolder();
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    harness = await startHarness({ router: true, user: { name: 'Mette Hansen', role: 'Formand' } });
    const { page } = harness;
    const localPath = harness.workbookPath;
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
    await expect.poll(() => dialog.getByRole('alert').textContent(), SERVER).toBe('Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation');
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'app-wrong-code.png') });
    // Nothing changed meanwhile: the local workbook is still the one shown.
    expect(await badge.textContent()).toBe('Mette Hansen · Formand');

    await dialog.getByLabel('Invitationskode').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(code, { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.count(), SERVER).toBe(0);
    const host = new URL(folder.server.url).host;
    // One indication that it is shared, naming the server, and who is online – she alone.
    await expect.poll(() => page.locator('.badge-shared').allTextContents(), SERVER).toEqual([`Delt arbejdsbog · ${host}`]);
    await expect.poll(() => onlineNames(), SERVER).toEqual(['Sara Khalil']);
    expect(await page.locator('.online-alone').textContent()).toBe(' (kun dig)');
    await expect.poll(() => badge.textContent()).toBe('Sara Khalil · Social innovator');
    expect(await page.locator('.workbook-header .file-name').textContent()).toBe(WORKBOOK);

    // An edit her role may make lands on the server, under her name.
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const title = page.locator('.ag-row[row-id="2"] .ag-cell[col-id="title"]');
    await title.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Delt titel', { delay: 30 });
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent(), SERVER).toBe('Delt titel');
    const anne = await member(folder, 'Anne Holm', 'Formand');
    await expect.poll(() => onlineNames(), SERVER).toEqual(['Sara Khalil', 'Anne Holm']);
    if (SCREENSHOTS) await page.locator('.workbook-header').screenshot({ path: path.join(SCREENSHOTS, 'app-header-shared.png') });
    const log = await anne.call('workbook.changeLog', { limit: 1 });
    expect(JSON.stringify(log)).toContain('Sara Khalil (Social innovator)');
    // And another member's change reaches the open sheet.
    expect(await anne.call('initiatives.update', { id: 2, patch: { title: 'Rettet af formanden' } })).toMatchObject({ ok: true });
    await expect.poll(() => title.textContent(), SERVER).toBe('Rettet af formanden');
    await anne.close();
    await expect.poll(() => onlineNames(), SERVER).toEqual(['Sara Khalil']);

    // Back to the local file (Filer → Seneste filer): nothing says shared or online any more.
    expect(await harness.dispatch('workbook.openRecent', { path: localPath })).toMatchObject({ ok: true });
    await expect.poll(() => badge.textContent(), SERVER).toBe('Mette Hansen · Formand');
    expect(await page.locator('.badge-shared, .online-now').count()).toBe(0);
    if (SCREENSHOTS) await page.locator('.workbook-header').screenshot({ path: path.join(SCREENSHOTS, 'app-header-local-again.png') });
  });
});
