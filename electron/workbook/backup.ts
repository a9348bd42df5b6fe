import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { fsyncFile, fsyncFolder, writeFailureReason } from './backup-errors';
import { UserFacingError } from './errors';
import { describeOwner, processIsAlive, readLockOwner } from './lock';
import { openDatabase } from './schema';

function timestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}.${pad(now.getSeconds())}`;
}

/**
 * Copies a closed workbook beside itself before a migration, e.g.
 * "Mørkhøj (før opgradering fra v1 2026-11-23 09.15.02).arbejdsbog" – a second one in the same
 * second gets " 2" and so on. The copy is written to a temporary file, flushed to disk and only
 * then given its name, so a copy by that name is always whole. A pending WAL file is folded into
 * the copy (SQLite reads both as one snapshot), so the copy is one file holding every committed
 * change; without one the copy is byte for byte the file.
 */
export function copyClosedFileBeside(filePath: string, reason: string, now = new Date(), nativeBinding?: string): string {
  const ext = path.extname(filePath);
  const base = filePath.slice(0, filePath.length - ext.length);
  const stamp = `${base} (${reason} ${timestamp(now)}`;
  let target = `${stamp})${ext}`;
  for (let n = 2; fs.existsSync(target); n++) target = `${stamp} ${n})${ext}`;
  const temporary = temporaryNameFor(target);
  try {
    let walBytes = 0;
    try {
      walBytes = fs.statSync(`${filePath}-wal`).size;
    } catch {
      // No WAL file: nothing pending.
    }
    if (walBytes > 0) {
      const db = openDatabase(filePath, { readonly: true, fileMustExist: true, nativeBinding });
      try {
        db.prepare('VACUUM INTO ?').run(temporary);
      } finally {
        db.close();
      }
    } else {
      fs.copyFileSync(filePath, temporary, fs.constants.COPYFILE_EXCL);
    }
    fsyncFile(temporary);
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new UserFacingError('refused', `"${path.basename(filePath)}" skal opgraderes, men kopien fra før opgraderingen kunne ikke gemmes: ${writeFailureReason(error)}. Arbejdsbogen er ikke ændret`);
  }
  return target;
}

/** Which machine wrote a temporary file: a short hash of the host name, so names stay short. */
const HOST_TAG = crypto.createHash('sha1').update(os.hostname()).digest('hex').slice(0, 8);
export const TEMPORARY_SUFFIX = '.skrives';

/**
 * A temporary name beside `target` for a copy being written: "<target>.<host>-<pid>-<random>.skrives".
 * Host and pid tell a copy still being written from one a killed process left behind.
 */
export function temporaryNameFor(target: string): string {
  return `${target}.${HOST_TAG}-${process.pid}-${crypto.randomBytes(4).toString('hex')}${TEMPORARY_SUFFIX}`;
}

/** Left by another machine (or an old version): removed once it has not changed for this long. */
const FOREIGN_TEMPORARY_AGE_MS = 60 * 60_000;

/**
 * Removes temporary copies a killed process left in `folder` whose names start with `prefix`:
 * those of this machine whose process is gone, and any not touched for an hour. Returns their names.
 */
export function removeStaleTemporaries(folder: string, prefix: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_SUFFIX)) continue;
    const full = path.join(folder, name);
    const tag = /\.([0-9a-f]{8})-(\d+)-[0-9a-f]+\.skrives$/.exec(name);
    let stale: boolean;
    if (tag && tag[1] === HOST_TAG) {
      stale = Number(tag[2]) !== process.pid && !processIsAlive(Number(tag[2]));
    } else {
      try {
        stale = now - fs.statSync(full).mtimeMs > FOREIGN_TEMPORARY_AGE_MS;
      } catch {
        continue;
      }
    }
    if (!stale) continue;
    try {
      fs.rmSync(full, { force: true });
      removed.push(name);
    } catch {
      // Still there next time.
    }
  }
  return removed;
}

/** Whether two paths name the same file: the same inode (links), or the same real path. */
export function isSameFile(a: string, b: string): boolean {
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    if (sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // One of them does not exist (yet): compare real paths.
  }
  const real = (p: string) => {
    try {
      return fs.realpathSync(p);
    } catch {
      try {
        return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
      } catch {
        return path.resolve(p);
      }
    }
  };
  return real(a) === real(b);
}

/**
 * "Gem kopi som…": a consistent copy of the open workbook written to a temporary file in the
 * target folder, flushed to disk and then renamed over the target, so the target is either the
 * old file or the whole new copy. Refuses a target that is the open workbook itself (also through
 * a linked folder) or that another instance has open. `prepare` runs on the finished temporary
 * copy before it is moved into place (e.g. to give the copy its own identity).
 */
export function saveCopyAs(db: Database.Database, workbookPath: string, target: string, prepare?: (temporary: string) => void): string {
  const name = path.basename(target);
  if (isSameFile(target, workbookPath)) {
    throw new UserFacingError('refused', `Kopien kan ikke gemmes oven i den åbne arbejdsbog selv ("${name}", evt. via en genvej til mappen). Vælg et andet navn eller en anden mappe`);
  }
  const owner = readLockOwner(target);
  if (owner !== 'none') {
    throw new UserFacingError('conflict', `"${name}" er åben hos ${describeOwner(owner)}, så den overskrives ikke. Kopien er ikke gemt`);
  }
  const existed = fs.existsSync(target);
  const temporary = temporaryNameFor(target);
  try {
    db.prepare('VACUUM INTO ?').run(temporary);
    prepare?.(temporary);
    fsyncFile(temporary);
    // Side files of an old file by that name would be applied to the new one: remove them first.
    for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${side}`, { force: true });
    fs.renameSync(temporary, target);
    fsyncFolder(path.dirname(target));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (error instanceof UserFacingError) throw error;
    const kept = existed ? `Den eksisterende fil "${name}" er uændret` : 'Der er ikke oprettet nogen fil';
    throw new UserFacingError('refused', `Kopien kunne ikke gemmes som "${name}": ${writeFailureReason(error)}. ${kept}, og arbejdsbogen er uændret`);
  }
  return target;
}
