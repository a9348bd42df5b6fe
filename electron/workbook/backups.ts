import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupKind } from '../../shared/domain/backup';
import { todayIso } from '../../shared/dates';
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

interface FoundBackup {
  entry: BackupEntry;
  /** The file's own time: what pruning goes by, since names may carry a clock's mistakes. */
  mtimeMs: number;
}

function scanBackups(workbookPath: string, folder: string): FoundBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const matcher = nameMatcher(workbookPath);
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
    if (!stat.isFile()) continue;
    found.push({ entry: { name, at: at.toISOString(), kind, sizeBytes: stat.size }, mtimeMs: stat.mtimeMs });
  }
  return found;
}

/** The backups of one workbook in a folder, newest first. Other files there are ignored. */
export function listBackups(workbookPath: string, folder: string): BackupEntry[] {
  const entries = scanBackups(workbookPath, folder).map((f) => f.entry);
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
export function pruneBackups(workbookPath: string, folder: string, kind: BackupKind, keep: number, justWritten: string | null): PruneResult {
  const keepName = justWritten === null ? null : path.basename(justWritten);
  const found = scanBackups(workbookPath, folder)
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
  fs.mkdirSync(folder, { recursive: true });
  let name = backupFileName(workbookPath, kind, now);
  // Two backups in one second (a restore right after the daily copy) get distinct names.
  for (let bump = 1; fs.existsSync(path.join(folder, name)); bump++) {
    name = backupFileName(workbookPath, kind, new Date(now.getTime() + bump * 1000));
  }
  const target = path.join(folder, name);
  const temporary = `${target}.skrives`;
  fs.rmSync(temporary, { force: true });
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  return target;
}

/** The backup's full path if `name` is one of this workbook's backups in the folder, else null. */
export function resolveBackup(workbookPath: string, folder: string, name: string): string | null {
  // Only names that listBackups itself produced are accepted: no paths, no "..".
  return listBackups(workbookPath, folder).some((e) => e.name === name) ? path.join(folder, name) : null;
}
