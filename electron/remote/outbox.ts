// Changes to a shared workbook waiting for the server, kept on this machine's disk so that a
// lost connection, a closed app or a crash loses none of them. One file per shared workbook in
// the app's data folder, kept as a journal: one JSON line per step (a change added, answered or
// refused), appended and fsynced before the step counts. Rewriting the whole list for every step
// made each step cost as much as the list is long – a week offline with hundreds of changes
// waiting, and every send rewrote all the rest. Now a step costs one short line; once answered
// steps dominate, the file is compacted to one snapshot line (temp file, fsync, rename), so a
// crash leaves either the old journal or the new one. A crash in the middle of an append leaves
// a torn last line: it is ignored (that step had not counted yet) and cut off (see replay).
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

/**
 * One line of the journal. A snapshot replaces everything before it (the first line after a
 * compaction – and the whole file as the outbox wrote it before it became a journal). Every
 * step is played the same way when it is taken and when the journal is read back, so what a
 * step does to other entries (ids rewritten, dependent changes refused with it) is never
 * written twice and never differs after a restart.
 */
type JournalLine =
  | { waiting: OutboxEntry[]; refused: RefusedEntry[] }
  | { add: OutboxEntry }
  | { done: string; remap?: IdRemap }
  | { refuse: { callId: string; message: string; refusedAt: string } }
  | { dismiss: string }
  | { retry: { callId: string; entries: OutboxEntry[] } };

/** Compact when the journal holds this many more lines than there are entries to keep. */
const COMPACT_SLACK = 256;

/** The outbox file for one shared workbook: its name says which server and workbook, safely. */
export function outboxPath(folder: string, server: string, workbook: string): string {
  return path.join(folder, `${sharedFileStem(server, workbook)}.udbakke.json`);
}

/** Writes all of text: a write may take only part (a nearly full disk), and the rest then fails. */
function writeAll(fd: number, text: string, position?: number): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) {
    offset += fs.writeSync(fd, bytes, offset, bytes.length - offset, position === undefined ? null : position + offset);
  }
}

export class Outbox {
  private waitingEntries: OutboxEntry[] = [];
  private refusedEntries: RefusedEntry[] = [];
  /** Lines in the journal file now, to know when compacting pays. */
  private lines = 0;

  constructor(readonly file: string) {
    this.lines = this.replay();
  }

  get waiting(): readonly OutboxEntry[] {
    return this.waitingEntries;
  }

  get refused(): readonly RefusedEntry[] {
    return this.refusedEntries;
  }

  /** Stores a change before it is sent; throws when the disk refuses (nothing is sent then). */
  add(channel: string, input: unknown, localId?: number): OutboxEntry {
    const entry: OutboxEntry = { callId: crypto.randomUUID(), channel, input, at: new Date().toISOString(), ...(localId === undefined ? {} : { localId }) };
    this.step({ add: entry });
    return entry;
  }

  /**
   * The server answered: the change is no longer waiting. With a remap (the server gave a row
   * added offline another id), the changes after it are rewritten to that id in the same step.
   */
  remove(callId: string, remap?: IdRemap): void {
    if (!this.waitingEntries.some((e) => e.callId === callId)) return;
    this.step(remap ? { done: callId, remap } : { done: callId });
  }

  /**
   * The server refused a change sent again: it moves to the refused list with the server's words.
   * When it added a row offline, the changes after it that name that row go with it: sent, they
   * would name a row the server does not have – or another member's row with the same id.
   */
  refuse(callId: string, message: string): void {
    if (!this.waitingEntries.some((e) => e.callId === callId)) return;
    this.step({ refuse: { callId, message, refusedAt: new Date().toISOString() } });
  }

  /**
   * The user keeps what the server holds: a refused change is dropped – with it, when it added a
   * row offline, the refused changes to that row, which cannot be sent without it. False when it
   * is not listed.
   */
  dismiss(callId: string): boolean {
    if (!this.refusedEntries.some((e) => e.callId === callId)) return false;
    this.step({ dismiss: callId });
    return true;
  }

  /**
   * A refused change is sent again as a new change: a new id and this input, after those waiting,
   * in one step (a crash leaves it either refused or waiting). When it added a row offline, the
   * refused changes to that row go again after it, so that they reach the id the server gives it.
   * Answers the entries now waiting, the change itself first; none when it is not listed.
   */
  retry(callId: string, input: unknown): OutboxEntry[] {
    const refused = this.refusedEntries.find((e) => e.callId === callId);
    if (!refused) return [];
    const again = (e: RefusedEntry, withInput: unknown): OutboxEntry => ({
      callId: crypto.randomUUID(), channel: e.channel, input: withInput, at: e.at,
      // A row it adds keeps the id this machine's copy gave it, so later changes naming it follow.
      ...(e.localId === undefined ? {} : { localId: e.localId }),
      ...(e.remapped ? { remapped: e.remapped } : {}),
    });
    const entries = [again(refused, input), ...this.followers(refused).map((e) => again(e, e.input))];
    this.step({ retry: { callId, entries } });
    return entries;
  }

