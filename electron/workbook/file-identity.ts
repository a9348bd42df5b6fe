// A writer remembers which file it opened, so that a file moved, deleted or replaced under it is
// noticed before the next write rather than taking every later edit with it.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import type { StorageKind } from './location';

export const FILE_GONE_MESSAGE =
  'Arbejdsbogens fil er flyttet, slettet eller erstattet, mens den var åben, så ændringen blev ikke gemt. ' +
  'Gem arbejdsbogen, som den står, med Filer → Gem kopi som…, og åbn kopien';

/** Which file a path names (device and inode), or null when it names none. */
export function fileIdentity(filePath: string): string | null {
  try {
    const stat = fs.statSync(filePath, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * Our WAL still sits under the old name, where SQLite would play it into whatever file is
 * there now (and SQLite skips the checkpoint on close for a moved file). Writing it into the
 * file we have open, and emptying it, takes the confirmed edits along with a moved file and
 * keeps them out of a replacement.
 */
export function settleChangedFile(db: Database.Database, storage: StorageKind): void {
  if (storage !== 'local') return;
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy or failing: nothing more can be done here; "Gem kopi som…" still has every edit.
  }
}
