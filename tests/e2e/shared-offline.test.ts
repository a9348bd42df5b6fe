// A shared workbook in the app while its server cannot be reached, in the built renderer with the
// app's router (outbox and copy in its data folder) and a real server on 127.0.0.1 behind a TCP
// proxy the test cuts: the sheets stay readable, an edit typed at a person's speed is kept at
// once and marked as waiting, and it reaches the server when the connection is back.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { localCopyPath } from '../../electron/remote/local-copy';
import { hostFolder, WORKBOOK, type HostedFolder } from '../support/server-client';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { closeBrowser, startHarness, type Harness } from './harness';
import { gridCell } from './typing';
import { screenshotPath } from './screenshot-path';

/** What waits for the server (a login, a reconnect) may take a while on a busy machine; nothing waits for it. */
const SERVER = { timeout: 15_000, interval: 50 };
/** Set to a folder to keep screenshots of the sheet with a waiting row. */
const SCREENSHOTS = process.env.SHARED_SCREENSHOTS;

let harness: Harness | undefined;
let folder: HostedFolder | undefined;
let proxy: Proxy | undefined;
afterEach(async () => {
  await harness?.close();
  await proxy?.close();
  await folder?.close();
});
afterAll(closeBrowser);

function initiativeTitle(file: string, id: number): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT title FROM initiative WHERE id = ?').pluck().get(id) as string;
  } finally {
    db.close();
  }
}

function spentOre(file: string, lineId: number, year: number): number | null {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT actual_ore FROM budget_amount WHERE line_id = ? AND year = ?').pluck().get(lineId, year) as number | undefined) ?? null;
  } finally {
    db.close();
  }
}

describe('a shared workbook without its server, in the app', () => {
  it('keeps the sheets readable, keeps an edit typed offline at once, marks its row as waiting, and sends it when the server is back', async () => {
    folder = await hostFolder();
    proxy = await startProxy(folder.server.url);
    const code = await folder.invite('Lene Bach Andersen', 'Formand');
    harness = await startHarness({ router: true });
    const { page } = harness;
    expect(await harness.dispatch('workbook.openShared', { server: proxy.url, workbook: WORKBOOK, code, remember: false })).toMatchObject({ ok: true });
    const copy = localCopyPath(path.join(harness.dir, 'lokale-kopier'), proxy.url, WORKBOOK);
    await expect.poll(() => fs.existsSync(copy), SERVER).toBe(true);

    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const row = page.locator('.ag-row[row-id="2"]').first();
    const title = row.locator('.ag-cell[col-id="title"]');
    await title.waitFor();
    proxy.cut();
    // The header says so instead of naming who is online.
    const notice = page.locator('.offline-notice');
    await expect.poll(() => notice.textContent(), SERVER).toBe('Ikke forbundet – ændringer gemmes lokalt');
    expect(await notice.getAttribute('title')).toBe('Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage');
    expect(await page.locator('.online-now').count()).toBe(0);

    // Another sheet still reads (from the copy) while the server is away.
    await page.getByRole('tab', { name: 'Økonomi' }).click();
    await expect.poll(() => page.locator('.ag-row[row-id^="line-"]').count(), SERVER).toBeGreaterThan(3);
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await title.waitFor();

    await title.dblclick();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Skrevet uden forbindelse', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => title.textContent(), SERVER).toBe('Skrevet uden forbindelse');
    // Marked as waiting (the sheet's orange edge), and not on the server yet.
    await expect.poll(() => row.evaluate((el) => getComputedStyle(el).boxShadow), SERVER).toContain('rgb(184, 110, 0)');
    expect(initiativeTitle(folder.workbookPath, 2)).not.toBe('Skrevet uden forbindelse');
    await expect.poll(() => notice.textContent(), SERVER).toContain(' · 1 ændring venter');
    expect(await page.locator('.ag-row[row-id="1"]').first().evaluate((el) => getComputedStyle(el).boxShadow)).not.toContain('rgb(184, 110, 0)');
    await page.screenshot({ path: screenshotPath('arbejdsbogen-uden-forbindelse.png') });
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'app-offline-waiting-row.png') });

    // Økonomi: forbrug with øre typed at a person's speed; its line is marked, the other lines not.
    await page.getByRole('tab', { name: 'Økonomi' }).click();
    const spent = gridCell(page, 'Budget og forbrug', 'line-2', 'y2021-actual');
    await spent.click();
    await page.keyboard.type('12345,67', { delay: 60 });
    await page.keyboard.press('Enter');
    const line = page.getByRole('region', { name: 'Budget og forbrug', exact: true }).locator('.ag-row[row-id="line-2"]');
    await expect.poll(() => line.first().evaluate((el) => getComputedStyle(el).boxShadow), SERVER).toContain('rgb(184, 110, 0)');
    expect(await page.getByRole('region', { name: 'Budget og forbrug', exact: true }).locator('.ag-row[row-id="line-1"]').first().evaluate((el) => getComputedStyle(el).boxShadow)).not.toContain('rgb(184, 110, 0)');
    await expect.poll(() => notice.textContent(), SERVER).toContain(' · 2 ændringer venter');
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'app-offline-budget.png') });
    await page.screenshot({ path: screenshotPath('arbejdsbogen-uden-forbindelse-okonomi.png') });
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    await title.waitFor();

    proxy.restore();
    await expect.poll(() => spentOre(folder!.workbookPath, 2, 2021), SERVER).toBe(1_234_567);
    await expect.poll(() => initiativeTitle(folder!.workbookPath, 2), SERVER).toBe('Skrevet uden forbindelse');
    await expect.poll(() => row.evaluate((el) => getComputedStyle(el).boxShadow), SERVER).not.toContain('rgb(184, 110, 0)');
    await expect.poll(() => title.textContent(), SERVER).toBe('Skrevet uden forbindelse');
    // Connected again: who is online, as the server says.
    await expect.poll(() => page.locator('.online-now').count(), SERVER).toBe(1);
    expect(await notice.count()).toBe(0);
  });
});
