import type { Migration } from './migration';

// The plan's milestones and the life of each initiative on the ground. plan_phase itself
// came with 001. As everywhere: INTEGER PRIMARY KEY id, foreign keys RESTRICT (the mutation
// path removes children itself so every removed row is recorded and can be undone).
export const planAndActivities: Migration = {
  version: 3,
  description: 'Milepæle, aktiviteter, partnere og opfølgning',
  up(db) {
    db.exec(`
      CREATE TABLE milestone (
        id INTEGER PRIMARY KEY,
        -- NULL: the milestone concerns the whole programme (the evaluations do).
        initiative_id INTEGER REFERENCES initiative(id) ON DELETE RESTRICT,
        kind TEXT NOT NULL CHECK (kind IN ('midtvejsevaluering', 'slutevaluering', 'beslutning om videreførelse', 'andet')),
        title TEXT NOT NULL,
        quarter TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'planlagt' CHECK (status IN ('foreslået', 'planlagt', 'gennemført', 'aflyst')),
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX milestone_by_initiative ON milestone(initiative_id);

      CREATE TABLE partner (
        id INTEGER PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'andet'
          CHECK (kind IN ('boligorganisation', 'forening', 'institution', 'borgergruppe', 'virksomhed', 'andet')),
        contact TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
      );

      CREATE TABLE activity (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'idé' CHECK (status IN ('idé', 'planlagt', 'i gang', 'forankret', 'stoppet')),
        local_owner TEXT NOT NULL DEFAULT '',
        start_date TEXT,
        participants INTEGER CHECK (participants IS NULL OR participants >= 0),
        note TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX activity_by_initiative ON activity(initiative_id, position);

      CREATE TABLE activity_partner (
        id INTEGER PRIMARY KEY,
        activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE RESTRICT,
        partner_id INTEGER NOT NULL REFERENCES partner(id) ON DELETE RESTRICT,
        UNIQUE (activity_id, partner_id)
      );
      CREATE INDEX activity_partner_by_partner ON activity_partner(partner_id);

      CREATE TABLE follow_up (
        id INTEGER PRIMARY KEY,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        form TEXT NOT NULL CHECK (form IN ('fokusgruppe', 'dialogmøde', 'samtale')),
        with_whom TEXT NOT NULL DEFAULT '',
        learnt TEXT NOT NULL DEFAULT ''
      );
      CREATE INDEX follow_up_by_initiative ON follow_up(initiative_id, date);
    `);
  },
};
