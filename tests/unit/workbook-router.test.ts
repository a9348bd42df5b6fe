// The app's router between the local workbook and a shared one on a real server (127.0.0.1),
// with the settings that remember shared workbooks and keep their codes only encrypted.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore, type CodeCipher } from '../../electron/app/settings';
import { WorkbookRouter } from '../../electron/app/workbook-router';
import { RemoteWorkbook } from '../../electron/remote/remote-workbook';
import { MemberStore } from '../../electron/server/members';
import { lockPathFor } from '../../electron/workbook/lock';
import type { AppState, WorkbookInfo } from '../../shared/domain/workbook';
import type { SharedWorkbookOverview } from '../../shared/domain/shared-workbook';
import { hostFolder, member, waitFor, WORKBOOK, type HostedFolder } from '../support/server-client';
import { tempDir } from '../support/workbooks';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Stands in for safeStorage: reversible, but the code never appears as it is. */
const fakeCipher: CodeCipher = {
  encrypt: (plain) => Buffer.from(`hemmelig:${[...plain].reverse().join('')}`),
  decrypt: (encrypted) => {
    const text = encrypted.toString();
    if (!text.startsWith('hemmelig:')) throw new Error('not ours');
    return [...text.slice('hemmelig:'.length)].reverse().join('');
  },
};

interface App {
  dir: string;
  localPath: string;
  session: Session;
  router: WorkbookRouter;
  events: Array<{ event: string; payload: unknown }>;
  call(channel: string, input?: unknown): Promise<unknown>;
}

