// Changes to a shared workbook waiting for the server, kept on this machine's disk so that a
// lost connection, a closed app or a crash loses none of them. One JSON file per shared
// workbook in the app's data folder, rewritten whole and atomically (temp file, fsync, rename):
// a crash leaves either the old file or the new one, never half of one.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { channelFamily, namesRow, remapCall, type IdRemap } from './id-remap';
import { sharedFileStem } from './shared-file-name';

export interface OutboxEntry {
  /** The call's lasting id: the server applies a change with a given id at most once. */
  callId: string;
  channel: string;
  input: unknown;
  /** When the user made the change. */
  at: string;
  /** For an add made in this machine's copy while offline: the id the copy gave the new row. */
  localId?: number;
  /** Places in the input already rewritten to a server's id (electron/remote/id-remap.ts). */
  remapped?: string[];
}

/** A change the server refused when it was sent again (a conflict, a role rule): kept, not dropped. */
export interface RefusedEntry extends OutboxEntry {
  message: string;
  refusedAt: string;
}

interface OutboxFile {
  waiting: OutboxEntry[];
  refused: RefusedEntry[];
}

/** The outbox file for one shared workbook: its name says which server and workbook, safely. */
export function outboxPath(folder: string, server: string, workbook: string): string {
  return path.join(folder, `${sharedFileStem(server, workbook)}.udbakke.json`);
}

export class Outbox {
  private data: OutboxFile;

  constructor(readonly file: string) {
    this.data = readOutbox(file);
  }

  get waiting(): readonly OutboxEntry[] {
    return this.data.waiting;
  }

  get refused(): readonly RefusedEntry[] {
    return this.data.refused;
  }

  /** Stores a change before it is sent; throws when the disk refuses (nothing is sent then). */
  add(channel: string, input: unknown, localId?: number): OutboxEntry {
    const entry: OutboxEntry = { callId: crypto.randomUUID(), channel, input, at: new Date().toISOString(), ...(localId === undefined ? {} : { localId }) };
    this.save({ ...this.data, waiting: [...this.data.waiting, entry] });
    return entry;
  }

  /**
   * The server answered: the change is no longer waiting. With a remap (the server gave a row
   * added offline another id), the changes after it are rewritten to that id in the same write.
   */
  remove(callId: string, remap?: IdRemap): void {
    const rest = this.data.waiting.filter((e) => e.callId !== callId);
    this.save({ ...this.data, waiting: remap ? rest.map((entry) => remapCall(entry, remap)) : rest });
  }

  /**
   * The server refused a change sent again: it moves to the refused list with the server's words.
   * When it added a row offline, the changes after it that name that row go with it: sent, they
   * would name a row the server does not have – or another member's row with the same id.
   */
  refuse(callId: string, message: string): void {
    const entry = this.data.waiting.find((e) => e.callId === callId);
    if (!entry) return;
    const refusedAt = new Date().toISOString();
    const family = entry.localId === undefined ? null : channelFamily(entry.channel);
    const dependent = (e: OutboxEntry) => e !== entry && family !== null && namesRow(e, family, entry.localId!);
    const refused: RefusedEntry[] = [
      { ...entry, message, refusedAt },
      ...this.data.waiting.filter(dependent).map((e) => ({ ...e, message: `Rækken, ændringen gælder, blev oprettet uden forbindelse, men serveren afviste den: ${message}`, refusedAt })),
    ];
    const gone = new Set(refused.map((e) => e.callId));
    this.save({ waiting: this.data.waiting.filter((e) => !gone.has(e.callId)), refused: [...this.data.refused, ...refused] });
  }

  /**
   * The user keeps what the server holds: a refused change is dropped – with it, when it added a
   * row offline, the refused changes to that row, which cannot be sent without it. False when it
   * is not listed.
   */
  dismiss(callId: string): boolean {
    const refused = this.data.refused.find((e) => e.callId === callId);
    if (!refused) return false;
    const gone = new Set([refused, ...this.followers(refused)].map((e) => e.callId));
    this.save({ ...this.data, refused: this.data.refused.filter((e) => !gone.has(e.callId)) });
    return true;
  }

  /**
   * A refused change is sent again as a new change: a new id and this input, after those waiting,
   * in one write (a crash leaves it either refused or waiting). When it added a row offline, the
   * refused changes to that row go again after it, so that they reach the id the server gives it.
   * Answers the entries now waiting, the change itself first; none when it is not listed.
   */
  retry(callId: string, input: unknown): OutboxEntry[] {
    const refused = this.data.refused.find((e) => e.callId === callId);
    if (!refused) return [];
    const again = (e: RefusedEntry, withInput: unknown): OutboxEntry => ({
      callId: crypto.randomUUID(), channel: e.channel, input: withInput, at: e.at,
      // A row it adds keeps the id this machine's copy gave it, so later changes naming it follow.
      ...(e.localId === undefined ? {} : { localId: e.localId }),
      ...(e.remapped ? { remapped: e.remapped } : {}),
    });
    const followers = this.followers(refused);
    const entries = [again(refused, input), ...followers.map((e) => again(e, e.input))];
    const gone = new Set([refused, ...followers].map((e) => e.callId));
    this.save({ waiting: [...this.data.waiting, ...entries], refused: this.data.refused.filter((e) => !gone.has(e.callId)) });
    return entries;
  }

  /** The refused changes naming the row a refused change added offline. */
  private followers(entry: RefusedEntry): RefusedEntry[] {
    if (entry.localId === undefined) return [];
    const family = channelFamily(entry.channel);
    return this.data.refused.filter((e) => e !== entry && namesRow(e, family, entry.localId!));
  }

  private save(next: OutboxFile): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      fs.writeSync(fd, JSON.stringify(next));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
    this.data = next;
  }
}

function readOutbox(file: string): OutboxFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { waiting: [], refused: [] };
    throw error;
  }
  const parsed = JSON.parse(text) as Partial<OutboxFile>;
  return { waiting: Array.isArray(parsed.waiting) ? parsed.waiting : [], refused: Array.isArray(parsed.refused) ? parsed.refused : [] };
}
