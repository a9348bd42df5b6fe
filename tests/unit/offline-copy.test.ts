// A shared workbook without its server: the app's copy (electron/app/offline-copy.ts through
// the router) answers reads and documents, takes changes at once and sends them when the server
// is back – against a real server on 127.0.0.1 behind a TCP proxy the test cuts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import type { WorkbookInfo } from '../../shared/domain/workbook';
import type { ProgramSheet } from '../../shared/domain/program';
import type { GeneratedDocument } from '../../shared/domain/report';
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore, type CodeCipher } from '../../electron/app/settings';
import { WorkbookRouter } from '../../electron/app/workbook-router';
import { localCopyPath } from '../../electron/remote/local-copy';
import { MemberStore } from '../../electron/server/members';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { bundleEntry, onTinyDisk, tinyDiskAvailable } from '../support/tiny-disk';
import { hostFolder, member, waitFor, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';
import { tempDir } from '../support/workbooks';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface Setup {
  folder: HostedFolder;
  proxy: Proxy;
  router: WorkbookRouter;
  copy: string;
  documents: string;
  events: Array<{ event: string; payload: unknown }>;
  jens: Client;
  /** The app again on the same data folder (after it was quit): its router, and its events. */
  restart(): { router: WorkbookRouter; events: Array<{ event: string; payload: unknown }> };
}

/** Stands in for safeStorage, so the code can be kept and the app can open the workbook on start. */
const reversingCipher: CodeCipher = {
  encrypt: (plain) => Buffer.from([...plain].reverse().join('')),
  decrypt: (encrypted) => [...encrypted.toString()].reverse().join(''),
};

/** The app as main.ts wires it (outbox and copies in its data folder), without Electron. */
function startApp(dir: string): { router: WorkbookRouter; events: Array<{ event: string; payload: unknown }> } {
  const documents = path.join(dir, 'Dokumenter');
  fs.mkdirSync(documents, { recursive: true });
  const session = new Session({
    settings: new SettingsStore(path.join(dir, 'indstillinger'), { cipher: reversingCipher }),
    shell: { documentsDir: documents, chooseFileToOpen: async () => null, chooseFileToSave: async (suggested) => path.join(documents, path.basename(suggested)), openPath: async () => null },
  });
  const router = new WorkbookRouter({
    session, dispatch: createDispatcher(session, () => undefined),
    outboxDir: path.join(dir, 'udbakke'), copiesDir: path.join(dir, 'lokale-kopier'), copyRefreshDelayMs: 50,
  });
  cleanups.push(async () => {
    await router.close();
    session.close();
  });
  const events: Array<{ event: string; payload: unknown }> = [];
  router.onEvent((event, payload) => events.push({ event, payload }));
  return { router, events };
}

async function setup(): Promise<Setup> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  const proxy = await startProxy(folder.server.url);
  cleanups.push(() => proxy.close());
  const dir = tempDir('arbejdsbogen-app-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { router, events } = startApp(dir);
  const code = await folder.invite('Lene Bach Andersen', 'Formand');
  const jens = await member(folder, 'Jens Møller', 'Formand');
  cleanups.push(() => jens.close());
  valueOf(await router.dispatch('workbook.openShared', { server: proxy.url, workbook: WORKBOOK, code, remember: true }));
  return {
    folder, proxy, router, events, jens,
    copy: localCopyPath(path.join(dir, 'lokale-kopier'), proxy.url, WORKBOOK),
    documents: path.join(dir, 'Dokumenter'),
    restart: () => startApp(dir),
  };
}

/** The goals in a workbook file, in the order stored. */
function goalsIn(file: string): Array<{ id: number; text: string }> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, text FROM program_list_item WHERE list = 'goal' ORDER BY id").all() as Array<{ id: number; text: string }>;
  } finally {
    db.close();
  }
}

async function readGoals(router: WorkbookRouter): Promise<string[]> {
  const answer = await router.dispatch('program.get', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.value as ProgramSheet).lists.goal.map((goal) => goal.text);
}

/** The answer's value; a refusal fails the test with its Danish message. */
function valueOf<T = unknown>(answer: Envelope<unknown>): T {
  if (!answer.ok) throw new Error(`refused: ${answer.error.message}`);
  return answer.value as T;
}

async function goOffline(s: Setup): Promise<void> {
  s.proxy.cut();
  await waitFor(() => s.router.remote?.status.state === 'reconnecting', 5_000);
}

