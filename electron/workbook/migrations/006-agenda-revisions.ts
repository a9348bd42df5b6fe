import type { Migration } from './migration';

// What changed on an agenda after it was sent, so a revised dagsorden can say so.
// revision is 'ændret' (changed after sending) or 'ny' (came onto the agenda after sending),
// revised_on the day of the latest such change. An item removed after sending leaves a line
// in withdrawn_agenda_item; item_id is set only for an item declined after sending (it still
// exists and may be accepted again), and is a plain integer, not a foreign key.
// facts_revised_on is the day the meeting's date, time or place last changed after sending.
export const agendaRevisionsSchema: Migration = {
  version: 6,
  description: 'Møder: ændringer i dagsordenen efter udsendelse',
  up(db) {
    db.exec(`
      ALTER TABLE agenda_item ADD COLUMN revision TEXT CHECK (revision IN ('ændret', 'ny'));
      ALTER TABLE agenda_item ADD COLUMN revised_on TEXT;
      ALTER TABLE meeting ADD COLUMN facts_revised_on TEXT;

      CREATE TABLE withdrawn_agenda_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        item_id INTEGER,
        title TEXT NOT NULL,
        withdrawn_on TEXT NOT NULL
      );
      CREATE INDEX withdrawn_agenda_item_by_meeting ON withdrawn_agenda_item(meeting_id);
    `);
  },
};
