// The shared workbook in browsers: a real server on 127.0.0.1 serving the built page, and three
// people – the chair, the social innovator and the director – each in a Chromium context of
// their own, logged in through the login screen with the codes typed in. What one does shows
// for the others; what the director may not do, the page does not offer and the server refuses.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../electron/server/server';
import { hostFolder, type HostedFolder } from '../support/server-client';
import { readDocx } from '../support/docx-reader';
import { tempDir } from '../support/workbooks';
import { closeBrowser, newBrowserContext } from './harness';

/** Set to a folder to keep screenshots of the login page and a shared sheet there. */
const SCREENSHOTS = process.env.SHARED_SCREENSHOTS;
/** Across two browsers and a server on a busy machine: generous, but nothing waits for it. */
const LIVE = { timeout: 10_000, interval: 50 };

let folder: HostedFolder;
/** The server started again in the last test, on the same address. */
let restarted: RunningServer | null = null;
let downloads: string;
const codes: Record<'chair' | 'innovator' | 'director', string> = { chair: '', innovator: '', director: '' };
const pages: Partial<Record<keyof typeof codes, Page>> = {};

beforeAll(async () => {
  folder = await hostFolder();
  downloads = tempDir('arbejdsbogen-hentet-');
  codes.chair = await folder.invite('Lene Bach Andersen', 'Formand');
  codes.innovator = await folder.invite('Sara Khalil', 'Social innovator');
  codes.director = await folder.invite('Mette Holm', 'Direktør');
});

afterAll(async () => {
  for (const page of Object.values(pages)) await page?.context().close();
  await closeBrowser();
  await restarted?.close();
  await folder?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

function stored<T>(sql: string, ...params: unknown[]): T | undefined {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T | undefined;
  } finally {
    db.close();
  }
}

const host = () => new URL(folder.server.url).host;

/** Opens the server's own address in a fresh browser and logs in by typing, as a person does. */
async function openLoginPage(): Promise<Page> {
  const context = await newBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('Fejl i siden:', error.message));
  await page.goto(folder.server.url);
  await page.getByLabel('Arbejdsbog', { exact: true }).click();
  await page.keyboard.type('Mørkhøj', { delay: 35 });
  return page;
}

async function typeCodeAndLogIn(page: Page, code: string): Promise<void> {
  const field = page.getByLabel('Invitationskode');
  await field.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type(code, { delay: 20 });
  await page.keyboard.press('Enter');
}

async function loggedIn(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.badge-shared').textContent(), LIVE).toBe(`Delt arbejdsbog · ${host()}`);
}

const onlineNames = (page: Page) => page.locator('.online-person').allTextContents().then((names) => names.map((n) => n.replace(/^, /, '')));

