import type { Migration } from './migration';

// A decision for every "at": each point of an item's Indstilling (agenda_item.recommendation, a
// JSON list) gets its own outcome and text, and members may record a dissent (afvigende mening)
// on a point. A point is named by its place in the list, as the agenda showed it; the agenda is
// locked once the meeting is held, so the places hold while the minutes are written. The free-text
// decision of the item stays as it was, for old workbooks and items without points. outcome is
// null while nothing is decided (an Orientering item's points read as "Taget til efterretning").
// member_id is a plain integer, like action_item.member_id: the name is kept beside it.
export const pointDecisions: Migration = {
  version: 10,
  description: 'Møder: en beslutning og afvigende meninger for hvert "at" i indstillingen',
  up(db) {
    db.exec(`
      CREATE TABLE point_decision (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE RESTRICT,
        point_index INTEGER NOT NULL CHECK (point_index >= 0),
        outcome TEXT CHECK (outcome IN ('Godkendt', 'Godkendt med ændringer', 'Ikke godkendt', 'Udsat', 'Taget til efterretning')),
        text TEXT NOT NULL DEFAULT '',
        UNIQUE (item_id, point_index)
      );

      CREATE TABLE point_dissent (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE RESTRICT,
        point_index INTEGER NOT NULL CHECK (point_index >= 0),
        position INTEGER NOT NULL,
        member_id INTEGER,
        name TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX point_dissent_by_item ON point_dissent(item_id, point_index);
    `);
  },
};
