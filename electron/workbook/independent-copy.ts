import crypto from 'node:crypto';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { saveCopyAs } from './backup';
import { readWorkbookIdentity, setWorkbookIdentity } from './backups';
import { openDatabase } from './schema';

/**
 * A consistent copy of an open workbook (SQLite's own snapshot, never a file copy of a live WAL
 * file) as a workbook of its own: it gets its own identity, so its backups are told from ours.
 */
export function saveIndependentCopy(db: Database.Database, workbookPath: string, target: string, nativeBinding?: string): string {
  return saveCopyAs(db, workbookPath, path.resolve(target), (temporary) => {
    const copy = openDatabase(temporary, { fileMustExist: true, nativeBinding });
    try {
      if (readWorkbookIdentity(copy) !== null) setWorkbookIdentity(copy, crypto.randomUUID());
    } finally {
      copy.close();
    }
  });
}
