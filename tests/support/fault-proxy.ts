// A TCP proxy on 127.0.0.1 in front of a server that misbehaves as a bad network does:
//   pass     forwards everything
//   drop     closes every connection and refuses new ones
//   stall    accepts connections but forwards nothing; a connection that stalled stays dead
//   delay    forwards every chunk DELAY_MS late, in both directions, order kept
//   reorder  holds each new connection back and lets the younger ones through first: the older
//            one's bytes reach the server later, even after its client gave up on it (a call the
//            client already sent again on a new connection arrives a second time, late)
import net from 'node:net';

export type FaultMode = 'pass' | 'drop' | 'stall' | 'delay' | 'reorder';

export const DELAY_MS = 2_000;
/** How long a held connection waits for a younger one before it goes through anyway. */
const HOLD_MS = 1_000;
/** How long after the younger connection an older held one is let through. */
const LATE_MS = 500;

export interface FaultProxy {
  url: string;
  mode: FaultMode;
  /** Connections refused, stalled, delayed and reordered so far (what the test actually did). */
  readonly counts: Record<Exclude<FaultMode, 'pass'>, number>;
  /** Held connections whose bytes reached the server after their client had given up on them. */
  late: number;
  close(): Promise<void>;
}

/** One direction of a connection: chunks leave in order, each no sooner than it may. */
class Pipe {
  private readonly queue: Array<{ chunk: Buffer; at: number }> = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly to: () => net.Socket | null) {}

  push(chunk: Buffer, delayMs: number): void {
    const last = this.queue.at(-1)?.at ?? 0;
    this.queue.push({ chunk, at: Math.max(Date.now() + delayMs, last) });
    this.pump();
  }

  pump(): void {
    const to = this.to();
    if (!to || this.timer) return;
    while (this.queue.length && this.queue[0]!.at <= Date.now()) to.write(this.queue.shift()!.chunk);
    if (this.queue.length) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.pump();
      }, this.queue[0]!.at - Date.now());
    }
  }

  get empty(): boolean {
    return this.queue.length === 0;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
  }
}

export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const { hostname, port } = new URL(target);
  const live = new Set<Connection>();
  /** Connections waiting to go through (reorder), oldest first. */
  let held: Connection[] = [];
  let mode: FaultMode = 'pass';
  const proxy: FaultProxy = {
    url: '',
    counts: { drop: 0, stall: 0, delay: 0, reorder: 0 },
    late: 0,
    get mode() {
      return mode;
    },
    set mode(next: FaultMode) {
      mode = next;
      if (next === 'drop') {
        proxy.counts.drop += live.size;
        for (const connection of [...live]) connection.destroy();
      }
      // Those open now are held back too: what their clients send next arrives after newer ones.
      if (next === 'reorder') {
        for (const connection of live) {
          if (held.includes(connection) || !connection.hold()) continue;
          held.push(connection);
          proxy.counts.reorder++;
        }
      }
      if (next !== 'reorder') for (const connection of held.splice(0)) connection.release();
    },
    close: () => new Promise((resolve) => {
      proxy.mode = 'drop';
      server.close(() => resolve());
    }),
  };

  interface Connection {
    destroy(): void;
    /** Stops passing what the client sends; false when it cannot be held (stalled, gone). */
    hold(): boolean;
    release(): void;
  }

  const server = net.createServer((client) => {
    client.on('error', () => undefined);
    if (mode === 'drop') {
      proxy.counts.drop++;
      client.destroy();
      return;
    }
    let upstream: net.Socket | null = null;
    let stalled = false;
    let holding = false;
    const up = new Pipe(() => (holding ? null : upstream));
    const down = new Pipe(() => client);
    const forward = (pipe: Pipe, chunk: Buffer) => {
      if (mode === 'stall' && !stalled) {
        stalled = true;
        proxy.counts.stall++;
      }
      if (stalled) return;
      if (mode === 'delay') proxy.counts.delay++;
      pipe.push(chunk, mode === 'delay' ? DELAY_MS : 0);
    };
    const connection: Connection = {
      destroy: () => {
        live.delete(connection);
        held = held.filter((c) => c !== connection);
        up.stop();
        down.stop();
        client.destroy();
        upstream?.destroy();
      },
      hold: () => {
        if (stalled || client.destroyed) return false;
        holding = true;
        return true;
      },
      release: () => {
        if (!holding || !live.has(connection)) return;
        holding = false;
        if (!upstream) {
          upstream = net.connect(Number(port), hostname);
          upstream.on('error', () => undefined);
          upstream.on('data', (chunk: Buffer) => forward(down, chunk));
          upstream.on('close', () => connection.destroy());
        }
        // Its client may have given up meanwhile: what it sent still arrives, then the end.
        if (client.destroyed && !up.empty) proxy.late++;
        up.pump();
        if (client.destroyed) endWhenFlushed();
      },
    };
    const endWhenFlushed = () => {
      if (up.empty) upstream?.end();
      else setTimeout(endWhenFlushed, 20);
    };
    live.add(connection);
    client.on('data', (chunk: Buffer) => forward(up, chunk));
    client.on('close', () => {
      // Held back: its bytes are still on their way and go through when it is let go.
      if (!holding) connection.destroy();
    });
    if (mode === 'stall') {
      stalled = true;
      proxy.counts.stall++;
    }
    holding = true;
    if (mode !== 'reorder') return connection.release();
    // This one goes first, those held before it LATE_MS later; alone, it waits HOLD_MS for a younger one.
    proxy.counts.reorder++;
    const older = held;
    held = [];
    if (older.length) {
      connection.release();
      setTimeout(() => older.forEach((c) => c.release()), LATE_MS);
      return;
    }
    held.push(connection);
    setTimeout(() => {
      held = held.filter((c) => c !== connection);
      connection.release();
    }, HOLD_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  return proxy;
}
