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
  // file must be left exactly as it was, so those are removed again below.
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
    removeEmptySideFiles(sideFiles);
  }
}

function removeEmptySideFiles(created: string[]): void {
  const wal = created.find((f) => f.endsWith('-wal'));
  if (wal) {
    try {
      if (fs.statSync(wal).size === 0) fs.rmSync(wal);
    } catch {
      // not created after all
    }
  }
  const shm = created.find((f) => f.endsWith('-shm'));
  const walGone = !fs.existsSync(shm ? shm.replace(/-shm$/, '-wal') : '');
  if (shm && walGone) fs.rmSync(shm, { force: true });
}
