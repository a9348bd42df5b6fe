// A hosted folder with one workbook, the server running in this process on 127.0.0.1:0, and
// clients that log in over HTTP and talk over real WebSockets (the `ws` package).
import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import type { WorkbookPresence } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { DownloadedFile } from '../../shared/api/socket-protocol';
import type { UserRole } from '../../shared/domain/user';
import { MemberStore } from '../../electron/server/members';
import { startServer, type RunningServer, type ServerLimits } from '../../electron/server/server';
import { openTestSession, tempDir } from './workbooks';

export const WORKBOOK = 'Mørkhøj.arbejdsbog';

export interface HostedFolder {
  dir: string;
  workbookPath: string;
  server: RunningServer;
  log: string[];
  invite(name: string, role: UserRole): Promise<string>;
  close(): Promise<void>;
}

export async function hostFolder(limits: Partial<ServerLimits> = {}, options: { publicOrigin?: string; trustProxy?: string; rendererDir?: string } = {}): Promise<HostedFolder> {
  const dir = tempDir('arbejdsbogen-server-test-');
  const workbookPath = path.join(dir, WORKBOOK);
  const setup = openTestSession(path.join(dir, 'opsætning'));
  setup.session.create(workbookPath, 'programme');
  setup.close();
  const log: string[] = [];
  const server = await startServer({ folder: dir, host: '127.0.0.1', port: 0, log: (line) => log.push(line), limits, ...options });
  return {
    dir, workbookPath, server, log,
    invite: async (name, role) => (await new MemberStore(workbookPath).invite({ name, role }, null)).code,
    close: async () => {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `headers`: more to send, e.g. the X-Forwarded-For a reverse proxy adds for the member's own address. */
export async function login(url: string, workbook: string, code: string, origin: string | null = url, headers: Record<string, string> = {}): Promise<{ status: number; body: Envelope<unknown>; cookie: string | null }> {
  const response = await fetch(`${url}/api/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}), ...headers },
    body: JSON.stringify({ workbook, code }),
  });
  const setCookie = response.headers.get('set-cookie');
  return { status: response.status, body: (await response.json()) as Envelope<unknown>, cookie: setCookie ? setCookie.split(';')[0]! : null };
}

export interface Client {
  ws: WebSocket;
  /** Every {event, payload} frame but presence, in arrival order, with when it came. */
  events: Array<{ event: string; payload: unknown; at: number }>;
  /** Every workbook.presence payload, in arrival order (who is online). */
  presence: WorkbookPresence[];
  /** Answers without an id to match (malformed frames). */
  orphans: Envelope<unknown>[];
  /** Files calls sent before their answers, with the call's id and whether its answer had come yet. */
  downloads: Array<{ id: string | number; file: DownloadedFile; answered: boolean }>;
  /** callId: the client's lasting id for a change it may send again. */
  call(channel: string, input?: unknown, frame?: { callId?: string }): Promise<Envelope<unknown>>;
  sendRaw(data: string | Buffer): void;
  nextOrphan(): Promise<Envelope<unknown>>;
  close(): Promise<void>;
}

/** Opens the socket; rejects with the HTTP status when the server refuses the upgrade. */
export function connect(url: string, cookie: string | null, origin: string | null = url): Promise<Client> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = cookie;
  if (origin) headers.origin = origin;
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/api/socket`, { headers, maxPayload: 256 * 1024 * 1024 });
  const waiting = new Map<string | number, (envelope: Envelope<unknown>) => void>();
  const events: Client['events'] = [];
  const orphans: Envelope<unknown>[] = [];
  const downloads: Client['downloads'] = [];
  const presence: WorkbookPresence[] = [];
  const orphanWaiters: Array<(envelope: Envelope<unknown>) => void> = [];
  let next = 1;
  ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { id?: string | number | null; envelope?: Envelope<unknown>; event?: string; payload?: unknown; download?: DownloadedFile };
    if (frame.event === 'workbook.presence') presence.push(frame.payload as WorkbookPresence);
    else if (frame.event) events.push({ event: frame.event, payload: frame.payload, at: Date.now() });
    else if (frame.download) downloads.push({ id: frame.id!, file: frame.download, answered: !waiting.has(frame.id!) });
    else if (frame.id !== null && frame.id !== undefined && waiting.has(frame.id)) {
      waiting.get(frame.id)!(frame.envelope!);
      waiting.delete(frame.id);
    } else {
      const waiter = orphanWaiters.shift();
      if (waiter) waiter(frame.envelope!);
      else orphans.push(frame.envelope!);
    }
  });
  const client: Client = {
    ws, events, presence, orphans, downloads,
    call: (channel, input, frame = {}) => new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, resolve);
      ws.send(JSON.stringify({ id, channel, input, ...frame }), (error) => error && reject(error));
    }),
    sendRaw: (data) => ws.send(data),
    nextOrphan: () => {
      const ready = orphans.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => orphanWaiters.push(resolve));
    },
    close: () => new Promise((resolve) => {
      if (ws.readyState === ws.CLOSED) return resolve();
      ws.once('close', () => resolve());
      ws.close();
    }),
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** Logs in with a fresh invitation and connects. */
export function member(folder: HostedFolder, name: string, role: UserRole): Promise<Client> {
  return memberAt(folder.server.url, folder.invite, name, role);
}

/**
 * The same for any server at `url` (one in a process of its own too), inviting through `invite`;
 * `loginHeaders` go with the login only.
 */
export async function memberAt(url: string, invite: HostedFolder['invite'], name: string, role: UserRole, loginHeaders: Record<string, string> = {}): Promise<Client> {
  const code = await invite(name, role);
  const { cookie, status } = await login(url, WORKBOOK, code, url, loginHeaders);
  if (!cookie) throw new Error(`${name} kunne ikke logge ind (HTTP ${status})`);
  return connect(url, cookie);
}

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
