import type { Migration } from './migration';

// "Who changed this field" (edit-conflicts.ts) looks up the newest change to one row; without an
// index that reads the whole change log on every edit carrying `seen`, which grows with the years.
// Entries with the same (tbl, row_id) lie in the index in id order, so newest-first needs no sort.
export const changeByRow: Migration = {
  version: 8,
  description: 'Ændringsloggen: opslag pr. række (hvem ændrede feltet)',
  up(db) {
    db.exec('CREATE INDEX change_by_row ON change(tbl, row_id)');
  },
};
