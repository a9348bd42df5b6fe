// The app's outbox for a shared workbook (electron/remote/outbox.ts through RemoteWorkbook),
// against a real server on 127.0.0.1 reached through a TCP proxy in the test that can cut every
// connection, refuse new ones and swallow the server's answers.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { Outbox, outboxPath, type OutboxEntry, type RefusedEntry } from '../../electron/remote/outbox';
import { RemoteWorkbook, type OutboxCounts } from '../../electron/remote/remote-workbook';
import { seeded, sleep } from '../support/seeded';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { hostFolder, member, waitFor, WORKBOOK, type HostedFolder } from '../support/server-client';
import { appRouter } from '../support/app-router';
import { tempDir } from '../support/workbooks';

const FAST = { reconnectDelaysMs: [20, 50, 100], connectTimeoutMs: 5_000 };
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(): Promise<{ folder: HostedFolder; proxy: Proxy; outboxDir: string; code: string }> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  const proxy = await startProxy(folder.server.url);
  cleanups.push(() => proxy.close());
  const outboxDir = tempDir('arbejdsbogen-udbakke-');
  cleanups.push(() => fs.rmSync(outboxDir, { recursive: true, force: true }));
  return { folder, proxy, outboxDir, code: await folder.invite('Lene Bach Andersen', 'Formand') };
}

async function open(server: string, code: string, outboxDir: string, log?: (line: string) => void): Promise<RemoteWorkbook> {
  const remote = await RemoteWorkbook.open({ server, workbook: WORKBOOK, code, outboxDir, log, ...FAST });
  cleanups.push(() => remote.close());
  return remote;
}

/** The goals whose text starts with `prefix`, in the order the server stored them, read from the file. */
function storedGoals(folder: HostedFolder, prefix: string): string[] {
  const db = new Database(folder.workbookPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT text FROM program_list_item WHERE list = 'goal' AND text LIKE ? ORDER BY id").pluck().all(`${prefix}%`) as string[];
  } finally {
    db.close();
  }
}

/** What the outbox file on disk holds, read afresh as the next run of the app would. */
function outboxFile(outboxDir: string, server: string): { waiting: OutboxEntry[]; refused: RefusedEntry[] } {
  const onDisk = new Outbox(outboxPath(outboxDir, server, WORKBOOK));
  return { waiting: [...onDisk.waiting], refused: [...onDisk.refused] };
}