/** The app as main.ts wires it, with a local workbook open, and no Electron. */
function startApp(options: { cipher?: CodeCipher; dir?: string } = {}): App {
  const dir = options.dir ?? tempDir('arbejdsbogen-router-');
  const settings = new SettingsStore(path.join(dir, 'indstillinger'), { cipher: options.cipher });
  settings.setUser({ name: 'Lokal Bruger', role: 'Formand' });
  const session = new Session({
    settings,
    shell: { documentsDir: path.join(dir, 'Dokumenter'), chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
  });
  const localPath = path.join(dir, 'Lokal.arbejdsbog');
  if (!fs.existsSync(localPath)) session.create(localPath, 'blank');
  const router = new WorkbookRouter({
    session,
    dispatch: createDispatcher(session, () => undefined),
    connect: (target) => RemoteWorkbook.open({ ...target, reconnectDelaysMs: [50, 100] }),
  });
  const events: App['events'] = [];
  router.onEvent((event, payload) => events.push({ event, payload }));
  cleanups.push(async () => {
    await router.close();
    session.close();
    if (!options.dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    dir, localPath, session, router, events,
    call: async (channel, input = {}) => {
      const envelope = await router.dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value;
    },
  };
}

async function hosted(): Promise<HostedFolder> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  return folder;
}

function serverPartners(folder: HostedFolder): string[] {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM partner').all() as Array<{ name: string }>).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('the router', { timeout: 30_000 }, () => {
  it('sends calls to the server while a shared workbook is open, and to the local file again after one is opened', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const app = startApp();
    expect(((await app.call('app.state')) as AppState).workbook?.path).toBe(app.localPath);

    const info = (await app.call('workbook.openShared', { server: `${folder.server.url}/`, workbook: 'Mørkhøj', code, remember: false })) as WorkbookInfo;
    const host = new URL(folder.server.url).host;
    expect(info).toMatchObject({ fileName: WORKBOOK, path: `${folder.server.url}/${WORKBOOK}`, shared: { server: folder.server.url, host } });
    expect(app.events.some((e) => e.event === 'workbook.opened' && (e.payload as WorkbookInfo).shared?.host === host)).toBe(true);
    // The local workbook is let go, its lock too.
    expect(app.session.current).toBeNull();
    expect(fs.existsSync(lockPathFor(app.localPath))).toBe(false);

    const state = (await app.call('app.state')) as AppState;
    expect(state.user).toEqual({ name: 'Sara Khalil', role: 'Social innovator' });
    expect(state.workbook?.shared?.host).toBe(host);
    expect(state.recentFiles).toEqual([app.localPath]);
    await app.call('partners.add', { name: 'Jobcenter Gladsaxe' });
    expect(serverPartners(folder)).toContain('Jobcenter Gladsaxe');
    // The invited member acts; this machine's own name and role are not the shared workbook's.
    await expect(app.call('user.set', { name: 'Nogen Andre', role: 'Formand' })).rejects.toThrow('invitationen lyder på (Sara Khalil, Social innovator)');
    // The server said who is online as the socket opened: only she is.
    expect(app.router.windowTitle()).toBe(`${WORKBOOK} — Delt · ${host} · ingen andre online — Arbejdsbogen`);

    // Another member's change reaches the window as the local session's events do.
    const anne = await member(folder, 'Anne Holm', 'Formand');
    cleanups.push(() => anne.close());
    await anne.call('program.list.add', { list: 'goal', text: 'Set af Sara' });
    await waitFor(() => app.events.some((e) => e.event === 'workbook.changed' && JSON.stringify(e.payload).includes('Set af Sara')), 2_000);

    const remote = app.router.remote!;
    const reopened = (await app.call('workbook.openRecent', { path: app.localPath })) as WorkbookInfo;
    expect(reopened.path).toBe(app.localPath);
    await waitFor(() => remote.status.state === 'closed', 2_000);
    expect(app.router.remote).toBeNull();
    const local = (await app.call('app.state')) as AppState;
    expect(local.user).toEqual({ name: 'Lokal Bruger', role: 'Formand' });
    expect(local.workbook?.shared).toBeUndefined();
    await app.call('partners.add', { name: 'Kun lokalt' });
    expect(serverPartners(folder)).not.toContain('Kun lokalt');
    expect(app.router.windowTitle()).toBe('Lokal.arbejdsbog — Arbejdsbogen');
  });

  it('refuses a wrong code with the server\'s message and leaves the open workbook as it was', async () => {
    const folder = await hosted();
    const app = startApp();
    await expect(app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', remember: true }))
      .rejects.toThrow('Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation');
    expect(app.router.remote).toBeNull();
    expect(app.session.current?.filePath).toBe(app.localPath);
    expect(app.session.settings.sharedWorkbooks).toEqual([]);
  });

  it('checks the dialog\'s input: an http(s) address of a server only, https beyond this computer, a file name', async () => {
    const app = startApp();
    const refusal = async (input: Record<string, unknown>) => {
      const answer = await app.router.dispatch('workbook.openShared', { server: 'https://arbejdsbog.gladsaxe.dk', workbook: 'Mørkhøj', code: 'x', remember: false, ...input });
      expect(answer.ok).toBe(false);
      return answer.ok ? null : answer.error;
    };
    expect(await refusal({ server: 'ftp://arbejdsbog.gladsaxe.dk' })).toEqual({ code: 'invalid_input', message: 'Serverens adresse skal begynde med https://' });
    expect((await refusal({ server: 'arbejdsbog.gladsaxe.dk' }))?.message).toMatch(/skal være en internetadresse/);
    expect((await refusal({ server: 'http://arbejdsbog.gladsaxe.dk' }))?.message).toMatch(/Brug https:\/\/, så invitationskoden ikke sendes ukrypteret/);
    expect((await refusal({ server: 'https://arbejdsbog.gladsaxe.dk/sti?x=1' }))?.message).toMatch(/kun navnet og evt. porten/);
    expect((await refusal({ server: 'https://bruger:kode@arbejdsbog.gladsaxe.dk' }))?.message).toMatch(/brugernavn/);
    expect((await refusal({ workbook: '../Mørkhøj' }))?.message).toMatch(/uden mapper/);
    expect((await refusal({ code: '  ' }))?.message).toBe('Invitationskoden må ikke være tom');
    expect((await refusal({ remember: 'ja' }))?.code).toBe('invalid_input');
    expect(app.session.current?.filePath).toBe(app.localPath);
  });
});

describe('remembered shared workbooks', { timeout: 30_000 }, () => {
  it('keep the code only encrypted, never give it to the window, and open again from the recent list', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Medlem');
    const app = startApp({ cipher: fakeCipher });
    await app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: true });

    const stored = fs.readFileSync(path.join(app.dir, 'indstillinger', 'indstillinger.json'), 'utf8');
    expect(stored).not.toContain(code);
    expect(stored).toContain(fakeCipher.encrypt(code).toString('base64'));
    const overview = (await app.call('workbook.sharedWorkbooks')) as SharedWorkbookOverview;
    expect(overview).toEqual({
      canRememberCode: true,
      entries: [{ id: expect.any(String), server: folder.server.url, host: new URL(folder.server.url).host, workbook: WORKBOOK, memberName: 'Sara Khalil', role: 'Medlem', codeRemembered: true }],
    });
    expect(JSON.stringify(overview)).not.toContain(code);
    expect(JSON.stringify(overview)).not.toContain(fakeCipher.encrypt(code).toString('base64'));

    await app.call('workbook.openRecent', { path: app.localPath });
    const reopened = (await app.call('workbook.openRecentShared', { id: overview.entries[0]!.id })) as WorkbookInfo;
    expect(reopened.shared?.server).toBe(folder.server.url);
    expect(((await app.call('app.state')) as AppState).user?.name).toBe('Sara Khalil');

    // Not remembered this time: the kept code goes, and the recent entry asks for it.
    await app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: false });
    expect(fs.readFileSync(path.join(app.dir, 'indstillinger', 'indstillinger.json'), 'utf8')).not.toContain(fakeCipher.encrypt(code).toString('base64'));
    expect(app.session.settings.sharedWorkbooks).toMatchObject([{ codeRemembered: false }]);
    await expect(app.call('workbook.openRecentShared', { id: overview.entries[0]!.id })).rejects.toThrow('er ikke gemt på denne computer');
  });

  it('without safe encryption keep no code at all, and say so', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Medlem');
    const app = startApp();
    expect(((await app.call('workbook.sharedWorkbooks')) as SharedWorkbookOverview).canRememberCode).toBe(false);
    await app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: true });
    const stored = JSON.parse(fs.readFileSync(path.join(app.dir, 'indstillinger', 'indstillinger.json'), 'utf8')) as { sharedWorkbooks: Array<{ encryptedCode: unknown }> };
    expect(stored.sharedWorkbooks).toEqual([expect.objectContaining({ encryptedCode: null, memberName: 'Sara Khalil' })]);
  });

  it('forget a code the server no longer takes (the local workbook comes back), and a code another machine encrypted reads as none', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Medlem');
    const app = startApp({ cipher: fakeCipher });
    await app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: true });
    const [entry] = app.session.settings.sharedWorkbooks;
    new MemberStore(folder.workbookPath).revoke('Sara Khalil');
    await expect(app.call('partners.add', { name: 'Efter tilbagetrækning' })).rejects.toThrow('trukket tilbage');
    await waitFor(() => app.router.remote === null, 5_000);
    expect(app.session.settings.sharedWorkbooks).toMatchObject([{ id: entry!.id, codeRemembered: false }]);
    // The window is not left with a workbook whose every call fails: the local one is back.
    await waitFor(() => app.session.current !== null, 5_000);
    expect(app.session.current?.filePath).toBe(app.localPath);
    expect(app.events.at(-1)).toMatchObject({ event: 'workbook.opened', payload: { path: app.localPath } });

    const other = new SettingsStore(path.join(app.dir, 'indstillinger'), { cipher: { encrypt: fakeCipher.encrypt, decrypt: () => { throw new Error('other key'); } } });
    other.rememberShared({ server: folder.server.url, workbook: WORKBOOK, memberName: 'Sara Khalil', role: 'Medlem' }, code);
    const reread = new SettingsStore(path.join(app.dir, 'indstillinger'), { cipher: { encrypt: fakeCipher.encrypt, decrypt: () => { throw new Error('other key'); } } });
    expect(reread.sharedCode(entry!.id)).toBeNull();
  });

  it('open on start-up when used last with a kept code, and fall back to the local workbook when the server is away', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Medlem');
    const dir = tempDir('arbejdsbogen-start-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const first = startApp({ cipher: fakeCipher, dir });
    await first.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: true });
    await first.router.close();
    first.session.close();

    const again = startApp({ cipher: fakeCipher, dir });
    again.session.close();
    const started = (await again.call('workbook.openStartup')) as WorkbookInfo;
    expect(started.shared?.server).toBe(folder.server.url);
    await again.router.close();

    await folder.server.close();
    const away = startApp({ cipher: fakeCipher, dir });
    away.session.close();
    const local = (await away.call('workbook.openStartup')) as WorkbookInfo;
    expect(local.path).toBe(away.localPath);
  });
});
