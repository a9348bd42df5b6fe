// Konflikter in the built renderer: the app (router with an outbox, as main.ts wires it) works on a
// shared workbook through a TCP proxy that cuts the connection; meanwhile another member changes
// the same fields on the server, so the chair's changes are refused when they are sent again. The
// chair opens the list from the header, sees mine beside theirs and uses each action, and the
// server's file holds what was chosen.
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { hostFolder, member, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

/** Set to a file to keep a screenshot of the list there as well. */
const SCREENSHOT = process.env.CONFLICTS_SCREENSHOT ?? screenshotPath('arbejdsbogen-konflikter.png');
/** What waits for the server may take a while on a busy machine; nothing waits for it. */
const SERVER = { timeout: 10_000, interval: 50 };

let harness: Harness | undefined;
let folder: HostedFolder | undefined;
let proxy: Proxy | undefined;
let sara: Client | undefined;
afterEach(async () => {
  await sara?.close();
  await harness?.close();
  await proxy?.close();
  await folder?.close();
});
afterAll(closeBrowser);

function stored<T>(sql: string, ...params: unknown[]): T {
  const db = new Database(folder!.workbookPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

describe('Konflikter', () => {
  it('lists the changes the server refused after a lost connection, mine beside theirs, and each action does what it says', async () => {
    folder = await hostFolder();
    proxy = await startProxy(folder.server.url);
    const code = await folder.invite('Lene Bach Andersen', 'Formand');
    harness = await startHarness({ router: true, user: { name: 'Lene Bach Andersen', role: 'Formand' } });
    const { page } = harness;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    expect(await harness.dispatch('workbook.openShared', { server: proxy.url, workbook: WORKBOOK, code, remember: false })).toMatchObject({ ok: true });
    await expect.poll(() => page.locator('.badge-shared').count(), SERVER).toBe(1);
    const conflictsButton = page.locator('.workbook-header .conflicts-button');
    expect(await conflictsButton.count()).toBe(0);

    const partner = (await harness.dispatch('partners.add', { name: 'Jobcenter Gladsaxe', note: 'Fra mødet i marts' })) as Extract<Envelope<{ id: number; note: string }>, { ok: true }>;
    const initiative = stored<{ id: number; title: string; description: string }>('SELECT id, title, description FROM initiative ORDER BY id LIMIT 1');

    // The connection goes; three changes are made offline, and Sara changes the same fields meanwhile.
    proxy.cut();
    // Made before the socket has noticed or after, in the copy or waiting: either way each is sent again.
    const router = harness.dispatch;
    const mine = [
      router('partners.update', { id: partner.value.id, patch: { note: 'Min note om jobcentret' }, seen: { note: partner.value.note } }),
      router('initiatives.update', { id: initiative.id, patch: { title: 'Min titel' }, seen: { title: initiative.title } }),
      router('initiatives.update', { id: initiative.id, patch: { description: 'Min beskrivelse,\nskrevet i toget.' }, seen: { description: initiative.description } }),
    ];
    sara = await member(folder, 'Sara Khalil', 'Social innovator');
    for (const [channel, input] of [
      ['partners.update', { id: partner.value.id, patch: { note: 'Saras note' }, seen: { note: partner.value.note } }],
      ['initiatives.update', { id: initiative.id, patch: { title: 'Saras titel', description: 'Saras beskrivelse' }, seen: { title: initiative.title, description: initiative.description } }],
    ] as const) {
      expect(await sara.call(channel, input)).toMatchObject({ ok: true });
    }
    proxy.restore();
    // Answered by this machine's copy, or by the server once it is back: either way refused on the resend.
    await Promise.all(mine);

    // The header says so; the chair opens the list with the mouse.
    await expect.poll(() => conflictsButton.textContent(), SERVER).toBe('⚠ 3 konflikter');
    await conflictsButton.click();
    const dialog = page.getByRole('dialog', { name: 'Konflikter' });
    await dialog.waitFor();
    const cards = dialog.locator('.conflict');
    await expect.poll(() => cards.count(), SERVER).toBe(3);
    const card = (subject: string, field: string) => cards.filter({ hasText: subject }).filter({ has: page.getByRole('rowheader', { name: field, exact: true }) });
    const row = (subject: string, field: string) => card(subject, field).locator('tbody tr');
    const partnerCard = card('Partner «Jobcenter Gladsaxe»', 'Note');
    const titleCard = card(`Indsats «Saras titel»`, 'Titel');
    const descriptionCard = card(`Indsats «Saras titel»`, 'Beskrivelse');
    expect(await partnerCard.locator('.conflict-what').textContent()).toBe('Indsatser · Partner «Jobcenter Gladsaxe»');
    expect(await row('Partner «Jobcenter Gladsaxe»', 'Note').allTextContents()).toEqual(['NoteMin note om jobcentretSaras note']);
    expect(await row('Indsats «Saras titel»', 'Titel').allTextContents()).toEqual(['TitelMin titelSaras titel']);
    expect(await descriptionCard.locator('.conflict-mine').textContent()).toBe('Min beskrivelse,\nskrevet i toget.');
    expect(await descriptionCard.locator('.conflict-theirs').textContent()).toBe('Saras beskrivelse');
    expect(await partnerCard.locator('.conflict-reason').textContent()).toContain('ændret af Sara Khalil (Social innovator)');
    await page.screenshot({ path: SCREENSHOT });

    // Brug deres: mine is dropped, Sara's note stands.
    await partnerCard.getByRole('button', { name: 'Brug deres' }).click();
    await expect.poll(() => cards.count(), SERVER).toBe(2);
    await expect.poll(() => conflictsButton.textContent(), SERVER).toBe('⚠ 2 konflikter');
    expect(stored<{ note: string }>('SELECT note FROM partner WHERE id = ?', partner.value.id).note).toBe('Saras note');

    // Anvend min igen, from the keyboard: my title goes to the server over Sara's, which I have now seen.
    await titleCard.getByRole('button', { name: 'Anvend min igen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cards.count(), SERVER).toBe(1);
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = ?', initiative.id).title).toBe('Min titel');
    // The open card shows the row by what it is called now.
    await expect.poll(() => descriptionCard.count(), SERVER).toBe(0);
    const remaining = card('Indsats «Min titel»', 'Beskrivelse');
    expect(await remaining.count()).toBe(1);

    // Kopiér: my text goes to the clipboard, whole; nothing is sent, the change stays listed.
    await remaining.getByRole('button', { name: 'Kopiér' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('Min beskrivelse,\nskrevet i toget.');
    expect(stored<{ description: string }>('SELECT description FROM initiative WHERE id = ?', initiative.id).description).toBe('Saras beskrivelse');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await conflictsButton.textContent()).toBe('⚠ 1 konflikt');

    // Opened again from the keyboard (the header's first stop), the last one is still there; theirs kept.
    await page.locator('.workbook-header .app-name').click();
    await page.keyboard.press('Tab');
    expect(await conflictsButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await remaining.getByRole('button', { name: 'Brug deres' }).click();
    await expect.poll(() => dialog.locator('.conflicts-empty').textContent(), SERVER).toBe('Der er ingen afviste ændringer.');
    await expect.poll(() => conflictsButton.count()).toBe(0);
    expect(stored<{ description: string }>('SELECT description FROM initiative WHERE id = ?', initiative.id).description).toBe('Saras beskrivelse');
    // Mine was applied once, as the chair: no change was stored twice.
    const applied = stored<{ n: number }>("SELECT COUNT(*) AS n FROM change_set WHERE author = 'Lene Bach Andersen (Formand)'").n;
    expect(applied).toBe(2);
  });
});
