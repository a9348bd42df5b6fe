// How a worker thread (making a Word document) reads the workbook the main thread has open.
import type Database from 'better-sqlite3';
import type { StorageKind } from './location';
import { openDatabase } from './schema';

/** Where a reader in another thread finds the workbook: see Workbook.readerSource(). */
export type ReaderSource = { kind: 'file'; path: string } | { kind: 'image'; image: Uint8Array };

/** The file itself (WAL lets a second reader in), or on a network drive an image: see Workbook.readerSource(). */
export function readerSourceOf(db: Database.Database, storage: StorageKind): ReaderSource {
  return storage === 'network' ? { kind: 'image', image: db.serialize() } : { kind: 'file', path: db.name };
}

/** A read-only connection over a readerSourceOf(), for reading only (in a worker thread). */
export function openReaderConnection(source: ReaderSource, nativeBinding: string | undefined): Database.Database {
  let db: Database.Database;
  if (source.kind === 'file') {
    db = openDatabase(source.path, { readonly: true, fileMustExist: true, nativeBinding });
    db.pragma('busy_timeout = 5000');
  } else {
    // Header bytes 18–19 say "WAL", which an in-memory database cannot open. The image already
    // holds every committed change, so it is marked as an ordinary (rollback journal) database.
    const image = Buffer.from(source.image.buffer, source.image.byteOffset, source.image.byteLength);
    image[18] = 1;
    image[19] = 1;
    db = openDatabase(image, { readonly: true, nativeBinding });
  }
  db.pragma('foreign_keys = ON');
  return db;
}
