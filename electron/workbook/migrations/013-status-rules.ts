import type { Migration } from './migration';

// Traffic lights by explicit rules: the thresholds are the workbook's own, so every member and
// every statusnotat judges by the same rules, and the chair can change them (undo and change log
// as for any row). One row. Defaults follow the Danish state's practice for project status
// reporting: økonomi red above 10 % overrun, yellow above 0 %; tid red when more than 3 months
// late, yellow from 1 month.
export const statusRules: Migration = {
  version: 13,
  description: 'Status: regler for trafiklys (økonomi og tid)',
  up(db) {
    db.exec(`
      CREATE TABLE status_rules (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        economy_red_percent INTEGER NOT NULL DEFAULT 10 CHECK (economy_red_percent >= 0),
        economy_yellow_percent INTEGER NOT NULL DEFAULT 0 CHECK (economy_yellow_percent >= 0),
        time_red_months INTEGER NOT NULL DEFAULT 3 CHECK (time_red_months >= 0),
        time_yellow_months INTEGER NOT NULL DEFAULT 1 CHECK (time_yellow_months >= 0)
      );
      INSERT INTO status_rules (id) VALUES (1);
    `);
  },
};
