import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LockNotice } from '../../shared/domain/workbook';
import { formatTimestamp } from '../../shared/dates';
import { UserFacingError } from './errors';

/**
 * One writer at a time: a small lock file beside the workbook says who has it open for writing,
 * on which machine, since when, and when that app last showed it was alive (the heartbeat).
 * SQLite's own locks keep the bytes sound whatever happens; this file is what lets the second
 * user see *who* has the workbook and get it read-only instead of fighting over it.
 */
export interface LockOwner {
  app: 'Arbejdsbogen';
  user: string;
  machine: string;
  pid: number;
  /** Random per open, so two sessions in one process (and a reused pid) are told apart. */
  token: string;
  since: string;
  heartbeat: string;
}

export interface LockTiming {
  /** How often the holder rewrites its heartbeat. */
  heartbeatMs: number;
  /** A lock from another machine whose heartbeat is older than this is stale. */
  staleAfterMs: number;
}

export const DEFAULT_LOCK_TIMING: LockTiming = { heartbeatMs: 60_000, staleAfterMs: 10 * 60_000 };

export type LockState =
  | { kind: 'acquired'; lock: WorkbookLock }
  | { kind: 'held'; owner: LockOwner | null }
  | { kind: 'stale'; owner: LockOwner | null; reason: string }
  | { kind: 'unwritable'; error: NodeJS.ErrnoException };

export interface LockEnvironment {
  machine: string;
  now: () => Date;
  /** Whether a process of this machine is alive (signal 0 probes without touching it). */
  isAlive: (pid: number) => boolean;
  timing: LockTiming;
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const systemLockEnvironment = (timing: LockTiming = DEFAULT_LOCK_TIMING): LockEnvironment => ({
  machine: os.hostname(),
  now: () => new Date(),
  isAlive: processIsAlive,
  timing,
});

export function lockPathFor(workbookPath: string): string {
  return `${workbookPath}.lås`;
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (value.app !== 'Arbejdsbogen' || typeof value.user !== 'string' || typeof value.machine !== 'string') return null;
    if (typeof value.pid !== 'number' || typeof value.token !== 'string' || typeof value.since !== 'string') return null;
    return { ...(value as LockOwner), heartbeat: typeof value.heartbeat === 'string' ? value.heartbeat : value.since };
  } catch {
    return null;
  }
}

/** What stands where a lock file should be: nothing, a regular file, or something else. */
type LockEntry = { kind: 'none' } | { kind: 'file'; text: string | null } | { kind: 'other'; what: string };

/** Opened without following a link and without waiting on a FIFO: reading a lock never hangs. */
const SAFE_READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);
const MAX_LOCK_BYTES = 64 * 1024;

function describeEntry(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'en mappe';
  if (stat.isSymbolicLink()) return 'en genvej (symbolsk lænke)';
  if (stat.isFIFO()) return 'en navngiven kanal (FIFO)';
  if (stat.isSocket()) return 'en sokkel';
  return 'ikke en almindelig fil';
}

/** Looks at a lock path with lstat first and reads it only if it is a regular file. */
function readLockEntry(file: string): LockEntry {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { kind: 'none' } : { kind: 'file', text: null };
  }
  if (!stat.isFile()) return { kind: 'other', what: describeEntry(stat) };
  let fd: number;
  try {
    fd = fs.openSync(file, SAFE_READ_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'none' };
    // ELOOP: replaced by a link between our two looks.
    return code === 'ELOOP' ? { kind: 'other', what: 'en genvej (symbolsk lænke)' } : { kind: 'file', text: null };
  }
  try {
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) return { kind: 'other', what: describeEntry(opened) };
    const buffer = Buffer.alloc(Math.min(opened.size, MAX_LOCK_BYTES));
    const length = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return { kind: 'file', text: buffer.subarray(0, length).toString('utf8') };
  } catch {
    return { kind: 'file', text: null };
  } finally {
    fs.closeSync(fd);
  }
}

function ownerOf(entry: LockEntry): LockOwner | null | 'none' {
  if (entry.kind === 'none') return 'none';
  return entry.kind === 'file' && entry.text !== null ? parseOwner(entry.text) : null;
}

export function readLockOwner(workbookPath: string): LockOwner | null | 'none' {
  return ownerOf(readLockEntry(lockPathFor(workbookPath)));
}

