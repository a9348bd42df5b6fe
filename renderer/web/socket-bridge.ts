// window.arbejdsbog for a browser: the same invoke/on the app's preload gives the sheets, over
// the shared workbook server's WebSocket (shared/api/socket-protocol.ts). Every call is answered
// with an envelope – when the connection is gone, at once with a Danish message, never left
// waiting – and a lost connection is tried again with growing pauses.
import type { AppEventName, AppEvents, ArbejdsbogBridge } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { AppState } from '../../shared/domain/workbook';
import { LOGGED_OUT_CLOSE_CODE, parseServerFrame, type CallId, type DownloadedFile } from '../../shared/api/socket-protocol';

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'open' }
  /** Lost; the next attempt is at retryAt (ms since the epoch). */
  | { kind: 'lost'; retryAt: number }
  /** The login expired or the invitation was revoked: a new login is needed. */
  | { kind: 'loggedOut' };

export interface SocketBridgeOptions {
  /** ws(s)://host/api/socket */
  url: string;
  onState(state: ConnectionState): void;
  onDownload(file: DownloadedFile): void;
  /** Asked after a connection could not be made: is the login still good? */
  stillLoggedIn(): Promise<boolean>;
  /** First pause before trying again, doubled up to maxRetryMs. */
  firstRetryMs?: number;
  maxRetryMs?: number;
}

export interface SocketBridge extends ArbejdsbogBridge {
  /** Try again now instead of waiting for the pause to end. */
  retryNow(): void;
  close(): void;
}

/** Events that describe how things are rather than what happened: a listener that comes later hears the latest. */
const STATE_EVENTS: ReadonlySet<AppEventName> = new Set(['workbook.presence']);

const NOT_CONNECTED: Envelope<never> = {
  ok: false,
  error: { code: 'refused', message: 'Der er ingen forbindelse til serveren lige nu, så intet er ændret. Arbejdsbogen prøver selv igen om lidt' },
};
const LOST_DURING_CALL: Envelope<never> = {
  ok: false,
  error: { code: 'refused', message: 'Forbindelsen til serveren blev afbrudt, før svaret kom. Se efter, om ændringen står der, når forbindelsen er tilbage' },
};
const LOGGED_OUT: Envelope<never> = {
  ok: false,
  error: { code: 'refused', message: 'Du er ikke længere logget ind. Log ind igen med din invitationskode' },
};

export function createSocketBridge(options: SocketBridgeOptions): SocketBridge {
  const firstRetryMs = options.firstRetryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 15_000;
  const listeners = new Map<AppEventName, Set<(payload: never) => void>>();
  const latest = new Map<AppEventName, unknown>();
  const pending = new Map<CallId, (envelope: Envelope<unknown>) => void>();
  /** Calls made while the socket was still opening, sent once it is open. */
  const queued: Array<() => void> = [];
  let socket: WebSocket | null = null;
  let state: ConnectionState = { kind: 'connecting' };
  let nextId = 1;
  let failedAttempts = 0;
  let everOpened = false;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let closedByUs = false;

  const setState = (next: ConnectionState) => {
    state = next;
    options.onState(next);
  };

  const emit = (event: AppEventName, payload: unknown) => {
    if (STATE_EVENTS.has(event)) latest.set(event, payload);
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  };

  const failAll = (envelope: Envelope<never>) => {
    for (const resolve of pending.values()) resolve(envelope);
    pending.clear();
    queued.length = 0;
  };

  function connect(): void {
    retryTimer = null;
    setState({ kind: 'connecting' });
    const ws = new WebSocket(options.url);
    socket = ws;
    let opened = false;
    ws.onopen = () => {
      opened = true;
      failedAttempts = 0;
      setState({ kind: 'open' });
      for (const send of queued.splice(0)) send();
      // What changed while the connection was gone is not known: the sheets read everything again.
      if (everOpened) void reopened();
      everOpened = true;
    };
    ws.onmessage = (message) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const frame = parseServerFrame(data);
      if (!frame) return;
      if ('event' in frame) emit(frame.event, frame.payload);
      else if ('download' in frame) options.onDownload(frame.download);
      else if (frame.id !== null && pending.has(frame.id)) {
        pending.get(frame.id)!(frame.envelope);
        pending.delete(frame.id);
      }
    };
    // A failed connection is followed by close, which says what happens next.
    ws.onerror = () => undefined;
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (closedByUs) return;
      if (event.code === LOGGED_OUT_CLOSE_CODE) {
        failAll(LOGGED_OUT);
        setState({ kind: 'loggedOut' });
        return;
      }
      failAll(opened ? LOST_DURING_CALL : NOT_CONNECTED);
      void scheduleRetry(opened);
    };
  }

  async function scheduleRetry(wasOpen: boolean): Promise<void> {
    // A refused upgrade looks like any lost connection to a page; the login says which it was.
    if (!wasOpen && !(await options.stillLoggedIn().catch(() => true))) {
      setState({ kind: 'loggedOut' });
      return;
    }
    if (closedByUs) return;
    const pause = Math.min(maxRetryMs, firstRetryMs * 2 ** failedAttempts) * (0.75 + Math.random() * 0.5);
    failedAttempts++;
    setState({ kind: 'lost', retryAt: Date.now() + pause });
    retryTimer = setTimeout(connect, pause);
  }

  async function reopened(): Promise<void> {
    const answer = await bridge.invoke('app.state', {});
    const workbook = answer.ok ? (answer.value as AppState).workbook : null;
    if (workbook) emit('workbook.opened', workbook);
  }

  const bridge: SocketBridge = {
    files: 'browser',
    invoke: (channel, input) => {
      if (state.kind === 'loggedOut') return Promise.resolve(LOGGED_OUT);
      if (state.kind === 'lost') return Promise.resolve(NOT_CONNECTED);
      return new Promise((resolve) => {
        const id = nextId++;
        // Pending from now: a call waiting for the socket to open is answered too if it never does.
        pending.set(id, resolve);
        const send = () => socket!.send(JSON.stringify({ id, channel, input }));
        if (socket?.readyState === WebSocket.OPEN) send();
        else queued.push(send);
      });
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      if (latest.has(event)) {
        const payload = latest.get(event) as AppEvents[typeof event];
        queueMicrotask(() => set.has(listener as (payload: never) => void) && listener(payload));
      }
      return () => set.delete(listener as (payload: never) => void);
    },
    retryNow: () => {
      if (state.kind !== 'lost' || !retryTimer) return;
      clearTimeout(retryTimer);
      connect();
    },
    close: () => {
      closedByUs = true;
      if (retryTimer) clearTimeout(retryTimer);
      failAll(NOT_CONNECTED);
      socket?.close();
    },
  };

  connect();
  return bridge;
}
