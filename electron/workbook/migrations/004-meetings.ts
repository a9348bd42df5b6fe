import type { Migration } from './migration';

// Meetings, their agendas, minutes and actions.
// member_id and initiative_id are deliberately plain integers, not foreign keys: the mutation
// path deletes every row that refers to a removed row, and the record of who attended a
// meeting, or which initiative an old agenda item concerned, must outlive a member leaving
// the steering group or an initiative being removed. The names are copied for that reason.
export const meetingsSchema: Migration = {
  version: 4,
  description: 'Møder: dagsorden, referat, beslutninger og handlinger',
  up(db) {
    db.exec(`
      CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        date TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '14:00',
        end_time TEXT NOT NULL DEFAULT '16:00',
        place TEXT NOT NULL DEFAULT 'Mørkhøj Bibliotek',
        status TEXT NOT NULL DEFAULT 'planlagt'
          CHECK (status IN ('planlagt', 'dagsorden udsendt', 'afholdt', 'referat godkendt')),
        -- 1 while a held meeting or approved minutes are opened for a correction.
        unlocked INTEGER NOT NULL DEFAULT 0 CHECK (unlocked IN (0, 1))
      );
      CREATE INDEX meeting_by_date ON meeting(date, start_time);

      CREATE TABLE meeting_participant (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        member_id INTEGER,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        present INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
        absence_note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX meeting_participant_by_meeting ON meeting_participant(meeting_id);

      CREATE TABLE agenda_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT 'Orientering' CHECK (type IN ('Orientering', 'Drøftelse', 'Beslutning')),
        presenter TEXT NOT NULL DEFAULT '',
        minutes INTEGER NOT NULL DEFAULT 20 CHECK (minutes >= 0),
        initiative_id INTEGER,
        recommendation TEXT NOT NULL DEFAULT '[]',
        case_text TEXT NOT NULL DEFAULT '',
        standing TEXT CHECK (standing IN ('approveAgenda', 'followUp', 'anyOtherBusiness')),
        proposed_by TEXT NOT NULL DEFAULT '',
        proposal_state TEXT NOT NULL DEFAULT 'accepteret' CHECK (proposal_state IN ('accepteret', 'foreslået', 'afvist')),
        decline_reason TEXT NOT NULL DEFAULT '',
        minutes_text TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX agenda_item_by_meeting ON agenda_item(meeting_id, position);

      CREATE TABLE attachment (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        path TEXT NOT NULL
      );
      CREATE INDEX attachment_by_item ON attachment(item_id);

      CREATE TABLE action_item (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE RESTRICT,
        item_id INTEGER REFERENCES agenda_item(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        what TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        member_id INTEGER,
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'åben' CHECK (status IN ('åben', 'i gang', 'færdig')),
        completed_on TEXT
      );
      CREATE INDEX action_item_by_meeting ON action_item(meeting_id);
      CREATE INDEX action_item_by_item ON action_item(item_id);
    `);
  },
};
