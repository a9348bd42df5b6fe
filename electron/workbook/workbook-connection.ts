// Creating a workbook file and opening the one connection that writes to it (or reads it in
// place): inspection first, a backup before an upgrade, then the journal and durability settings.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { copyClosedFileBeside } from './backup';
import { RefusedFileError, UserFacingError } from './errors';
import { inspectWorkbookFile, inspectWorkbookFileForWriting, WORKBOOK_APPLICATION_ID } from './file-format';
import type { StorageKind } from './location';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { assertExpectedSchema, openDatabase } from './schema';

export interface WorkbookOptions {
  /** Path of better-sqlite3's native module built for Electron (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  readOnly?: boolean;
  readOnlyReason?: string;
  /**
   * 'local' (default): WAL journal. 'network': a rollback journal with SQLite's lock held
   * exclusively for as long as the workbook is open, since WAL is unsafe on network file systems.
   */
  storage?: StorageKind;
  /** Runs before every write and may throw to refuse it (e.g. the lock file was taken over). */
  beforeWrite?: () => void;
}

/** Creates a new, empty workbook file with the latest schema. Refuses to overwrite. */
export function createWorkbookFile(filePath: string, nativeBinding: string | undefined): void {
  if (fs.existsSync(filePath)) {
    throw new UserFacingError('refused', `Filen "${path.basename(filePath)}" findes allerede og overskrives ikke`);
  }
  // Build in a temporary file and move it into place, so a failed creation leaves nothing behind.
  const temporary = `${filePath}.opretter-${process.pid}`;
  try {
    const db = openDatabase(temporary, { nativeBinding });
    try {
      db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
      migrate(db, 0);
    } finally {
      db.close();
    }
    fs.renameSync(temporary, filePath);
  } catch (error) {
    for (const file of [temporary, `${temporary}-journal`]) fs.rmSync(file, { force: true });
    throw error;
  }
}

/**
 * Opens a workbook's connection, refusing foreign, damaged and newer files untouched, and
 * migrates after a backup. wrap runs inside the guard, so the connection is closed if it fails too.
 */
export function openWorkbookConnection<T>(filePath: string, options: WorkbookOptions, wrap: (db: Database.Database, storage: StorageKind) => T): T {
  const inspect = options.readOnly ? inspectWorkbookFile : inspectWorkbookFileForWriting;
  const { schemaVersion } = inspect(filePath, options.nativeBinding);
  if (schemaVersion < LATEST_SCHEMA_VERSION) {
    if (options.readOnly) {
      throw new RefusedFileError(`Filen "${path.basename(filePath)}" skal opgraderes og kan ikke åbnes skrivebeskyttet`);
    }
    copyClosedFileBeside(filePath, `før opgradering fra v${schemaVersion}`, new Date(), options.nativeBinding);
  }
  const storage = options.storage ?? 'local';
  const db = openDatabase(filePath, { readonly: options.readOnly ?? false, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    db.pragma('busy_timeout = 5000');
    // Again on this connection: the file may have been swapped since it was inspected.
    assertExpectedSchema(db, schemaVersion, path.basename(filePath), options.nativeBinding);
    if (!options.readOnly) configureWriter(db, storage, path.basename(filePath));
    db.pragma('foreign_keys = ON');
    if (schemaVersion < LATEST_SCHEMA_VERSION) migrate(db, schemaVersion);
    return wrap(db, storage);
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Journal and durability for the one writer. synchronous = FULL: a change the user saw stored
 * survives a power cut too, not only a crash of the app. On a network drive: no WAL (it needs
 * shared memory across machines), and SQLite's lock taken now and kept, so that a second machine
 * can never write between our transactions even if the lock file was bypassed.
 */
function configureWriter(db: Database.Database, storage: StorageKind, name: string): void {
  if (storage === 'network') {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('synchronous = FULL');
    if (mode !== 'delete') throw new UserFacingError('conflict', `Filen "${name}" bruges af et andet program og kan ikke åbnes til skrivning`);
    // An immediate write transaction takes the exclusive lock, which EXCLUSIVE mode then keeps.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } else {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
}

function migrate(db: Database.Database, fromVersion: number): void {
  db.transaction(() => {
    for (const migration of MIGRATIONS) {
      if (migration.version <= fromVersion) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
