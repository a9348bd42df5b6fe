import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { BackupEntry, BackupKind } from '../../shared/domain/backup';
import { todayIso } from '../../shared/dates';
import { fsyncFile, fsyncFolder, writeFailureReason } from './backup-errors';
import { temporaryNameFor } from './backup';
import { UserFacingError } from './errors';
import { WORKBOOK_EXTENSION } from './file-format';

/** Automatic daily backups kept per workbook; older ones are removed. */
export const KEEP_AUTOMATIC_BACKUPS = 14;
/** Safety copies made before a restore are kept as long, counted apart. */
export const KEEP_RESTORE_BACKUPS = 14;

export const DEFAULT_BACKUP_FOLDER_NAME = 'Sikkerhedskopier';

const KIND_SUFFIX: Record<BackupKind, string> = {
  automatic: 'automatisk',
  beforeRestore: 'før gendannelse',
  manual: 'manuel',
};
const SUFFIX_KIND = new Map(Object.entries(KIND_SUFFIX).map(([k, v]) => [v, k as BackupKind]));

/** The folder for a workbook's backups: the user's choice, else "Sikkerhedskopier" beside the file. */
export function backupFolderFor(workbookPath: string, chosenFolder: string | null): string {
  return chosenFolder ?? path.join(path.dirname(workbookPath), DEFAULT_BACKUP_FOLDER_NAME);
}

