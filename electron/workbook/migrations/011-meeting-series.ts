import type { Migration } from './migration';

// Mødeplan: a series of meetings set up in one step with a template agenda.
// The rule is kept (every_weeks and weekday are null for a series given as a list of dates) so the
// panel can say how the series was made. Which meetings belong to a series, and which agenda items
// came from which template item, live in link tables rather than new columns on meeting and
// agenda_item: removing a meeting or an item removes its link with it (the mutation path removes
// children), a meeting never disappears with its series, and meetings and items read as before.
export const meetingSeries: Migration = {
  version: 11,
  description: 'Mødeplan: mødeserier med en skabelon til dagsordenen',
  up(db) {
    db.exec(`
      CREATE TABLE meeting_series (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        place TEXT NOT NULL,
        every_weeks INTEGER CHECK (every_weeks BETWEEN 1 AND 52),
        weekday TEXT CHECK (weekday IN ('mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag')),
        first_date TEXT NOT NULL,
        last_date TEXT NOT NULL
      );

      CREATE TABLE series_template_item (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        standing TEXT CHECK (standing IN ('approveAgenda', 'followUp', 'anyOtherBusiness')),
        title TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'Orientering' CHECK (type IN ('Orientering', 'Drøftelse', 'Beslutning')),
        presenter TEXT NOT NULL DEFAULT '',
        minutes INTEGER NOT NULL DEFAULT 20 CHECK (minutes >= 0),
        recommendation TEXT NOT NULL DEFAULT '[]'
      );
      CREATE INDEX series_template_item_by_series ON series_template_item(series_id, position);

      CREATE TABLE series_meeting (
        id INTEGER PRIMARY KEY,
        series_id INTEGER NOT NULL REFERENCES meeting_series(id) ON DELETE RESTRICT,
        meeting_id INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE RESTRICT
      );
      CREATE INDEX series_meeting_by_series ON series_meeting(series_id);

      CREATE TABLE series_agenda_item (
        id INTEGER PRIMARY KEY,
        template_item_id INTEGER NOT NULL REFERENCES series_template_item(id) ON DELETE RESTRICT,
        item_id INTEGER NOT NULL UNIQUE REFERENCES agenda_item(id) ON DELETE RESTRICT
      );
      CREATE INDEX series_agenda_item_by_template ON series_agenda_item(template_item_id);
    `);
  },
};