/** Why a lock no longer protects anyone, or null when its holder may still be at work. */
export function staleReason(owner: LockOwner | null, lockFileAgeMs: number, env: LockEnvironment): string | null {
  if (!owner) {
    // Unreadable: a crash while writing it, or a stranger's file. Give a writer a moment first.
    return lockFileAgeMs > env.timing.heartbeatMs ? 'låsefilen er ulæselig' : null;
  }
  if (owner.machine === env.machine) {
    return env.isAlive(owner.pid) ? null : 'programmet, der havde den åben, kører ikke længere';
  }
  const beat = Date.parse(owner.heartbeat);
  const silence = env.now().getTime() - (Number.isNaN(beat) ? 0 : beat);
  return silence > env.timing.staleAfterMs ? `der er ikke hørt fra ${owner.machine} siden ${formatTimestamp(owner.heartbeat)}` : null;
}

/** The Danish sentence naming who has the workbook open and since when. */
export function describeOwner(owner: LockOwner | null): string {
  if (!owner) return 'en anden bruger';
  return `${owner.user} på ${owner.machine}`;
}

export function lockNotice(state: LockState): LockNotice | null {
  if (state.kind === 'acquired') return null;
  if (state.kind === 'unwritable') {
    return { state: 'unwritable', user: null, machine: null, since: null, message: 'Du har ikke skriveadgang til mappen med arbejdsbogen. Den er åbnet skrivebeskyttet' };
  }
  const owner = state.owner;
  const since = owner ? ` siden ${formatTimestamp(owner.since)}` : '';
  const who = describeOwner(owner);
  const message =
    state.kind === 'held'
      ? `Arbejdsbogen er åben hos ${who}${since}. Du kan læse den, men ikke ændre i den, før den er lukket dér`
      : `Arbejdsbogen ser ud til at være efterladt åben af ${who}${since} (${state.reason}). Den er åbnet skrivebeskyttet, indtil du vælger at overtage den`;
  return { state: state.kind, user: owner?.user ?? null, machine: owner?.machine ?? null, since: owner?.since ?? null, message };
}

/** A lock this process holds. Keeps its heartbeat fresh until released. */
export class WorkbookLock {
  private timer: NodeJS.Timeout | null = null;
  private lost = false;

  constructor(
    readonly workbookPath: string,
    private owner: LockOwner,
    private readonly env: LockEnvironment,
  ) {
    this.timer = setInterval(() => this.beat(), env.timing.heartbeatMs);
    this.timer.unref();
  }

  get path(): string {
    return lockPathFor(this.workbookPath);
  }

  get token(): string {
    return this.owner.token;
  }

  /** False once someone else has taken the lock over (e.g. while this machine slept). */
  stillHeld(): boolean {
    if (this.lost) return false;
    const current = readLockOwner(this.workbookPath);
    if (current === 'none' || current === null || current.token !== this.owner.token) this.lost = true;
    return !this.lost;
  }

  /** Rewrites the heartbeat, atomically (temp file + rename), unless the lock was taken over. */
  beat(): void {
    if (!this.stillHeld()) {
      this.stopTimer();
      return;
    }
    this.owner = { ...this.owner, heartbeat: this.env.now().toISOString() };
    const temporary = `${this.path}.${this.owner.token}`;
    try {
      fs.writeFileSync(temporary, JSON.stringify(this.owner));
      fs.renameSync(temporary, this.path);
    } catch {
      fs.rmSync(temporary, { force: true });
    }
  }

