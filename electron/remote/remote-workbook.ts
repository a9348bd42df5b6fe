// The app's side of a shared workbook: logs in to the server with the invitation code, holds
// the socket (in the main process – the window never sees the code or the connection) and
// passes calls and events through it. Plain Node (fetch and `ws`), so it is tested without
// Electron against a real server.
import WebSocket from 'ws';
import type { WorkbookPresence } from '../../shared/api/bridge';
import { contract, isChannel } from '../../shared/api/contract';
import { failure, type Envelope } from '../../shared/api/envelope';
import { LOGGED_OUT_CLOSE_CODE, LOGOUT_PATH, parseServerFrame, type CallFrame, type DownloadedFile } from '../../shared/api/socket-protocol';
import type { UserProfile } from '../../shared/domain/user';
import { describeConnectionError, RemoteFailure } from './connection-errors';
import { LoginNeeded, logIn, openMemberSocket } from './server-login';
import { Outbox, outboxPath, type OutboxEntry, type RefusedEntry } from './outbox';
import { OutboxSender, type OutboxCounts } from './outbox-sender';
import { PendingCalls, uncertainOutcome } from './pending-calls';
import { DEFAULTS, type RemoteStatus, type RemoteWorkbookOptions } from './remote-options';

// The options and states live in remote-options.ts; callers keep importing them from here.
export type { DownloadSaver, RemoteStatus, RemoteWorkbookOptions } from './remote-options';
export type { OutboxCounts };

type EventListener = (event: string, payload: unknown) => void;
type StatusListener = (status: RemoteStatus) => void;

export class RemoteWorkbook {
  readonly server: string;
  readonly workbook: string;
  readonly host: string;
  private readonly options: Required<Omit<RemoteWorkbookOptions, 'downloads' | 'outboxDir' | 'log'>> & Pick<RemoteWorkbookOptions, 'downloads' | 'log'>;
  /** Changes on their way to the server, kept on disk (with an outbox folder; else changes need the connection). */
  private readonly sending: OutboxSender | null;
  private socket: WebSocket | null = null;
  private cookie: string | null = null;
  private memberProfile: UserProfile | null = null;
  /** Who is online, as the server last said – it says so on connecting, before anyone listens. */
  private latestPresence: WorkbookPresence | null = null;
  private readonly pending: PendingCalls;
  private readonly eventListeners = new Set<EventListener>();
  private readonly statusListeners = new Set<StatusListener>();
  private current: RemoteStatus = { state: 'closed', message: null };
  private closing = false;
  /** What the server said without answering a call, just before it closed the socket. */
  private serverNotice: string | null = null;
  /** Wakes a reconnection wait early when the workbook is closed. */
  private wake: (() => void) | null = null;

  private constructor(options: RemoteWorkbookOptions) {
    this.server = new URL(options.server).origin;
    this.host = new URL(options.server).host;
    this.workbook = options.workbook;
    this.options = { ...DEFAULTS, ...options };
    this.pending = new PendingCalls(this.host, options.downloads);
    this.sending = options.outboxDir
      ? new OutboxSender(new Outbox(outboxPath(options.outboxDir, this.server, this.workbook)), {
          isConnected: () => !this.closing && this.current.state === 'connected',
          isClosed: () => this.closing || this.current.state === 'closed',
          send: (entry) => this.send(entry),
          notConnected: () => this.notConnected(),
          host: this.host,
          log: options.log,
        })
      : null;
  }

  /** Logs in and connects; rejects with a Danish RemoteFailure (wrong code: the server's own words). */
  static async open(options: RemoteWorkbookOptions): Promise<RemoteWorkbook> {
    const remote = new RemoteWorkbook(options);
    await remote.connect();
    remote.setStatus({ state: 'connected', resumed: false });
    return remote;
  }

  /**
   * Without the server (the app starts in a room with no network): a workbook that is not
   * connected yet and keeps trying, as after a lost connection, while this machine's copy
   * answers. The member is who the server said at the last login.
   */
  static startOffline(options: RemoteWorkbookOptions, member: UserProfile, reason: string): RemoteWorkbook {
    const remote = new RemoteWorkbook(options);
    remote.memberProfile = member;
    void remote.reconnect(reason);
    return remote;
  }

  /** The member the invitation is for, as the server said at login. */
  get member(): UserProfile {
    return this.memberProfile!;
  }

  get status(): RemoteStatus {
    return this.current;
  }

  /** Who has the workbook open now (the server's last workbook.presence); null until it has said. */
  get presence(): WorkbookPresence | null {
    return this.latestPresence;
  }

  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** How many changes wait for the server, and how many it refused on a resend. */
  get outboxCounts(): OutboxCounts {
    return this.sending?.counts ?? { waiting: 0, refused: 0 };
  }

