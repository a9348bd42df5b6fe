// The browser client's bridge (renderer/web/socket-bridge.ts) against the real server over real
// WebSockets. Node has no browser WebSocket, so the `ws` package stands in for the browser's,
// sending the login cookie and the page's Origin as a browser would.
import WS from 'ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkbookPresence } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { DownloadedFile } from '../../shared/api/socket-protocol';
import { createSocketBridge, type ConnectionState, type SocketBridge } from '../../renderer/web/socket-bridge';
import { hostFolder, login, member, waitFor, WORKBOOK, type HostedFolder } from '../support/server-client';

let folder: HostedFolder;
let bridge: SocketBridge | null = null;
/** The sockets the bridge opened, newest last, to cut one as a network would. */
let sockets: WS[] = [];

beforeEach(async () => {
  folder = await hostFolder();
  sockets = [];
});

afterEach(async () => {
  bridge?.close();
  bridge = null;
  delete (globalThis as { WebSocket?: unknown }).WebSocket;
  await folder.close();
});

/** Logs in as a browser page would and makes the bridge, with a browser-like WebSocket carrying the cookie. */
async function openBridge(name: string, role: 'Formand' | 'Social innovator' | 'Direktør') {
  const code = await folder.invite(name, role);
  const { cookie } = await login(folder.server.url, WORKBOOK, code);
  const origin = folder.server.url;
  class BrowserLikeWebSocket extends WS {
    constructor(url: string) {
      super(url, { headers: { cookie: cookie!, origin } });
      sockets.push(this);
    }
  }
  (globalThis as { WebSocket?: unknown }).WebSocket = BrowserLikeWebSocket;
  const states: ConnectionState['kind'][] = [];
  const downloads: DownloadedFile[] = [];
  bridge = createSocketBridge({
    url: `${folder.server.url.replace(/^http/, 'ws')}/api/socket`,
    onState: (state) => states.push(state.kind),
    onDownload: (file) => downloads.push(file),
    stillLoggedIn: async () => (await fetch(`${folder.server.url}/api/login`, { headers: { cookie: cookie! } })).ok,
    firstRetryMs: 50,
    maxRetryMs: 200,
  });
  return { bridge, states, downloads };
}

describe('the browser bridge over the server socket', () => {
  it('answers calls, passes on events, replays who is online to a late listener, and hands over downloads before the answer', async () => {
    const { bridge, downloads } = await openBridge('Lene Bach Andersen', 'Formand');
    // Called before the socket is open: sent once it is.
    expect(await bridge.invoke('app.state', {})).toMatchObject({ ok: true, value: { user: { name: 'Lene Bach Andersen', role: 'Formand' }, workbook: { fileName: WORKBOOK } } });
    expect(bridge.files).toBe('browser');

    const presence: WorkbookPresence[] = [];
    bridge.on('workbook.presence', (p) => presence.push(p));
    await waitFor(() => presence.length === 1, 2000);
    expect(presence[0]).toMatchObject({ workbook: WORKBOOK, me: { name: 'Lene Bach Andersen' } });

    const changes: string[] = [];
    bridge.on('workbook.changed', (change) => changes.push(change.description));
    expect(await bridge.invoke('partners.add', { name: 'Jobcenter Gladsaxe' })).toMatchObject({ ok: true });
    await waitFor(() => changes.length === 1, 2000);

    const answer = await bridge.invoke('budget.exportXlsxDialog', {});
    // The download came first: it is there when the answer is.
    expect(downloads).toHaveLength(1);
    expect(answer).toEqual({ ok: true, value: downloads[0]!.fileName });
  });

  it('hands a conflict on whole: who changed the field comes with it, so the sheet can tell it from a refusal', async () => {
    const { bridge } = await openBridge('Lene Bach Andersen', 'Formand');
    const seen = ((await bridge.invoke('partners.list', {})) as { value: Array<{ id: number; note: string }> }).value.find((p) => p.id === 1)!.note;
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    expect(await sara.call('partners.update', { id: 1, patch: { note: 'Saras note' }, seen: { note: seen } })).toMatchObject({ ok: true });
    await sara.close();
    expect(await bridge.invoke('partners.update', { id: 1, patch: { note: 'Lenes note' }, seen: { note: seen } })).toMatchObject({
      ok: false, error: { code: 'conflict', changedBy: { author: 'Sara Khalil (Social innovator)', at: expect.any(String) } },
    });
  });

  it('a lost connection answers the waiting call and new ones at once in Danish, then comes back and has the sheets read anew', { timeout: 30_000 }, async () => {
    const { bridge, states } = await openBridge('Lene Bach Andersen', 'Formand');
    expect(await bridge.invoke('program.get', {})).toMatchObject({ ok: true });
    const reopened: string[] = [];
    bridge.on('workbook.opened', (info) => reopened.push(info.fileName));

    // A document takes a while: the connection is cut while it is being made.
    const waiting = bridge.invoke('reports.generate', { kind: 'programdokument' });
    sockets.at(-1)!.terminate();
    expect(await waiting).toEqual({ ok: false, error: { code: 'refused', message: expect.stringContaining('Forbindelsen til serveren blev afbrudt, før svaret kom') } });
    expect(states).toContain('lost');
    const meanwhile: Envelope<unknown> = await bridge.invoke('partners.add', { name: 'Mens forbindelsen var væk' });
    expect(meanwhile).toMatchObject({ ok: false, error: { message: expect.stringContaining('ingen forbindelse til serveren') } });

    await waitFor(() => states.at(-1) === 'open', 5000);
    await waitFor(() => reopened.length === 1, 5000);
    expect(reopened).toEqual([WORKBOOK]);
    expect(await bridge.invoke('partners.add', { name: 'Efter forbindelsen kom igen' })).toMatchObject({ ok: true });
  });

  it('a revoked invitation ends the login: the page is told to log in again and calls say so', async () => {
    const { bridge, states } = await openBridge('Sara Khalil', 'Social innovator');
    expect(await bridge.invoke('program.get', {})).toMatchObject({ ok: true });
    const { MemberStore } = await import('../../electron/server/members');
    new MemberStore(folder.workbookPath).revoke('Sara Khalil');
    expect(await bridge.invoke('program.get', {})).toMatchObject({ ok: false, error: { code: 'refused' } });
    await waitFor(() => states.at(-1) === 'loggedOut', 5000);
    expect(await bridge.invoke('program.get', {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('Log ind igen') } });
  });

  it('a server that went away and forgot the login: the page is asked to log in again instead of retrying forever', { timeout: 30_000 }, async () => {
    const { bridge, states } = await openBridge('Lene Bach Andersen', 'Formand');
    expect(await bridge.invoke('program.get', {})).toMatchObject({ ok: true });
    const { url } = folder.server;
    await folder.server.close();
    const { startServer } = await import('../../electron/server/server');
    // The same address again, as after a restart: logins lived in the old process only.
    const restarted = await startServer({ folder: folder.dir, host: '127.0.0.1', port: Number(new URL(url).port), log: () => undefined });
    try {
      await waitFor(() => states.at(-1) === 'loggedOut', 10_000);
      expect(states).toContain('lost');
    } finally {
      bridge.close();
      await restarted.close();
    }
  });
});
