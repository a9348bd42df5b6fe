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

export interface OutboxEntry {
  /** The call's lasting id: the server applies a change with a given id at most once. */
  callId: string;
  channel: string;
  input: unknown;
  /** When the user made the change. */
  at: string;
}

/** A change the server refused when it was sent again (a conflict, a role rule): kept, not dropped. */
export interface RefusedEntry extends OutboxEntry {
  message: string;
  refusedAt: string;
}

/**
 * One line of the journal. A snapshot replaces everything before it (the first line after a
 * compaction – and the whole file as the outbox wrote it before it became a journal).
 */
type JournalLine =
  | { waiting: OutboxEntry[]; refused: RefusedEntry[] }
  | { add: OutboxEntry }
  | { done: string }
  | { refuse: { callId: string; message: string; refusedAt: string } };

/** Compact when the journal holds this many more lines than there are entries to keep. */
const COMPACT_SLACK = 256;

/** The outbox file for one shared workbook: its name says which server and workbook, safely. */
export function outboxPath(folder: string, server: string, workbook: string): string {
  const readable = `${new URL(server).host}-${workbook}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);
  const digest = crypto.createHash('sha256').update(`${server}\n${workbook}`).digest('hex').slice(0, 12);
  return path.join(folder, `${readable}-${digest}.udbakke.json`);
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
  add(channel: string, input: unknown): OutboxEntry {
    const entry: OutboxEntry = { callId: crypto.randomUUID(), channel, input, at: new Date().toISOString() };
    this.append({ add: entry });
    this.waitingEntries.push(entry);
    return entry;
  }

  /** The server answered: the change is no longer waiting. */
  remove(callId: string): void {
    if (!this.waitingEntries.some((e) => e.callId === callId)) return;
    this.append({ done: callId });
    this.waitingEntries = this.waitingEntries.filter((e) => e.callId !== callId);
    this.compactWhenWorthIt();
  }

  /** The server refused a change sent again: it moves to the refused list with the server's words. */
  refuse(callId: string, message: string): void {
    const entry = this.waitingEntries.find((e) => e.callId === callId);
    if (!entry) return;
    const refusedAt = new Date().toISOString();
    this.append({ refuse: { callId, message, refusedAt } });
    this.waitingEntries = this.waitingEntries.filter((e) => e.callId !== callId);
    this.refusedEntries.push({ ...entry, message, refusedAt });
    this.compactWhenWorthIt();
  }

  /** One step, on disk (fsynced) before it counts. */
  private append(line: JournalLine): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const fd = fs.openSync(this.file, 'a');
    try {
      fs.writeSync(fd, `${JSON.stringify(line)}\n`);
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
      fs.writeSync(fd, `${JSON.stringify({ waiting: this.waitingEntries, refused: this.refusedEntries } satisfies JournalLine)}\n`);
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
      if (newline < 0) this.repair((fd) => fs.writeSync(fd, '\n', bytes.length));
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
      this.waitingEntries = this.waitingEntries.filter((e) => e.callId !== line.done);
    } else if ('refuse' in line) {
      const entry = this.waitingEntries.find((e) => e.callId === line.refuse.callId);
      if (!entry) return;
      this.waitingEntries = this.waitingEntries.filter((e) => e !== entry);
      this.refusedEntries.push({ ...entry, message: line.refuse.message, refusedAt: line.refuse.refusedAt });
    }
  }
}