describe('a shared workbook without its server', { timeout: 60_000 }, () => {
  it('keeps a copy up to date, and reads every sheet and makes documents from it while the server cannot be reached', async () => {
    const s = await setup();
    await waitFor(() => fs.existsSync(s.copy), 10_000);
    // Someone else's change reaches the copy too, shortly after.
    valueOf(await s.jens.call('program.list.add', { list: 'goal', text: 'Skrevet af Jens' }));
    await waitFor(() => goalsIn(s.copy).some((g) => g.text === 'Skrevet af Jens'), 10_000);

    await goOffline(s);
    expect(s.router.windowTitle()).toContain('Ikke forbundet – ændringer gemmes lokalt og sendes, når forbindelsen er tilbage');
    // The window still names the workbook as the server does, not by the copy's file.
    expect(valueOf<{ workbook: WorkbookInfo }>(await s.router.dispatch('app.state', {})).workbook).toMatchObject({ fileName: WORKBOOK, path: `${s.proxy.url}/${WORKBOOK}` });
    expect(await readGoals(s.router)).toContain('Skrevet af Jens');
    for (const channel of ['initiatives.list', 'activities.overview', 'meetings.list', 'partners.list', 'budget.get', 'plan.get', 'actions.list', 'decisions.list', 'workbook.changeLog'] as const) {
      const answer = await s.router.dispatch(channel, {});
      expect(answer.ok, `${channel}: ${answer.ok ? '' : answer.error.message}`).toBe(true);
    }
    const document = valueOf<GeneratedDocument>(await s.router.dispatch('reports.generate', { kind: 'programdokument' }));
    expect(path.dirname(document.path)).toBe(s.documents);
    expect(fs.statSync(document.path).size).toBeGreaterThan(5_000);
  });

  it('takes changes at once while offline, sends them in order when the server is back, and a row added offline keeps its edits even when the server gives it another id', async () => {
    const s = await setup();
    await waitFor(() => fs.existsSync(s.copy), 10_000);
    await goOffline(s);

    const added = await s.router.dispatch('program.list.add', { list: 'goal', text: 'Skrevet i toget' });
    expect(added).toMatchObject({ ok: true, value: { text: 'Skrevet i toget' } });
    const localId = (added as { value: { id: number } }).value.id;
    // The sheet hears of the change made in the copy, as of any other.
    expect(s.events.some((e) => e.event === 'workbook.changed')).toBe(true);
    valueOf(await s.router.dispatch('program.list.update', { id: localId, text: 'Skrevet i toget, rettet', seen: { text: 'Skrevet i toget' } }));
    expect(await readGoals(s.router)).toContain('Skrevet i toget, rettet');
    expect(s.router.windowTitle()).toContain('2 ændringer venter på at blive sendt');

    // Meanwhile on the server someone else takes the id the copy gave the new goal.
    valueOf(await s.jens.call('program.list.add', { list: 'goal', text: 'Mål fra Jens' }));
    expect(goalsIn(s.folder.workbookPath).find((g) => g.text === 'Mål fra Jens')?.id).toBe(localId);

    const reloads = s.events.filter((e) => e.event === 'workbook.opened').length;
    s.proxy.restore();
    await waitFor(() => s.events.filter((e) => e.event === 'workbook.opened').length > reloads, 10_000);
    expect(s.router.windowTitle()).not.toContain('venter');
    const onServer = goalsIn(s.folder.workbookPath);
    const mine = onServer.filter((g) => g.text.startsWith('Skrevet i toget'));
    expect(mine.map((g) => g.text)).toEqual(['Skrevet i toget, rettet']);
    expect(mine[0]!.id).not.toBe(localId);
    expect(onServer.find((g) => g.id === localId)?.text).toBe('Mål fra Jens');
    // The window now reads the server, and the copy was fetched again.
    expect(await readGoals(s.router)).toEqual(expect.arrayContaining(['Mål fra Jens', 'Skrevet i toget, rettet']));
    await waitFor(() => goalsIn(s.copy).some((g) => g.text === 'Mål fra Jens'), 10_000);
  });

  it('keeps a change the server refuses on reconnect (someone changed the same text meanwhile) in the refused list, and then shows theirs', async () => {
    const s = await setup();
    await waitFor(() => fs.existsSync(s.copy), 10_000);
    const [first] = goalsIn(s.folder.workbookPath);
    await goOffline(s);
    valueOf(await s.router.dispatch('program.list.update', { id: first!.id, text: 'Min udgave', seen: { text: first!.text } }));
    // Jens changes the same goal on the server before the change arrives.
    valueOf(await s.jens.call('program.list.update', { id: first!.id, text: 'Udgave fra Jens', seen: { text: first!.text } }));
    s.proxy.restore();
    await waitFor(() => (s.router.remote?.outboxCounts.refused ?? 0) === 1 && s.router.remote?.outboxCounts.waiting === 0, 10_000);
    expect(goalsIn(s.folder.workbookPath).find((g) => g.id === first!.id)?.text).toBe('Udgave fra Jens');
    // After catching up the window reads the server: theirs, not the copy's mine.
    await waitFor(() => !(s.router.windowTitle() ?? '').includes('Ikke forbundet'), 5_000);
    expect(await readGoals(s.router)).toContain('Udgave fra Jens');
  });

  it('opens from its copy when the app starts without the server, takes changes, and catches up by itself when the server appears', async () => {
    const s = await setup();
    await waitFor(() => fs.existsSync(s.copy), 10_000);
    await s.router.close();
    s.proxy.cut();

    const again = s.restart();
    const info = valueOf<WorkbookInfo>(await again.router.dispatch('workbook.openStartup', {}));
    expect(info.shared).toMatchObject({ host: new URL(s.proxy.url).host });
    expect(again.router.windowTitle()).toContain('Ikke forbundet');
    expect(await readGoals(again.router)).not.toHaveLength(0);
    valueOf(await again.router.dispatch('program.list.add', { list: 'goal', text: 'Skrevet før forbindelsen' }));
    expect(goalsIn(s.folder.workbookPath).map((g) => g.text)).not.toContain('Skrevet før forbindelsen');

    s.proxy.restore();
    await waitFor(() => again.router.remote?.status.state === 'connected' && !again.router.windowTitle()!.includes('venter'), 15_000);
    expect(goalsIn(s.folder.workbookPath).filter((g) => g.text === 'Skrevet før forbindelsen')).toHaveLength(1);
  });
});

