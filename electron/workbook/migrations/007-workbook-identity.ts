import crypto from 'node:crypto';
import type { Migration } from './migration';

// Who the file is, whatever its name: a random id made once per workbook. Backups carry it (they
// are copies of the file), so a backup folder shared by workbooks of the same name lists and
// restores only this workbook's backups. "Gem kopi som…" gives the copy an id of its own.
// One row (id = 1); not part of the change log, the undo history or the dump.
export const workbookIdentity: Migration = {
  version: 7,
  description: 'Arbejdsbogens identitet (til sikkerhedskopier)',
  up(db) {
    db.exec('CREATE TABLE workbook_identity (id INTEGER PRIMARY KEY CHECK (id = 1), uuid TEXT NOT NULL)');
    db.prepare('INSERT INTO workbook_identity (id, uuid) VALUES (1, ?)').run(crypto.randomUUID());
  },
};
