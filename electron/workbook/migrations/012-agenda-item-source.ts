import type { Migration } from './migration';

// An agenda item taken from »Forslag til dagsorden« remembers what it was suggested from (an
// action, a plan phase, a budget line …), so the suggestion leaves the list by what it is, not by
// a title the chair may since have reworded, and the sheet can link back to it. Plain values, not
// foreign keys: the source may be removed while the agenda item, a record of the meeting, stays.
export const agendaItemSource: Migration = {
  version: 12,
  description: 'Møder: punkter husker, hvilket forslag de kom fra',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_item ADD COLUMN source_kind TEXT
        CHECK (source_kind IN ('handling', 'fase', 'milepæl', 'budgetlinje', 'indsats', 'forslag', 'udsat punkt', 'program'));
      ALTER TABLE agenda_item ADD COLUMN source_id INTEGER;
    `);
  },
};