  /** The changes the server refused on a resend, oldest first (the Konflikter list). */
  get refusedChanges(): readonly RefusedEntry[] {
    return this.sending?.refused ?? [];
  }

  /** The user keeps what the server holds: the refused change is dropped (see Outbox.dismiss). False when it is not listed. */
  dropRefused(callId: string): boolean {
    return this.sending?.dropRefused(callId) ?? false;
  }

  /**
   * Sends a refused change again as a new change with this input, after those waiting (a row it
   * added offline takes the refused changes to that row along); answered when the server has.
   * Refused again, it goes back on the refused list with the new reason.
   */
  sendRefusedAgain(callId: string, input: unknown): Promise<Envelope<unknown>> {
    return this.sending?.sendRefusedAgain(callId, input) ?? Promise.resolve(this.notConnected());
  }

  onOutbox(listener: (counts: OutboxCounts) => void): () => void {
    return this.sending?.onChange(listener) ?? (() => undefined);
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Sends a call; always answers with an envelope, never throws. */
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>> {
    if (this.sending && isChannel(channel) && contract[channel].mutates) return this.sending.enqueue(channel, input);
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN || this.current.state !== 'connected') {
      return Promise.resolve(this.notConnected());
    }
    const id = this.pending.nextId();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        const seconds = Math.max(1, Math.ceil(this.options.callTimeoutMs / 1000));
        resolve(failure('internal', `Serveren ${this.host} svarede ikke inden for ${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}. ${uncertainOutcome(channel)}`));
      }, this.options.callTimeoutMs);
      this.pending.set(id, { channel, resolve, timer });
      const frame: CallFrame = { id, channel, input: input ?? {} };
      socket.send(JSON.stringify(frame), (error) => {
        if (!error) return;
        this.pending.settle(id, failure('internal', `Kaldet kunne ikke sendes til serveren ${this.host}. Intet er ændret`));
      });
    });
  }

  /**
   * A call whose answer is a file (a copy of the workbook), answered with the file itself rather
   * than saved where the user chooses; a failure when the call sent no file.
   */
  fetchFile(channel: string, input: unknown): Promise<Envelope<DownloadedFile>> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN || this.current.state !== 'connected') return Promise.resolve(this.notConnected());
    const id = this.pending.nextId();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.pending.settle(id, failure('internal', `Serveren ${this.host} sendte ikke filen i tide`)), this.options.callTimeoutMs);
      this.pending.set(id, { channel, resolve: resolve as (envelope: Envelope<unknown>) => void, timer, capture: true });
      socket.send(JSON.stringify({ id, channel, input: input ?? {} } satisfies CallFrame), (error) => {
        if (error) this.pending.settle(id, failure('internal', `Kaldet kunne ikke sendes til serveren ${this.host}`));
      });
    });
  }

  /** Closes the connection for good (another workbook opened, the app quits). */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    this.wake?.();
    const socket = this.socket;
    this.socket = null;
    this.pending.failAll('Den delte arbejdsbog blev lukket, før serveren svarede');
    this.sending?.releaseWaiters('Den delte arbejdsbog blev lukket');
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      await new Promise<void>((resolve) => {
        socket.once('close', () => resolve());
        socket.close(1000, 'lukket');
        // A server that does not answer the close handshake is not waited for.
        setTimeout(() => {
          socket.terminate();
          resolve();
        }, 2_000).unref();
      });
    }
    // Ask the server to forget the login: the cookie would otherwise live for its 12 hours.
    if (this.cookie) {
      await fetch(`${this.server}${LOGOUT_PATH}`, { method: 'POST', headers: { origin: this.server, cookie: this.cookie }, redirect: 'error', signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
      this.cookie = null;
    }
    this.setStatus({ state: 'closed', message: null });
  }

  // ---- The outbox (the order of changes is OutboxSender's) ----------------------------

  /**
   * A change already made in this machine's copy while the server could not be reached: stored
   * and sent in order like any other. `localId` is the id the copy gave a row the change added,
   * so that later changes naming that row reach the row the server gives it.
   */
  queue(channel: string, input: unknown, localId?: number): { callId: string } | Envelope<never> {
    if (!this.sending) return failure('refused', 'Ændringer uden forbindelse kræver en udbakke på denne computer');
    return this.sending.queue(channel, input, localId);
  }

  /** The ids of the changes still waiting for the server, oldest first. */
  get waitingCallIds(): string[] {
    return this.sending?.waitingCallIds ?? [];
  }

  /** One change from the outbox, with its call id; null when the connection went first. */
  private send(entry: OutboxEntry): Promise<Envelope<unknown> | null> {
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return Promise.resolve(null);
    const id = this.pending.nextId();
    return new Promise((resolve) => {
      // A server that does not answer is treated as a lost connection: reconnect and send again.
      const timer = setTimeout(() => socket.terminate(), this.options.callTimeoutMs);
      this.pending.set(id, { channel: entry.channel, resolve, timer, lost: () => resolve(null) });
      const frame: CallFrame = { id, channel: entry.channel, input: entry.input, callId: entry.callId };
      socket.send(JSON.stringify(frame), (error) => {
        if (error) socket.terminate();
      });
    });
  }

  // ---- Connecting ----------------------------------------------------------------------

  /** Opens the socket with the login we have, logging in (again) when there is none or it expired. */
  private async connect(): Promise<void> {
    let socket: WebSocket | null = null;
    if (this.cookie) {
      try {
        socket = await this.openSocket(this.cookie);
      } catch (error) {
        if (!(error instanceof LoginNeeded)) throw error;
        this.cookie = null;
      }
    }
    if (!socket) {
      await this.login();
      try {
        socket = await this.openSocket(this.cookie!);
      } catch (error) {
        if (error instanceof LoginNeeded) throw new RemoteFailure(error.message, false);
        throw error;
      }
    }
    if (this.closing) {
      socket.terminate();
      return;
    }
    this.attach(socket);
  }

  private async login(): Promise<void> {
    const login = await logIn({ server: this.server, host: this.host, workbook: this.workbook, code: this.options.code, timeoutMs: this.options.connectTimeoutMs });
    this.cookie = login.cookie;
    this.memberProfile = login.member;
  }

  private openSocket(cookie: string): Promise<WebSocket> {
    // The handler is attached as the socket opens: the server says who is online (or why it
    // closes) at once, often in the same packet as the upgrade.
    return openMemberSocket({ server: this.server, host: this.host, timeoutMs: this.options.connectTimeoutMs }, cookie, (data, isBinary) => this.receive(data, isBinary));
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    if (isBinary || this.closing) return;
    const frame = parseServerFrame(parseJson(Array.isArray(data) ? Buffer.concat(data).toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8')));
    if (!frame) return;
    if ('event' in frame) {
      if (frame.event === 'workbook.presence') this.latestPresence = frame.payload as WorkbookPresence;
      for (const listener of this.eventListeners) listener(frame.event, frame.payload);
    } else if ('download' in frame) {
      this.pending.addDownload(frame.id, frame.download);
    } else if (frame.id !== null) {
      void this.pending.answer(frame.id, frame.envelope);
    } else if (!frame.envelope.ok) {
      // Not an answer to a call: why the server is about to close (it cannot open the workbook).
      this.serverNotice = frame.envelope.error.message;
    }
  }

  private attach(socket: WebSocket): void {
    this.socket = socket;
    socket.on('error', () => undefined);
    socket.on('close', (code, reason) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.pending.failAll(`Forbindelsen til serveren ${this.host} blev afbrudt, før svaret kom. %`);
      const why = this.serverNotice ?? (code === LOGGED_OUT_CLOSE_CODE ? `Serveren lukkede forbindelsen (${reason.toString() || 'logget ud'})` : `Forbindelsen til serveren ${this.host} er afbrudt`);
      this.serverNotice = null;
      if (!this.closing) void this.reconnect(why);
    });
  }

  /** Tries again and again, waiting longer each time, until connected, refused for good or closed. */
  private async reconnect(reason: string): Promise<void> {
    let message = reason;
    for (let attempt = 1; !this.closing; attempt++) {
      this.setStatus({ state: 'reconnecting', message, attempt });
      const delays = this.options.reconnectDelaysMs;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delays[Math.min(attempt - 1, delays.length - 1)]);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
      if (this.closing) return;
      try {
        await this.connect();
        if (this.closing) return;
        this.setStatus({ state: 'connected', resumed: true });
        return;
      } catch (error) {
        const described = describeConnectionError(error, this.host);
        if (!described.retry) {
          this.closing = true;
          this.sending?.releaseWaiters(`Serveren ${this.host} afviste forbindelsen (${described.message})`);
          this.setStatus({ state: 'closed', message: described.message });
          return;
        }
        message = described.message;
      }
    }
  }

  private notConnected(): Envelope<never> {
    const status = this.current;
    if (status.state === 'reconnecting') return failure('internal', `Forbindelsen til serveren ${this.host} er afbrudt; der forsøges igen. Intet er ændret`);
    const why = status.state === 'closed' && status.message ? `: ${status.message}` : '';
    return failure('refused', `Den delte arbejdsbog er ikke forbundet${why}. Åbn den igen under Filer → Åbn delt arbejdsbog…`);
  }

  private setStatus(status: RemoteStatus): void {
    this.current = status;
    for (const listener of this.statusListeners) listener(status);
    if (status.state === 'connected') void this.sending?.drain();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
