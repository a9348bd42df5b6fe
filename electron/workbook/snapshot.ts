// A read-only copy of a workbook in a local temporary folder, for where the file itself cannot be
// read in place (see Workbook.openSnapshot).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { RefusedFileError, UserFacingError } from './errors';
import { inspectWorkbookFile } from './file-format';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { openDatabase } from './schema';

/**
 * Copies the file (and its journal) to a new temporary folder and opens the copy read-only. A copy
 * torn by a write in progress fails the integrity check and is taken again. wrap runs inside the
 * attempt, so the folder is removed if it fails too; the folder is the caller's to remove later.
 */
export function openSnapshotConnection<T>(filePath: string, nativeBinding: string | undefined, wrap: (db: Database.Database, dir: string) => T): T {
  const name = path.basename(filePath);
  let lastError: unknown = null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-kopi-'));
    const copy = path.join(dir, name);
    try {
      const before = fs.statSync(filePath);
      fs.copyFileSync(filePath, copy);
      for (const side of ['-wal', '-journal']) {
        if (fs.existsSync(`${filePath}${side}`)) fs.copyFileSync(`${filePath}${side}`, `${copy}${side}`);
      }
      const after = fs.statSync(filePath);
      if (before.mtimeMs !== after.mtimeMs || before.size !== after.size) throw new Error('changed while copied');
      const { schemaVersion } = inspectWorkbookFile(copy, nativeBinding);
      if (schemaVersion < LATEST_SCHEMA_VERSION) {
        throw new RefusedFileError(`Filen "${name}" skal opgraderes og kan ikke åbnes skrivebeskyttet`);
      }
      const db = openDatabase(copy, { readonly: true, fileMustExist: true, nativeBinding });
      db.pragma('foreign_keys = ON');
      return wrap(db, dir);
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      if (error instanceof RefusedFileError && !/beskadiget/.test(error.message)) throw error;
      lastError = error;
    }
  }
  if (lastError instanceof UserFacingError) throw lastError;
  throw new RefusedFileError(`Filen "${name}" kan ikke læses lige nu. Prøv igen om lidt`);
}