  release(): void {
    this.stopTimer();
    if (this.stillHeld()) fs.rmSync(this.path, { force: true });
    this.lost = true;
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function newOwner(user: string, env: LockEnvironment): LockOwner {
  const now = env.now().toISOString();
  return { app: 'Arbejdsbogen', user, machine: env.machine, pid: process.pid, token: crypto.randomUUID(), since: now, heartbeat: now };
}

/** A full disk in Danish; any other failure as it was. */
function noSpaceForLock(error: unknown, workbookPath: string): unknown {
  if (!['ENOSPC', 'EDQUOT', 'EFBIG'].includes(String((error as NodeJS.ErrnoException).code))) return error;
  return new UserFacingError('refused', `Der er ikke plads på drevet til låsefilen for "${path.basename(workbookPath)}", så den kan ikke åbnes til skrivning. Frigør plads og prøv igen`);
}

/** Creates the lock file only if none exists (O_EXCL), so two openers can never both win. */
function create(workbookPath: string, user: string, env: LockEnvironment): WorkbookLock | 'exists' {
  const owner = newOwner(user, env);
  let fd: number;
  try {
    fd = fs.openSync(lockPathFor(workbookPath), 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
    throw noSpaceForLock(error, workbookPath);
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    // A full disk: the file was created but is empty. It is ours; leave nothing behind.
    fs.closeSync(fd);
    fs.rmSync(lockPathFor(workbookPath), { force: true });
    throw noSpaceForLock(error, workbookPath);
  }
  fs.closeSync(fd);
  return new WorkbookLock(workbookPath, owner, env);
}

function isPermissionError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** Tries to become the one writer; tells who has it otherwise, and whether that lock is stale. */
export function acquireLock(workbookPath: string, user: string, env: LockEnvironment): LockState {
  for (let attempt = 0; attempt < 3; attempt++) {
    let created: WorkbookLock | 'exists';
    try {
      created = create(workbookPath, user, env);
    } catch (error) {
      if (isPermissionError(error)) return { kind: 'unwritable', error };
      throw error;
    }
    if (created !== 'exists') return { kind: 'acquired', lock: created };
    const entry = readLockEntry(lockPathFor(workbookPath));
    const owner = ownerOf(entry);
    if (owner === 'none') continue; // released between our two looks: try again
    return acquireLockState(owner, workbookPath, env, entry);
  }
  return { kind: 'held', owner: null };
}

/**
 * Takes over a stale lock after the user agreed. Refuses if the lock changed since the question
 * was asked (its holder came back, or someone else took it over first).
 */
export function takeOverLock(workbookPath: string, user: string, expectedToken: string | null, env: LockEnvironment): LockState {
  const entry = readLockEntry(lockPathFor(workbookPath));
  const current = ownerOf(entry);
  if (current !== 'none') {
    const token = current?.token ?? null;
    if (token !== expectedToken) return acquireLockState(current, workbookPath, env, entry);
    const reason = entryStaleReason(entry, current, workbookPath, env);
    if (!reason) return { kind: 'held', owner: current };
    // Move the stale lock aside under a unique name: only one taker can rename it.
    const aside = `${lockPathFor(workbookPath)}.overtaget-${process.pid}-${crypto.randomUUID()}`;
    try {
      fs.renameSync(lockPathFor(workbookPath), aside);
    } catch (error) {
      if (isPermissionError(error)) return { kind: 'unwritable', error };
    }
    const movedEntry = readLockEntry(aside);
    const moved = ownerOf(movedEntry);
    if (moved !== 'none' && moved && moved.token !== token) {
      // We moved a fresh lock someone created a moment ago: put it back; that one wins, not us.
      try {
        fs.linkSync(aside, lockPathFor(workbookPath));
      } catch {
        // A third lock appeared meanwhile; it stands.
      }
      removeAside(aside);
      return { kind: 'held', owner: moved };
    }
    removeAside(aside);
  }
  return acquireLock(workbookPath, user, env);
}

/**
 * Removes what was moved aside: a file, FIFO or link itself (never what a link points to); a
 * folder only when it is empty – a folder with contents is someone's and stays, renamed.
 */
function removeAside(aside: string): void {
  try {
    if (fs.lstatSync(aside).isDirectory()) fs.rmdirSync(aside);
    else fs.rmSync(aside, { force: true });
  } catch {
    // Gone already, or a folder with contents: left as it is.
  }
}

/** How long ago the lock file was last written (0 when it is gone). Never follows a link. */
function lockAge(workbookPath: string, env: LockEnvironment): number {
  try {
    return env.now().getTime() - fs.lstatSync(lockPathFor(workbookPath)).mtimeMs;
  } catch {
    return 0;
  }
}

/** Something that is not a regular file was never written by Arbejdsbogen: it protects no one. */
function entryStaleReason(entry: LockEntry, owner: LockOwner | null, workbookPath: string, env: LockEnvironment): string | null {
  if (entry.kind === 'other') return `låsefilen er ${entry.what} og ikke en lås fra Arbejdsbogen`;
  return staleReason(owner, lockAge(workbookPath, env), env);
}

function acquireLockState(owner: LockOwner | null, workbookPath: string, env: LockEnvironment, entry: LockEntry = readLockEntry(lockPathFor(workbookPath))): LockState {
  const reason = entryStaleReason(entry, owner, workbookPath, env);
  return reason ? { kind: 'stale', owner, reason } : { kind: 'held', owner };
}

/** Lock files left beside a workbook are not workbooks: listings and backups skip them. */
export function isLockFile(fileName: string): boolean {
  return path.basename(fileName).includes('.lås');
}
