import type { Migration } from './migration';

// The calls a shared workbook's clients made, by the id each client gave its call, so that a call
// sent again – its answer was lost to a dropped connection, or the server was killed between
// writing and answering – is answered as before instead of being applied twice. The id is written
// in the same transaction as the change it made. Not part of the change log, undo or the dump.
export const appliedCalls: Migration = {
  version: 9,
  description: 'Kald, der allerede er udført (så et kald sendt igen ikke udføres to gange)',
  up(db) {
    db.exec(`
      CREATE TABLE applied_call (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL UNIQUE,
        at TEXT NOT NULL,
        answer_json TEXT
      );
    `);
  },
};