describe('a shared workbook in three browsers', () => {
  it('logs each member in through the login screen; a wrong code is refused in Danish; the title bar says who is online', async () => {
    const director = await openLoginPage();
    pages.director = director;
    if (SCREENSHOTS) await director.screenshot({ path: path.join(SCREENSHOTS, 'login.png') });
    await typeCodeAndLogIn(director, `${codes.director.slice(0, -2)}ZZ`);
    await expect.poll(() => director.getByRole('alert').textContent(), LIVE).toBe('Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation');
    await typeCodeAndLogIn(director, codes.director);
    await loggedIn(director);
    expect(await director.title()).toBe('Mørkhøj – Arbejdsbogen');

    pages.chair = await openLoginPage();
    await typeCodeAndLogIn(pages.chair, codes.chair);
    await loggedIn(pages.chair);
    pages.innovator = await openLoginPage();
    await typeCodeAndLogIn(pages.innovator, codes.innovator);
    await loggedIn(pages.innovator);

    const everyone = ['Mette Holm', 'Lene Bach Andersen', 'Sara Khalil'];
    for (const page of [director, pages.chair, pages.innovator]) await expect.poll(() => onlineNames(page), LIVE).toEqual(everyone);
    if (SCREENSHOTS) await pages.chair.locator('.workbook-header').screenshot({ path: path.join(SCREENSHOTS, 'browser-header.png') });
    // Each sees their own name and role from the invitation, not editable here.
    await expect.poll(() => pages.innovator!.locator('.user-badge').textContent()).toBe('Sara Khalil · Social innovator');
    expect(await pages.innovator.locator('button.user-badge').count()).toBe(0);
    // A reload keeps the login (the HttpOnly cookie); no code is asked for again.
    await director.reload();
    await loggedIn(director);
  });

  it('an edit typed in one page shows in the other, which keeps the cell it is typing in', async () => {
    const chair = pages.chair!;
    const innovator = pages.innovator!;
    for (const page of [chair, innovator]) await page.getByRole('tab', { name: 'Indsatser' }).click();
    const title = (page: Page, row: number) => page.locator(`.ag-row[row-id="${row}"] .ag-cell[col-id="title"]`);
    await expect.poll(() => title(innovator, 1).textContent(), LIVE).toBe('Fællesskabende aktiviteter i Mørkhøj');

    // The innovator is half-way through a title when the chair's edit arrives.
    await title(innovator, 2).dblclick();
    await innovator.keyboard.press('Control+a');
    await innovator.keyboard.type('Bedre fritidsmuligheder for', { delay: 40 });

    await title(chair, 1).dblclick();
    await chair.keyboard.press('Control+a');
    await chair.keyboard.type('Fællesskab og fællesspisning i Mørkhøj', { delay: 40 });
    await chair.keyboard.press('Enter');
    await expect.poll(() => title(innovator, 1).textContent(), LIVE).toBe('Fællesskab og fællesspisning i Mørkhøj');
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1')?.title).toBe('Fællesskab og fællesspisning i Mørkhøj');

    // Her editor is still open with what she typed, and she carries on.
    const editor = title(innovator, 2).locator('input');
    expect(await editor.inputValue()).toBe('Bedre fritidsmuligheder for');
    await innovator.keyboard.type(' unge', { delay: 40 });
    await innovator.keyboard.press('Enter');
    await expect.poll(() => title(chair, 2).textContent(), LIVE).toBe('Bedre fritidsmuligheder for unge');
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 2')?.title).toBe('Bedre fritidsmuligheder for unge');
    expect(stored<{ author: string }>("SELECT author FROM change_set WHERE kind = 'edit' ORDER BY id DESC LIMIT 1")?.author).toBe('Sara Khalil (Social innovator)');
  });

  it('the innovator proposes an agenda item, the chair sees it and accepts it', async () => {
    const chair = pages.chair!;
    const innovator = pages.innovator!;
    for (const page of [chair, innovator]) await page.getByRole('tab', { name: 'Møder' }).click();
    await chair.getByRole('button', { name: '+ Nyt møde' }).click();
    await expect.poll(() => stored<{ n: number }>('SELECT COUNT(*) AS n FROM meeting')?.n, LIVE).toBe(1);
    // The meeting the chair made appears for the innovator, who proposes an item on it.
    await expect.poll(() => innovator.locator('.agenda-row').count(), LIVE).toBeGreaterThan(0);
    await innovator.getByRole('button', { name: '+ Foreslå punkt' }).click();
    const field = innovator.getByLabel('Titel', { exact: true });
    await field.click();
    await innovator.keyboard.press('Control+a');
    await innovator.keyboard.type('Erfaringer fra fællesspisningen', { delay: 40 });
    await innovator.keyboard.press('Enter');
    await expect.poll(() => innovator.locator('.agenda-row.selected .agenda-badge').textContent(), LIVE).toBe('foreslået af Sara Khalil – afventer formanden');

    const proposal = chair.locator('.agenda-row', { has: chair.locator('.agenda-title', { hasText: 'Erfaringer fra fællesspisningen' }) });
    await expect.poll(() => proposal.locator('.agenda-badge').textContent(), LIVE).toBe('foreslået af Sara Khalil – afventer formanden');
    await proposal.click();
    await chair.getByRole('button', { name: 'Acceptér forslaget' }).click();
    await expect.poll(() => stored<{ state: string }>("SELECT proposal_state AS state FROM agenda_item WHERE title = 'Erfaringer fra fællesspisningen'")?.state, LIVE).toBe('accepteret');
    // And the innovator sees her item accepted without reloading.
    const hers = innovator.locator('.agenda-row', { has: innovator.locator('.agenda-title', { hasText: 'Erfaringer fra fællesspisningen' }) });
    await expect.poll(async () => (await hers.locator('.agenda-badge').textContent()) ?? '', LIVE).not.toContain('afventer formanden');
    if (SCREENSHOTS) await chair.screenshot({ path: path.join(SCREENSHOTS, 'shared-sheet.png') });
  });

  it('the director\'s page shows the sheets but offers no change, and a forced call is refused', async () => {
    const director = pages.director!;
    await director.getByRole('tab', { name: 'Program' }).click();
    const funding = director.getByLabel('Finansiering', { exact: true });
    await expect.poll(() => funding.inputValue(), LIVE).toBe('Social balance-puljen');
    expect(await funding.isEditable()).toBe(false);
    expect(await director.getByRole('button', { name: /^\+ / }).count()).toBe(0);

    await director.getByRole('tab', { name: 'Indsatser' }).click();
    // The chair's and the innovator's edits are there.
    const first = director.locator('.ag-row[row-id="1"] .ag-cell[col-id="title"]');
    await expect.poll(() => first.textContent(), LIVE).toBe('Fællesskab og fællesspisning i Mørkhøj');
    await first.click();
    await director.keyboard.press('Enter');
    expect(await director.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);
    await director.keyboard.press('Escape');

    const before = stored<{ n: number }>('SELECT COUNT(*) AS n FROM change_set')?.n;
    const forced = await director.evaluate(() => window.arbejdsbog!.invoke('initiatives.update', { id: 1, patch: { title: 'Direktørens titel' } }));
    expect(forced).toEqual({ ok: false, error: { code: 'refused', message: expect.stringContaining('Som Direktør kan du læse alt og lave dokumenter') } });
    expect(stored<{ n: number }>('SELECT COUNT(*) AS n FROM change_set')?.n).toBe(before);
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1')?.title).toBe('Fællesskab og fællesspisning i Mørkhøj');
  });

  it('a Word document arrives as the browser\'s download', async () => {
    const director = pages.director!;
    await director.getByRole('tab', { name: 'Rapporter' }).click();
    await director.getByRole('radio', { name: /Statusnotat/ }).check();
    const arriving = director.waitForEvent('download');
    await director.getByRole('button', { name: 'Generér' }).click();
    const download = await arriving;
    expect(download.suggestedFilename()).toMatch(/^Statusnotat \d{4}-\d{2}-\d{2}\.docx$/);
    const file = path.join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const doc = await readDocx(fs.readFileSync(file));
    expect(doc.files).toContain('word/document.xml');
    expect(doc.text).toContain('Fællesskab og fællesspisning i Mørkhøj');
    await expect.poll(() => director.getByText(`${download.suggestedFilename()} er hentet`).count(), LIVE).toBe(1);
    // Nothing was saved beside the workbook on the server.
    expect(fs.readdirSync(folder.dir).filter((name) => name.endsWith('.docx'))).toEqual([]);
  });

  it('a lost connection is said in Danish over the sheets; a server that restarted asks for the code again', async () => {
    const chair = pages.chair!;
    const { url } = folder.server;
    await folder.server.close();
    await expect.poll(() => chair.getByRole('alert').filter({ hasText: 'Forbindelsen til serveren er afbrudt' }).count(), LIVE).toBe(1);
    // The browser keeps no outbox: it says so plainly.
    expect(await chair.getByRole('alert').filter({ hasText: 'Browseren virker kun med forbindelse: ændringer, du laver nu, bliver ikke gemt' }).count()).toBe(1);
    // The sheets stay on screen meanwhile.
    expect(await chair.getByRole('tab', { name: 'Møder' }).count()).toBe(1);
    if (SCREENSHOTS) await chair.screenshot({ path: path.join(SCREENSHOTS, 'connection-lost.png') });

    // Logins live in the server process: after a restart the page asks for the code again, with why.
    restarted = await startServer({ folder: folder.dir, host: '127.0.0.1', port: Number(new URL(url).port), log: () => undefined });
    await chair.getByRole('button', { name: 'Prøv nu' }).click().catch(() => undefined);
    await expect.poll(() => chair.getByRole('status').filter({ hasText: 'Log ind igen' }).count(), { ...LIVE, timeout: 30_000 }).toBe(1);
    await typeCodeAndLogIn(chair, codes.chair);
    await expect.poll(() => chair.locator('.badge-shared').textContent(), LIVE).toBe(`Delt arbejdsbog · ${host()}`);
  });
});