describe('the outbox of a shared workbook', { timeout: 60_000 }, () => {
  it('30 edits made while the connection is cut and restored at random moments arrive exactly once, in order', async () => {
    const { folder, proxy, outboxDir, code } = await setup();
    const remote = await open(proxy.url, code, outboxDir);
    const counts: OutboxCounts[] = [];
    remote.onOutbox((c) => counts.push(c));
    const random = seeded(14);
    const answers: Array<Promise<Envelope<unknown>>> = [];
    let cuts = 0;
    for (let i = 1; i <= 30; i++) {
      answers.push(remote.invoke('program.list.add', { list: 'goal', text: `Redigering ${String(i).padStart(2, '0')}` }));
      const roll = random();
      if (roll < 0.2) {
        proxy.cut();
        cuts++;
      } else if (roll < 0.45) {
        proxy.restore();
      }
      await sleep(Math.floor(random() * 40));
    }
    proxy.restore();
    const settled = await Promise.all(answers);
    expect(cuts).toBeGreaterThan(2);
    expect(settled.every((answer) => answer.ok)).toBe(true);
    const expected = Array.from({ length: 30 }, (_, i) => `Redigering ${String(i + 1).padStart(2, '0')}`);
    expect(storedGoals(folder, 'Redigering ')).toEqual(expected);
    // Each edit carried an id of its own: the server recorded 30 applied call ids, no more.
    const db = new Database(folder.workbookPath, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(DISTINCT call_id) FROM applied_call').pluck().get()).toBe(30);
    } finally {
      db.close();
    }
    expect(remote.outboxCounts).toEqual({ waiting: 0, refused: 0 });
    expect(outboxFile(outboxDir, proxy.url)).toEqual({ waiting: [], refused: [] });
    // While cut, changes waited rather than failing: the count rose above one at some point.
    expect(Math.max(...counts.map((c) => c.waiting))).toBeGreaterThan(1);
  });

  it('a change whose answer was lost is sent again with its id and answered as the first time, stored once', async () => {
    const { folder, proxy, outboxDir, code } = await setup();
    const remote = await open(proxy.url, code, outboxDir);
    proxy.swallowReplies = true;
    const answer = remote.invoke('program.list.add', { list: 'goal', text: 'Svaret gik tabt' });
    await waitFor(() => storedGoals(folder, 'Svaret gik tabt').length === 1, 10_000);
    expect(remote.outboxCounts.waiting).toBe(1);
    proxy.cut();
    proxy.swallowReplies = false;
    await waitFor(() => remote.status.state === 'reconnecting', 5_000);
    proxy.restore();
    const settled = await answer;
    expect(settled).toMatchObject({ ok: true, value: { text: 'Svaret gik tabt' } });
    expect(storedGoals(folder, 'Svaret gik tabt')).toHaveLength(1);
    expect(remote.outboxCounts).toEqual({ waiting: 0, refused: 0 });
  });

  it('changes left on disk by a run that crashed while offline are sent by the next one on connect', async () => {
    const { folder, proxy, outboxDir, code } = await setup();
    // It waits a minute before trying again: long after this test has ended.
    const first = await RemoteWorkbook.open({ server: proxy.url, workbook: WORKBOOK, code, outboxDir, ...FAST, reconnectDelaysMs: [60_000] });
    cleanups.push(() => first.close());
    proxy.cut();
    await waitFor(() => first.status.state === 'reconnecting', 5_000);
    const reads = await first.invoke('app.state', {});
    expect(reads).toMatchObject({ ok: false, error: { message: expect.stringContaining('afbrudt') } });
    // Made offline: kept on disk, not answered.
    let answered = false;
    for (const text of ['Offline 1', 'Offline 2', 'Offline 3']) void first.invoke('program.list.add', { list: 'goal', text }).then(() => (answered = true));
    await waitFor(() => first.outboxCounts.waiting === 3, 5_000);
    expect(outboxFile(outboxDir, proxy.url).waiting.map((e) => e.channel)).toEqual(['program.list.add', 'program.list.add', 'program.list.add']);
    expect(answered).toBe(false);
    // "Crash": the first is never closed and does not reconnect; the next run opens the same
    // workbook at the same address once the network is back, and finds the changes on disk.
    proxy.restore();
    const second = await open(proxy.url, code, outboxDir);
    await waitFor(() => second.outboxCounts.waiting === 0, 10_000);
    expect(storedGoals(folder, 'Offline ')).toEqual(['Offline 1', 'Offline 2', 'Offline 3']);
    expect(outboxFile(outboxDir, proxy.url)).toEqual({ waiting: [], refused: [] });
    expect(answered).toBe(false);
  });

  it('a change the server refuses when it is sent again lands in the refused list with the server\'s words', async () => {
    const { folder, proxy, outboxDir, code } = await setup();
    const lines: string[] = [];
    const remote = await open(proxy.url, code, outboxDir, (line) => lines.push(line));
    const added = await remote.invoke('partners.add', { name: 'Jobcenter Gladsaxe' });
    expect(added.ok).toBe(true);
    const partner = (added as { value: { id: number; note: string } }).value;

    proxy.cut();
    await waitFor(() => remote.status.state === 'reconnecting', 5_000);
    const mine = remote.invoke('partners.update', { id: partner.id, patch: { note: 'Min note' }, seen: { note: partner.note } });
    // Meanwhile another member changes the same field on the server.
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    cleanups.push(() => sara.close());
    expect(await sara.call('partners.update', { id: partner.id, patch: { note: 'Saras note' }, seen: { note: partner.note } })).toMatchObject({ ok: true });
    proxy.restore();

    const answer = await mine;
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = (answer as Extract<Envelope<unknown>, { ok: false }>).error.message;
    expect(message).toContain('Sara Khalil');
    expect(remote.outboxCounts).toEqual({ waiting: 0, refused: 1 });
    const file = outboxFile(outboxDir, proxy.url);
    expect(file.waiting).toEqual([]);
    expect(file.refused).toEqual([expect.objectContaining({ channel: 'partners.update', message })]);
    expect(lines.some((line) => line.includes(message))).toBe(true);
    // Theirs stands: nothing was overwritten.
    expect(await remote.invoke('partners.list', {})).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ id: partner.id, note: 'Saras note' })]) });
    expect(path.basename(outboxPath(outboxDir, proxy.url, WORKBOOK))).toMatch(/\.udbakke\.json$/);
  });
});

describe('the outbox as the app wires it', { timeout: 60_000 }, () => {
  it('the router keeps a change made offline, the title bar says so and counts it, and it is sent when the connection is back', async () => {
    const { folder, proxy, outboxDir, code } = await setup();
    const app = appRouter({ outboxDir });
    cleanups.push(() => app.close());
    const { router } = app;
    const titles: string[] = [];
    router.onRemoteStatus(() => titles.push(router.windowTitle() ?? ''));
    expect(await router.dispatch('workbook.openShared', { server: proxy.url, workbook: WORKBOOK, code, remember: false })).toMatchObject({ ok: true });

    proxy.cut();
    await waitFor(() => router.remote?.status.state === 'reconnecting', 5_000);
    const answer = router.dispatch('program.list.add', { list: 'goal', text: 'Skrevet i toget' });
    await waitFor(() => titles.some((t) => t.includes('1 ændring venter')), 5_000);
    expect(router.windowTitle()).toContain('Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage · 1 ændring venter på at blive sendt');
    // A read cannot wait: it fails at once, in Danish.
    expect(await router.dispatch('partners.list', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('afbrudt') } });

    proxy.restore();
    expect(await answer).toMatchObject({ ok: true, value: { text: 'Skrevet i toget' } });
    expect(storedGoals(folder, 'Skrevet i toget')).toHaveLength(1);
    await waitFor(() => router.remote?.status.state === 'connected', 5_000);
    expect(router.windowTitle()).not.toContain('venter');
    expect(router.windowTitle()).not.toContain('Ikke forbundet');
  });
});
