import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { FileInUseError, RefusedFileError } from './errors';
import { isSqliteBusy } from './sqlite-errors';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { assertExpectedSchema, openDatabase } from './schema';

/** PRAGMA application_id of every workbook: "ARBG" in ASCII. Foreign SQLite files lack it. */
export const WORKBOOK_APPLICATION_ID = 0x41524247;
export const WORKBOOK_EXTENSION = '.arbejdsbog';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface FileInspection {
  schemaVersion: number;
}

/**
 * Looks at a file without changing a byte of it and refuses it with a Danish message
 * when it is not a workbook this version can open.
 */
export function inspectWorkbookFile(filePath: string, nativeBinding?: string): FileInspection {
  const name = path.basename(filePath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new RefusedFileError(`Filen "${name}" findes ikke`);
  }
  if (!stat.isFile()) throw new RefusedFileError(`"${name}" er ikke en fil`);
  if (stat.nlink > 1) {
    // Under two names the file gets two locks and two WAL files, and two writers ruin it.
    throw new RefusedFileError(
      `Filen "${name}" har mere end ét navn i filsystemet (en hård lænke) og åbnes ikke, for to navne til samme arbejdsbog kan ødelægge den. ` +
        'Kopiér filen, og åbn kopien',
    );
  }
  if (stat.size === 0) throw new RefusedFileError(`Filen "${name}" er tom og er ikke en arbejdsbog`);

  const header = Buffer.alloc(SQLITE_HEADER.length);
  let fd: number;
  try {
    fd = fs.openSync(filePath, 'r');
  } catch {
    throw new RefusedFileError(`Filen "${name}" kan ikke læses (mangler du adgang til den?)`);
  }
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new RefusedFileError(`Filen "${name}" er ikke en arbejdsbog (ukendt filformat)`);
  }

  // Reading a WAL-mode file makes SQLite create empty -wal and -shm files beside it; a refused
  // file must be left exactly as it was, so those are let go again below – by SQLite itself,
  // since another process (a writer opening the file at this very moment) may already use them.
  const sideFiles = ['-wal', '-shm'].map((suffix) => `${filePath}${suffix}`).filter((f) => !fs.existsSync(f));
  let db: Database.Database | undefined;
  try {
    // A short wait only: a writer on a network drive holds its lock for as long as it has the
    // file open, and the caller then reads a snapshot instead of waiting.
    db = openDatabase(filePath, { readonly: true, fileMustExist: true, nativeBinding, timeout: 250 });
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    if (applicationId !== WORKBOOK_APPLICATION_ID) {
      throw new RefusedFileError(`Filen "${name}" er en database, men ikke en arbejdsbog`);
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion > LATEST_SCHEMA_VERSION) {
      throw new RefusedFileError(
        `Filen "${name}" er gemt med en nyere version af Arbejdsbogen (filversion ${schemaVersion}, ` +
          `denne version kan læse op til ${LATEST_SCHEMA_VERSION}). Opdatér Arbejdsbogen for at åbne den`,
      );
    }
    // Before anything reads a row: a trigger or view the migrations did not make is refused.
    assertExpectedSchema(db, schemaVersion, name, nativeBinding);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new RefusedFileError(`Filen "${name}" er beskadiget og kan ikke åbnes`);
    return { schemaVersion };
  } catch (error) {
    if (error instanceof RefusedFileError) throw error;
    const code = String((error as { code?: unknown })?.code ?? '');
    if (isSqliteBusy(error) || code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_READONLY')) {
      throw new FileInUseError(`Filen "${name}" kan ikke læses direkte lige nu`);
    }
    throw new RefusedFileError(`Filen "${name}" er beskadiget eller ikke en arbejdsbog`);
  } finally {
    db?.close();
    releaseSideFiles(filePath, sideFiles, nativeBinding);
  }
}

/**
 * Lets go of the -wal and -shm files the inspection made SQLite create, without ever deleting
 * side files another connection has open: deleting a writer's WAL under it makes every edit it
 * commits afterwards vanish at the next crash. Only SQLite knows whether other connections
 * exist, so a read-write connection is opened, reads, and is closed: SQLite removes the side
 * files on close only when it gets the exclusive lock, i.e. when it is the last connection.
 * With an empty WAL that close writes nothing to the file.
 */
function releaseSideFiles(filePath: string, created: string[], nativeBinding: string | undefined): void {
  if (!created.some((f) => fs.existsSync(f))) return;
  // A rollback journal beside it would be played back by a writer: leave everything as it is.
  if (fs.existsSync(`${filePath}-journal`)) return;
  let db: Database.Database | undefined;
  try {
    db = openDatabase(filePath, { fileMustExist: true, nativeBinding, timeout: 0 });
    db.pragma('schema_version', { simple: true });
  } catch {
    // Damaged, read-only or busy: the side files stay; they are harmless, a deleted WAL is not.
  } finally {
    try {
      db?.close();
    } catch {
      // nothing more to let go of
    }
  }
}

/**
 * inspectWorkbookFile for a caller about to write, holding the workbook's lock. A change cut off
 * by a crash leaves a hot rollback journal that only a writer may play back, so a read-only look
 * fails as if the file were busy. The first read of a read-write connection plays it back –
 * putting the file back as it was before the cut-off change, which any SQLite opener would do –
 * and the file is then inspected as usual.
 */
export function inspectWorkbookFileForWriting(filePath: string, nativeBinding?: string): FileInspection {
  try {
    return inspectWorkbookFile(filePath, nativeBinding);
  } catch (error) {
    if (!(error instanceof FileInUseError) || !fs.existsSync(`${filePath}-journal`)) throw error;
  }
  let db: Database.Database | undefined;
  try {
    db = openDatabase(filePath, { fileMustExist: true, nativeBinding, timeout: 250 });
    db.pragma('schema_version', { simple: true });
  } catch {
    // Still busy or unreadable: the inspection below says which, in Danish.
  } finally {
    db?.close();
  }
  return inspectWorkbookFile(filePath, nativeBinding);
}