describe('a member whose access is withdrawn', { timeout: 60_000 }, () => {
  it('keeps no copy of the workbook on this machine', async () => {
    const s = await setup();
    await waitFor(() => fs.existsSync(s.copy), 10_000);
    new MemberStore(s.folder.workbookPath).revoke('Lene Bach Andersen');
    // The next call meets the withdrawal; the app gives up the shared workbook.
    await s.router.dispatch('partners.list', {});
    await waitFor(() => s.router.remote === null, 10_000);
    expect(fs.existsSync(s.copy)).toBe(false);
    expect(fs.readdirSync(path.dirname(s.copy)).filter((name) => name.startsWith(path.basename(s.copy)))).toEqual([]);
  });
});

describe.skipIf(!tinyDiskAvailable)('the copy on a full disk (a tiny tmpfs)', { timeout: 60_000 }, () => {
  it('says so in Danish, keeps the old copy whole, and leaves the server’s workbook untouched', async () => {
    const folder = await hostFolder();
    cleanups.push(() => folder.close());
    const code = await folder.invite('Lene Bach Andersen', 'Formand');
    const child = await bundleEntry('tests/support/disk-child.ts', 'disk-child');
    const dir = tempDir('arbejdsbogen-fuld-disk-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const disk = path.join(dir, 'disk');
    fs.mkdirSync(disk);
    const copyName = path.basename(localCopyPath(disk, folder.server.url, WORKBOOK));
    const old = Buffer.alloc(40 * 1024, 7);
    fs.writeFileSync(path.join(dir, 'gammel'), old);
    const serverBefore = fs.readFileSync(folder.workbookPath);

    const run = await onTinyDisk(96, disk, `cp "${path.join(dir, 'gammel')}" "$0/${copyName}"`, [process.execPath, child, 'localcopy', folder.server.url, WORKBOOK, code, disk]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout.trim())).toEqual({
      problem: 'Der er ikke plads på disken til den lokale kopi af »Mørkhøj.arbejdsbog«. Arbejdsbogen på serveren er ikke berørt, men uden forbindelse kan den ikke læses på denne computer, før der er frigjort plads',
    });
    // The old copy byte for byte, and no half-written one beside it.
    expect(run.files.get(copyName)).toEqual({ size: old.length, sha256: crypto.createHash('sha256').update(old).digest('hex') });
    expect([...run.files.keys()].filter((name) => name.endsWith('.skrives'))).toEqual([]);
    expect(fs.readFileSync(folder.workbookPath).equals(serverBefore)).toBe(true);
  });
});
