import type { Migration } from './migration';

// Every tracked table has an INTEGER PRIMARY KEY "id" so that the mutation path can record
// and replay row changes (undo, redo, change log). Foreign keys use RESTRICT, never CASCADE:
// the mutation path deletes children itself so that every removed row is recorded.
export const initialSchema: Migration = {
  version: 1,
  description: 'Program, indsatser, plan, budget og ændringslog',
  up(db) {
    db.exec(`
      CREATE TABLE program (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        steering_group TEXT NOT NULL DEFAULT '',
        journal_number TEXT NOT NULL DEFAULT '',
        case_number TEXT NOT NULL DEFAULT '',
        period_start TEXT NOT NULL,
        period_end TEXT NOT NULL,
        funding_source TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        support_unit TEXT NOT NULL DEFAULT '',
        followed_with TEXT NOT NULL DEFAULT '',
        evaluation_recipient TEXT NOT NULL DEFAULT '',
        innovator_placement TEXT NOT NULL DEFAULT '',
        daily_manager TEXT NOT NULL DEFAULT '',
        background TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        goals_intro TEXT NOT NULL DEFAULT '',
        target_group TEXT NOT NULL DEFAULT '',
        elements_intro TEXT NOT NULL DEFAULT '',
        plan_text TEXT NOT NULL DEFAULT '',
        follow_up TEXT NOT NULL DEFAULT '',
        responsibility TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE program_list_item (
        id INTEGER PRIMARY KEY,
        list TEXT NOT NULL CHECK (list IN ('goal', 'focusArea', 'policy')),
        position INTEGER NOT NULL,
        text TEXT NOT NULL
      );
      CREATE INDEX program_list_item_by_list ON program_list_item(list, position);

      CREATE TABLE member (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE initiative (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        responsible TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'grøn' CHECK (status IN ('grøn', 'gul', 'rød')),
        status_reason TEXT NOT NULL DEFAULT '',
        target_group TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        effects TEXT NOT NULL DEFAULT '[]',
        effect_follow_up TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE initiative_participant (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        group_name TEXT NOT NULL,
        count INTEGER
      );
      CREATE INDEX initiative_participant_by_initiative ON initiative_participant(initiative_id);

      CREATE TABLE plan_phase (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        start_quarter TEXT NOT NULL,
        -- NULL: the document gives no end; the phase runs to the end of the period.
        end_quarter TEXT,
        status TEXT NOT NULL DEFAULT 'planlagt'
      );
      CREATE INDEX plan_phase_by_initiative ON plan_phase(initiative_id);

      CREATE TABLE budget_group (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        title TEXT NOT NULL
      );

      CREATE TABLE budget_line (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES budget_group(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        cost_type TEXT NOT NULL
      );
      CREATE INDEX budget_line_by_group ON budget_line(group_id);

      CREATE TABLE budget_amount (
        id INTEGER PRIMARY KEY,
        line_id INTEGER NOT NULL REFERENCES budget_line(id) ON DELETE RESTRICT,
        year INTEGER NOT NULL,
        budget INTEGER,
        actual INTEGER,
        UNIQUE (line_id, year)
      );

      -- The change log: one set per user action (an edit, an undo, a redo), one row per row changed.
      CREATE TABLE change_set (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        author TEXT NOT NULL,
        description TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('edit', 'undo', 'redo'))
      );
      CREATE TABLE change (
        id INTEGER PRIMARY KEY,
        set_id INTEGER NOT NULL REFERENCES change_set(id),
        tbl TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        before_json TEXT,
        after_json TEXT
      );
      CREATE INDEX change_by_set ON change(set_id);
    `);
  },
};
