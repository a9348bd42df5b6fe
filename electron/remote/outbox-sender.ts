// The outbox of a shared workbook at work: each change is stored on disk before it is sent, sent in
// order one at a time while connected, answered to its caller when the server has answered, and –
// when it missed its first sending – put on the refused list if the server then says no. The
// connection itself (socket, login, reconnecting) is RemoteWorkbook's; this holds only the order.
import { failure, type Envelope } from '../../shared/api/envelope';
import { LOGGED_OUT_MESSAGE } from '../../shared/api/socket-protocol';
import { channelFamily, type IdRemap } from './id-remap';
import type { Outbox, OutboxEntry, RefusedEntry } from './outbox';

/** Changes on their way to the server, as the title bar counts them. */
export interface OutboxCounts {
  waiting: number;
  refused: number;
}

/** What the sender needs of the connection. */
export interface OutboxConnection {
  /** Connected and not closing: a change may go now. */
  isConnected(): boolean;
  /** Closed or closing for good: a new change is refused. */
  isClosed(): boolean;
  /** Sends one change with its call id; null when the connection went before the answer. */
  send(entry: OutboxEntry): Promise<Envelope<unknown> | null>;
  /** The refusal for a change made while closed. */
  notConnected(): Envelope<never>;
  readonly host: string;
  log?: (line: string) => void;
}

function notStored(error: unknown): Envelope<never> {
  return failure('internal', `Ændringen kunne ikke gemmes på denne computer, så den er ikke sendt (${error instanceof Error ? error.message : String(error)})`);
}

/** An add made offline that the server gave another id than the copy did: how later changes are rewritten. */
function serverIdOf(entry: OutboxEntry, envelope: Envelope<unknown>): IdRemap | undefined {
  if (entry.localId === undefined || !envelope.ok) return undefined;
  const id = (envelope.value as { id?: unknown } | null)?.id;
  if (typeof id !== 'number' || id === entry.localId) return undefined;
  return { family: channelFamily(entry.channel), from: entry.localId, to: id };
}

export class OutboxSender {
  /** The callers still waiting for a change in the outbox (none for one left by an earlier run). */
  private readonly waiters = new Map<string, (envelope: Envelope<unknown>) => void>();
  /** Changes that missed their first sending: a refusal of those goes to the refused list. */
  private readonly resent = new Set<string>();
  private draining = false;
  private readonly listeners = new Set<(counts: OutboxCounts) => void>();

  constructor(
    private readonly outbox: Outbox,
    private readonly connection: OutboxConnection,
  ) {
    // Left by an earlier run (closed or crashed while offline): sent on the first connect.
    for (const entry of outbox.waiting) this.resent.add(entry.callId);
  }

  get counts(): OutboxCounts {
    return { waiting: this.outbox.waiting.length, refused: this.outbox.refused.length };
  }

  get refused(): readonly RefusedEntry[] {
    return this.outbox.refused;
  }

  /** The ids of the changes still waiting for the server, oldest first. */
  get waitingCallIds(): string[] {
    return this.outbox.waiting.map((entry) => entry.callId);
  }

  onChange(listener: (counts: OutboxCounts) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The user keeps what the server holds: the refused change is dropped (see Outbox.dismiss). */
  dropRefused(callId: string): boolean {
    if (!this.outbox.dismiss(callId)) return false;
    this.changed();
    return true;
  }

  /** See RemoteWorkbook.sendRefusedAgain. */
  sendRefusedAgain(callId: string, input: unknown): Promise<Envelope<unknown>> {
    if (this.connection.isClosed()) return Promise.resolve(this.connection.notConnected());
    let entries: OutboxEntry[];
    try {
      entries = this.outbox.retry(callId, input);
    } catch (error) {
      return Promise.resolve(notStored(error));
    }
    if (!entries.length) return Promise.resolve(failure('not_found', 'Ændringen findes ikke længere blandt konflikterne'));
    // Refused again, each goes back on the list.
    for (const entry of entries) this.resent.add(entry.callId);
    return this.untilAnswered(entries[0]!);
  }

  /** Stores a change on disk, then sends it after those before it; answered when the server has. */
  enqueue(channel: string, input: unknown): Promise<Envelope<unknown>> {
    const queued = this.store(channel, input);
    return 'callId' in queued ? queued.answered : Promise.resolve(queued);
  }

  /** See RemoteWorkbook.queue: a change already made in this machine's copy. */
  queue(channel: string, input: unknown, localId?: number): { callId: string } | Envelope<never> {
    const queued = this.store(channel, input, localId);
    if (!('callId' in queued)) return queued;
    // The window had its answer from the copy: a refusal can only be shown in the refused list.
    this.resent.add(queued.callId);
    return { callId: queued.callId };
  }

  /** Sends the outbox in order, one change at a time, while connected. */
  async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.connection.isConnected()) {
        const entry = this.outbox.waiting[0];
        if (!entry) break;
        const envelope = await this.connection.send(entry);
        // Lost on the way, or it reached the server after our login ended (not run; the socket
        // closes next): it stays first in the outbox and goes again, same id, on reconnect – and
        // so do those behind it, which missed their first sending too.
        if (!envelope || (!envelope.ok && envelope.error.message === LOGGED_OUT_MESSAGE)) {
          for (const waiting of this.outbox.waiting) this.resent.add(waiting.callId);
          break;
        }
        if (!envelope.ok && this.resent.has(entry.callId)) {
          this.outbox.refuse(entry.callId, envelope.error.message);
          this.connection.log?.(`Serveren ${this.connection.host} afviste en ændring sendt igen (${entry.channel}): ${envelope.error.message}`);
        } else {
          this.outbox.remove(entry.callId, serverIdOf(entry, envelope));
        }
        this.resent.delete(entry.callId);
        const resolve = this.waiters.get(entry.callId);
        this.waiters.delete(entry.callId);
        resolve?.(envelope);
        this.changed();
      }
    } catch (error) {
      // The disk refused to record an answer: the change stays waiting and is sent again (same id).
      this.connection.log?.(`Udbakken kunne ikke skrives: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.draining = false;
    }
  }

  /** The workbook is closed with changes still waiting: they stay on disk, their callers hear why. */
  releaseWaiters(why: string): void {
    for (const [callId, resolve] of this.waiters) {
      this.waiters.delete(callId);
      resolve(failure('refused', `${why}, før ændringen nåede serveren. Den er gemt på denne computer og sendes, næste gang arbejdsbogen åbnes`));
    }
  }

  private store(channel: string, input: unknown, localId?: number): { callId: string; answered: Promise<Envelope<unknown>> } | Envelope<never> {
    if (this.connection.isClosed()) return this.connection.notConnected();
    let entry: OutboxEntry;
    try {
      entry = this.outbox.add(channel, input ?? {}, localId);
    } catch (error) {
      return notStored(error);
    }
    if (!this.connection.isConnected()) this.resent.add(entry.callId);
    return { callId: entry.callId, answered: this.untilAnswered(entry) };
  }

  /** Sends the outbox on (this change among it) and answers when the server has answered this one. */
  private untilAnswered(entry: OutboxEntry): Promise<Envelope<unknown>> {
    const answered = new Promise<Envelope<unknown>>((resolve) => this.waiters.set(entry.callId, resolve));
    this.changed();
    void this.drain();
    return answered;
  }

  private changed(): void {
    const counts = this.counts;
    for (const listener of this.listeners) listener(counts);
  }
}