  /** The refused changes naming the row a refused change added offline. */
  private followers(entry: RefusedEntry): RefusedEntry[] {
    if (entry.localId === undefined) return [];
    const family = channelFamily(entry.channel);
    return this.refusedEntries.filter((e) => e !== entry && namesRow(e, family, entry.localId!));
  }

  /** A step: on disk (fsynced) before it counts, then played as a restart would play it. */
  private step(line: JournalLine): void {
    this.append(line);
    this.play(line);
    this.compactWhenWorthIt();
  }

  private append(line: JournalLine): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = fs.openSync(this.file, 'a');
    try {
      writeAll(fd, `${JSON.stringify(line)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    this.lines++;
  }

  private compactWhenWorthIt(): void {
    if (this.lines <= this.waitingEntries.length + this.refusedEntries.length + COMPACT_SLACK) return;
    try {
      this.compact();
    } catch {
      // The journal as it stands is complete; compacting is tried again after the next step.
    }
  }

  /** Rewrites the journal as one snapshot line, atomically. */
  private compact(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    const fd = fs.openSync(temp, 'w');
    try {
      writeAll(fd, `${JSON.stringify({ waiting: this.waitingEntries, refused: this.refusedEntries } satisfies JournalLine)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, this.file);
    this.lines = 1;
  }

  /**
   * Plays the journal back into memory and says how many lines it has. Written whole, it ends
   * with a newline. A last line cut short by a crash is cut off the file (that step had not
   * counted yet); appending after it would glue the next step onto it. A last line that is whole
   * JSON without its newline – a step whose newline was lost, or the whole file as the outbox
   * wrote it before it kept a journal – counts and gets its newline. Neither needs free space.
   */
  private replay(): number {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let lines = 0;
    for (let start = 0; start < bytes.length; lines++) {
      const newline = bytes.indexOf(0x0a, start);
      const end = newline < 0 ? bytes.length : newline;
      let line: JournalLine;
      try {
        line = JSON.parse(bytes.toString('utf8', start, end)) as JournalLine;
      } catch (error) {
        // Only the last line can be cut short by a crash; damage earlier is not ours to guess at.
        if (end < bytes.length - 1) throw error;
        this.repair((fd) => fs.ftruncateSync(fd, start));
        return lines;
      }
      this.play(line);
      if (newline < 0) this.repair((fd) => writeAll(fd, '\n', bytes.length));
      start = end + 1;
    }
    return lines;
  }

  private repair(change: (fd: number) => void): void {
    const fd = fs.openSync(this.file, 'r+');
    try {
      change(fd);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  private play(line: JournalLine): void {
    if ('waiting' in line) {
      this.waitingEntries = Array.isArray(line.waiting) ? line.waiting : [];
      this.refusedEntries = Array.isArray(line.refused) ? line.refused : [];
    } else if ('add' in line) {
      this.waitingEntries.push(line.add);
    } else if ('done' in line) {
      const rest = this.waitingEntries.filter((e) => e.callId !== line.done);
      const remap = line.remap;
      this.waitingEntries = remap ? rest.map((entry) => remapCall(entry, remap)) : rest;
    } else if ('refuse' in line) {
      const entry = this.waitingEntries.find((e) => e.callId === line.refuse.callId);
      if (!entry) return;
      const { message, refusedAt } = line.refuse;
      const family = entry.localId === undefined ? null : channelFamily(entry.channel);
      const dependent = (e: OutboxEntry) => e !== entry && family !== null && namesRow(e, family, entry.localId!);
      const refused: RefusedEntry[] = [
        { ...entry, message, refusedAt },
        ...this.waitingEntries.filter(dependent).map((e) => ({ ...e, message: `Rækken, ændringen gælder, blev oprettet uden forbindelse, men serveren afviste den: ${message}`, refusedAt })),
      ];
      const gone = new Set(refused.map((e) => e.callId));
      this.waitingEntries = this.waitingEntries.filter((e) => !gone.has(e.callId));
      this.refusedEntries.push(...refused);
    } else if ('dismiss' in line) {
      const refused = this.refusedEntries.find((e) => e.callId === line.dismiss);
      if (!refused) return;
      const gone = new Set([refused, ...this.followers(refused)].map((e) => e.callId));
      this.refusedEntries = this.refusedEntries.filter((e) => !gone.has(e.callId));
    } else if ('retry' in line) {
      const refused = this.refusedEntries.find((e) => e.callId === line.retry.callId);
      if (!refused) return;
      const gone = new Set([refused, ...this.followers(refused)].map((e) => e.callId));
      this.refusedEntries = this.refusedEntries.filter((e) => !gone.has(e.callId));
      this.waitingEntries.push(...line.retry.entries);
    }
  }
}
