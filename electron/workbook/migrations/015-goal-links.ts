import type { Migration } from './migration';

// The statusnotat asks what the period's work says about each of the programme's goals, so the
// goals (program_list_item rows with list = 'goal') are linked to the initiatives and activities
// that serve them: one row per link, to an initiative or to an activity, never both. The links
// are plain rows on the one mutation path, so linking is undoable and in the change log; removing
// a goal, an initiative or an activity removes its links with it (the path removes children).
// The programme's approval date (approved_on, ISO; NULL until approved, like other empty dates) lets the programdokument say which
// version it is and what has changed since the approved one.
export const goalLinks: Migration = {
  version: 15,
  description: 'Program: mål knyttet til indsatser og aktiviteter; programmets godkendelsesdato',
  up(db) {
    db.exec(`
      CREATE TABLE goal_link (
        id INTEGER PRIMARY KEY,
        goal_id INTEGER NOT NULL REFERENCES program_list_item(id) ON DELETE RESTRICT,
        initiative_id INTEGER REFERENCES initiative(id) ON DELETE RESTRICT,
        activity_id INTEGER REFERENCES activity(id) ON DELETE RESTRICT,
        CHECK ((initiative_id IS NULL) <> (activity_id IS NULL)),
        UNIQUE (goal_id, initiative_id),
        UNIQUE (goal_id, activity_id)
      );
      CREATE INDEX goal_link_by_goal ON goal_link(goal_id);
      ALTER TABLE program ADD COLUMN approved_on TEXT;
    `);
  },
};
