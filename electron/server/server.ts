// The shared workbook server: every .arbejdsbog in one folder, each opened in its own Session on
// first use, reached by invited members through one WebSocket per window. Every call goes
// through the same dispatcher and handlers as the app, with the member as the acting user.
// Plain Node; the protocols are fastify's, @fastify/websocket's (ws), cookie's and rate-limit's.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyWebsocket from '@fastify/websocket';
import type { WebSocket } from 'ws';
import type { WorkbookPresence } from '../../shared/api/bridge';
import { failure, type Envelope } from '../../shared/api/envelope';
import { LOGGED_OUT_CLOSE_CODE, LOGGED_OUT_MESSAGE, SOCKET_PATH } from '../../shared/api/socket-protocol';
import { createDispatcher, type Dispatch } from '../app/dispatcher';
import { Session } from '../app/session';
import { SettingsStore } from '../app/settings';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import { watchHostedLock, type HostedLock } from './hosted-lock';
import { createDownloadShell, type DownloadShell } from './downloads';
import { createPathHider } from './hide-paths';
import { MemberStore, type Member } from './members';
import { DEFAULT_RENDERER_DIR, serveWebPages } from './web-pages';
import { readCallFrame } from './call-frames';
import { currentLogin, registerLoginRoutes, type Login, type Logins } from './login-routes';
import { DEFAULT_LIMITS, SERVER_REFUSED_CHANNELS, type RunningServer, type ServerLimits, type ServerOptions } from './server-options';

// The options, limits and refused channels live in server-options.ts; callers keep importing them from here.
export { DEFAULT_LIMITS, SERVER_REFUSED_CHANNELS } from './server-options';
export type { RunningServer, ServerLimits, ServerOptions } from './server-options';

interface Hosted {
  name: string;
  session: Session;
  members: MemberStore;
  connections: Set<Connection>;
  lock: HostedLock;
}