function workbookBase(workbookPath: string): string {
  return path.basename(workbookPath, WORKBOOK_EXTENSION);
}

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${todayIso(now)} ${pad(now.getHours())}.${pad(now.getMinutes())}.${pad(now.getSeconds())}`;
}

/** "Mørkhøj 2026-11-23 09.15.02 (automatisk).arbejdsbog" */
export function backupFileName(workbookPath: string, kind: BackupKind, now: Date): string {
  return `${workbookBase(workbookPath)} ${stamp(now)} (${KIND_SUFFIX[kind]})${WORKBOOK_EXTENSION}`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function nameMatcher(workbookPath: string): RegExp {
  return new RegExp(
    `^${escapeRegExp(workbookBase(workbookPath))} (\\d{4})-(\\d{2})-(\\d{2}) (\\d{2})\\.(\\d{2})\\.(\\d{2}) \\(([^)]+)\\)${escapeRegExp(WORKBOOK_EXTENSION)}$`,
  );
}

/** Whose backups: the workbook's name (backups are named after it) and its identity. */
export interface BackupOwner {
  workbookPath: string;
  /** workbook_identity's uuid; null for a file that has none (it is then being upgraded). */
  identity: string | null;
  /** Reads a backup file's identity: null when it has none (made before version 7), undefined when unreadable. */
  identityOf(file: string): string | null | undefined;
  /**
   * Whether backups without an identity count as this workbook's: only in the folder beside
   * the workbook, where no other workbook of the same name can have put any.
   */
  acceptsUnidentified: boolean;
}

/** The identity stored in an open workbook (or backup), or null when it has none. */
export function readWorkbookIdentity(db: Database.Database): string | null {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workbook_identity'").get();
  if (!table) return null;
  return (db.prepare('SELECT uuid FROM workbook_identity WHERE id = 1').pluck().get() as string | undefined) ?? null;
}

/** Gives a workbook file (a copy, a restored backup) the identity `uuid`, outside the change log. */
export function setWorkbookIdentity(db: Database.Database, uuid: string): void {
  db.prepare('INSERT INTO workbook_identity (id, uuid) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET uuid = excluded.uuid').run(uuid);
}

/** Identities read from backup files, by path, size and time: a listing opens each file once. */
const identityCache = new Map<string, { key: string; identity: string | null | undefined }>();

function identityOfCached(owner: BackupOwner, file: string, stat: fs.Stats): string | null | undefined {
  const key = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  const cached = identityCache.get(file);
  if (cached?.key === key) return cached.identity;
  const identity = owner.identityOf(file);
  if (identityCache.size > 1000) identityCache.clear();
  identityCache.set(file, { key, identity });
  return identity;
}

function belongsTo(owner: BackupOwner, file: string, stat: fs.Stats): boolean {
  const identity = identityOfCached(owner, file, stat);
  if (identity === undefined) return false;
  if (identity === null) return owner.acceptsUnidentified;
  return identity === owner.identity;
}

interface FoundBackup {
  entry: BackupEntry;
  /** The file's own time: what pruning goes by, since names may carry a clock's mistakes. */
  mtimeMs: number;
}

function scanBackups(owner: BackupOwner, folder: string): FoundBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const matcher = nameMatcher(owner.workbookPath);
  const found: FoundBackup[] = [];
  for (const name of names) {
    const m = matcher.exec(name);
    const kind = m ? SUFFIX_KIND.get(m[7]!) : undefined;
    if (!m || !kind) continue;
    const at = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
    let stat: fs.Stats;
    try {
      stat = fs.statSync(path.join(folder, name));
    } catch {
      continue;
    }
    if (!stat.isFile() || !belongsTo(owner, path.join(folder, name), stat)) continue;
    found.push({ entry: { name, at: at.toISOString(), kind, sizeBytes: stat.size }, mtimeMs: stat.mtimeMs });
  }
  return found;
}

/**
 * The backups of one workbook in a folder, newest first: named after it and holding its
 * identity. Other files there (another workbook's of the same name) are ignored.
 */
export function listBackups(owner: BackupOwner, folder: string): BackupEntry[] {
  const entries = scanBackups(owner, folder).map((f) => f.entry);
  return entries.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.name < b.name ? 1 : -1));
}

/** Whether a backup of this kind was already made on the given local day. */
export function hasBackupOn(entries: BackupEntry[], kind: BackupKind, day: string): boolean {
  return entries.some((e) => e.kind === kind && todayIso(new Date(e.at)) === day);
}

export interface PruneResult {
  removed: string[];
  /** Danish, one line per backup that could not be removed. */
  failures: string[];
}

/**
 * Removes the oldest backups of a kind beyond `keep`, oldest by the file's time (not the name's:
 * a clock that was ahead, or several backups in one second, give names from the future). The
 * backup just written is never removed.
 */
export function pruneBackups(owner: BackupOwner, folder: string, kind: BackupKind, keep: number, justWritten: string | null): PruneResult {
  const keepName = justWritten === null ? null : path.basename(justWritten);
  const found = scanBackups(owner, folder)
    .filter((f) => f.entry.kind === kind)
    .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.entry.name < b.entry.name ? 1 : -1));
  const ordered = [...found.filter((f) => f.entry.name === keepName), ...found.filter((f) => f.entry.name !== keepName)];
  const result: PruneResult = { removed: [], failures: [] };
  for (const old of ordered.slice(Math.max(keep, keepName === null ? 0 : 1))) {
    try {
      fs.rmSync(path.join(folder, old.entry.name));
      result.removed.push(old.entry.name);
    } catch (error) {
      result.failures.push(`"${old.entry.name}" kunne ikke slettes (${String((error as NodeJS.ErrnoException).code ?? 'ukendt fejl')})`);
    }
  }
  return result;
}

/**
 * Writes a consistent copy of an open database (SQLite's VACUUM INTO reads one snapshot, so
 * edits in progress elsewhere never tear it) to a temporary name, then moves it into place:
 * a backup that exists is always whole.
 */
export function writeBackup(
  db: { prepare(sql: string): { run(...params: unknown[]): unknown } },
  workbookPath: string,
  folder: string,
  kind: BackupKind,
  now = new Date(),
): string {
  let temporary: string | null = null;
  try {
    fs.mkdirSync(folder, { recursive: true });
    let name = backupFileName(workbookPath, kind, now);
    // Two backups in one second (a restore right after the daily copy) get distinct names.
    for (let bump = 1; fs.existsSync(path.join(folder, name)); bump++) {
      name = backupFileName(workbookPath, kind, new Date(now.getTime() + bump * 1000));
    }
    const target = path.join(folder, name);
    temporary = temporaryNameFor(target);
    db.prepare('VACUUM INTO ?').run(temporary);
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncFolder(folder);
    return target;
  } catch (error) {
    if (temporary) fs.rmSync(temporary, { force: true });
    throw new BackupWriteError(folder, writeFailureReason(error));
  }
}

/** A backup that could not be written; nothing of it is left in the folder. */
export class BackupWriteError extends UserFacingError {
  constructor(
    readonly folder: string,
    /** Danish, e.g. "der er ikke plads nok på drevet". */
    readonly reason: string,
  ) {
    super('refused', `Sikkerhedskopien kunne ikke gemmes i "${folder}": ${reason}`);
    this.name = 'BackupWriteError';
  }
}

/** The backup's full path if `name` is one of this workbook's backups in the folder, else null. */
export function resolveBackup(owner: BackupOwner, folder: string, name: string): string | null {
  // Only names that listBackups itself produced are accepted: no paths, no "..".
  return listBackups(owner, folder).some((e) => e.name === name) ? path.join(folder, name) : null;
}