interface Connection {
  socket: WebSocket;
  alive: boolean;
  /** Settles when the calls this connection sent so far have answered. */
  idle: Promise<void>;
  member: Member;
  login: Login;
  /** The origin the member's page (or app) reached the server at, for presence. */
  origin: string;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const folder = fs.realpathSync(path.resolve(options.folder));
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`));
  const secure = Boolean(options.tls);
  const settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-server-'));
  const hosted = new Map<string, Hosted>();
  /** Calls still running for connections that have closed (awaited before the workbooks close). */
  const closed = new Set<Promise<void>>();
  const logins: Logins = new Map();
  /** The server's own folders: no answer names a path inside them. */
  const ownFolders = [folder, path.resolve(options.folder), settingsDir];
  const hidePaths = createPathHider(ownFolders);

  /** The workbook file a client names: a file directly in the folder, never a path. */
  function workbookFile(name: string): { name: string; file: string } | null {
    const base = name.endsWith(WORKBOOK_EXTENSION) ? name : `${name}${WORKBOOK_EXTENSION}`;
    if (base !== path.basename(base) || base.startsWith('.')) return null;
    const file = path.join(folder, base);
    return fs.existsSync(file) && fs.statSync(file).isFile() ? { name: base, file } : null;
  }

  function host(name: string, file: string): Hosted {
    const existing = hosted.get(name);
    if (existing) return existing;
    const session = new Session({
      settings: new SettingsStore(path.join(settingsDir, crypto.randomUUID())),
      shell: { documentsDir: folder, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => 'Ikke på serveren' },
      fallbackAuthor: `Arbejdsbogen-server (${os.hostname()})`,
    });
    session.open(file);
    const entry: Hosted = { name, session, members: new MemberStore(file), connections: new Set(), lock: watchHostedLock(session, file, name, log) };
    session.onEvent((event, payload) => {
      if (event === 'menu.command') return;
      const frame = hidePaths(JSON.stringify({ event, payload }));
      for (const connection of entry.connections) send(connection, frame);
    });
    hosted.set(name, entry);
    return entry;
  }

  function send(connection: Connection, frame: string): void {
    const { socket } = connection;
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > limits.maxBufferedBytes) {
      log(`forbindelse lukket: ${connection.member.name} læser ikke (${socket.bufferedAmount} bytes venter)`);
      socket.terminate();
      return;
    }
    socket.send(frame);
  }

  const app: FastifyInstance = Fastify({
    logger: false,
    bodyLimit: 16 * 1024,
    ...(options.trustProxy ? { trustProxy: options.trustProxy.split(',').map((a) => a.trim()).filter(Boolean) } : {}),
    ...(options.tls ? { https: { cert: options.tls.cert, key: options.tls.key } } : {}),
  }) as unknown as FastifyInstance;

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    onExceeded: (request) => log(`afvist login fra ${request.ip}: for mange forsøg`),
    errorResponseBuilder: () => ({ statusCode: 429, ...failure('refused', 'For mange forsøg på at logge ind. Vent et minut, og prøv igen') }),
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: limits.maxFrameBytes * 2 } });
  await serveWebPages(app, { rendererDir: options.rendererDir ?? DEFAULT_RENDERER_DIR, originOf: (request) => ownOrigin(request), secure });

  app.setErrorHandler((error: { statusCode?: number; ok?: boolean }, _request, reply) => {
    if (error.statusCode === 429 && error.ok === false) return reply.code(429).send(error);
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    return reply.code(status).send(failure(status === 500 ? 'internal' : 'invalid_input', status === 500 ? 'Der opstod en uventet fejl på serveren' : 'Forespørgslen kan ikke læses'));
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send(failure('not_found', 'Siden findes ikke på serveren')));

  /** The Origin a browser sends for a page served from this server. */
  function ownOrigin(request: Pick<FastifyRequest, 'headers'>): string {
    if (options.publicOrigin) return options.publicOrigin.replace(/\/+$/, '');
    return `${secure ? 'https' : 'http'}://${request.headers.host ?? ''}`;
  }

  registerLoginRoutes(app, logins, { limits, log, secure, workbookFile, ownOrigin });

  async function authorizeSocket(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = request.headers.origin;
    if (origin === undefined || origin !== ownOrigin(request)) {
      log(`afvist forbindelse fra ${request.ip}: ${origin === undefined ? 'ingen Origin' : `fremmed Origin ${origin}`}`);
      await reply.code(403).send(failure('refused', 'Forbindelsen er kun tilladt fra serverens egen side'));
      return;
    }
    const login = currentLogin(logins, request);
    const target = login ? workbookFile(login.workbook) : null;
    if (!login || !target || !new MemberStore(target.file).isActive(login.memberId)) {
      await reply.code(401).send(failure('refused', 'Du er ikke logget ind (eller invitationen er trukket tilbage). Log ind igen'));
    }
  }

  app.get(SOCKET_PATH, { websocket: true, preValidation: authorizeSocket }, (socket, request) => {
    const login = currentLogin(logins, request)!;
    const target = workbookFile(login.workbook)!;
    let entry: Hosted;
    try {
      entry = host(target.name, target.file);
    } catch (error) {
      socket.send(JSON.stringify({ id: null, envelope: failure('refused', `Arbejdsbogen kan ikke åbnes: ${error instanceof Error ? error.message : String(error)}`) }));
      socket.close(1011);
      return;
    }
    const member = entry.members.list().find((m) => m.id === login.memberId)!;
    const connection: Connection = { socket, alive: true, idle: Promise.resolve(), member, login, origin: ownOrigin(request) };
    socket.on('pong', () => (connection.alive = true));
    const downloadFolder = fs.mkdtempSync(path.join(settingsDir, 'forbindelse-'));
    const downloads: DownloadShell = createDownloadShell(downloadFolder);
    const hideConnectionPaths = createPathHider([...ownFolders, downloadFolder]);
    // The role comes from the invitation, never from the client.
    const dispatch: Dispatch = createDispatcher(entry.session, (error) => log(`fejl: ${String(error)}`), {
      actor: { name: member.name, role: member.role },
      shell: downloads.shell,
    });
    entry.connections.add(connection);
    sendPresence(entry);
    let pending = 0;
    const answer = (id: unknown, envelope: Envelope<unknown>) => send(connection, hideConnectionPaths(JSON.stringify({ id, envelope })));

    socket.on('message', (data, isBinary) => {
      const read = readCallFrame(data, isBinary, limits.maxFrameBytes);
      if (!read.ok) return answer(read.id, read.envelope);
      const { id, channel, input, callId } = read.frame;
      if (login.expiresAt <= Date.now() || !entry.members.isActive(member.id)) {
        answer(id, failure('refused', LOGGED_OUT_MESSAGE));
        socket.close(LOGGED_OUT_CLOSE_CODE, 'logget ud');
        return;
      }
      if (SERVER_REFUSED_CHANNELS.has(channel)) return answer(id, failure('refused', 'Den kommando kan ikke bruges gennem serveren. Intet er ændret'));
      if (pending >= limits.maxPendingCalls) return answer(id, failure('refused', 'For mange kald på én gang. Vent på svar, og prøv igen. Intet er ændret'));
      pending++;
      // One call at a time per connection: answers come in the order the calls were sent.
      connection.idle = connection.idle.then(async () => {
        try {
          entry.lock.refresh();
          const envelope = await dispatch(channel, input, { callId });
          // The files the call saved reach the member before its answer says it is done.
          const files = downloads.takeFiles();
          if (envelope.ok) for (const download of files) send(connection, JSON.stringify({ id, download }));
          answer(id, envelope);
        } finally {
          pending--;
        }
      });
    });
    const leave = () => {
      if (!entry.connections.delete(connection)) return;
      sendPresence(entry);
    };
    socket.on('close', () => {
      leave();
      closed.add(connection.idle);
      void connection.idle.then(() => {
        closed.delete(connection.idle);
        fs.rmSync(downloadFolder, { recursive: true, force: true });
      });
    });
    socket.on('error', leave);
  });

  /** Tells every connection of the workbook who is online now: each member once, in the order they came. */
  function sendPresence(entry: Hosted): void {
    const online = new Map<string, { name: string; role: Member['role'] }>();
    for (const { member } of entry.connections) if (!online.has(member.id)) online.set(member.id, { name: member.name, role: member.role });
    for (const connection of entry.connections) {
      const payload: WorkbookPresence = {
        server: connection.origin,
        workbook: entry.name,
        me: { name: connection.member.name, role: connection.member.role },
        online: [...online.values()],
      };
      send(connection, JSON.stringify({ event: 'workbook.presence', payload }));
    }
  }

  // Drop connections whose peer vanished without closing (a sleeping laptop), and forget expired logins.
  const heartbeat = setInterval(() => {
    for (const entry of hosted.values()) {
      for (const connection of entry.connections) {
        if (!connection.alive) {
          connection.socket.terminate();
          continue;
        }
        connection.alive = false;
        connection.socket.ping();
      }
    }
    const now = Date.now();
    for (const [token, login] of logins) if (login.expiresAt <= now) logins.delete(token);
  }, limits.pingMs);
  heartbeat.unref();

  const port = options.port ?? 8443;
  const address = await app.listen({ host: options.host ?? '127.0.0.1', port });
  const url = address.replace('[::1]', 'localhost');
  log(`Arbejdsbogen-server startet på ${url} for mappen ${folder}`);

  let closing: Promise<void> | null = null;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        clearInterval(heartbeat);
        // fastify closes the sockets (@fastify/websocket's preClose) and stops listening.
        await app.close();
        // A call already running finishes (each change is one SQLite transaction) before its workbook closes.
        await Promise.all([...closed, ...[...hosted.values()].flatMap((entry) => [...entry.connections].map((c) => c.idle))]);
        for (const entry of hosted.values()) entry.session.close();
        hosted.clear();
        logins.clear();
        fs.rmSync(settingsDir, { recursive: true, force: true });
        log(`Arbejdsbogen-server stoppet (${url})`);
      })();
      return closing;
    },
  };
}
