import type { Migration } from './migration';

/** "Indsats 1 og 2 – social innovator" → [1, 2]; "Indsatser 1, 2 og 4 …" → [1, 2, 4]. */
export function initiativeNumbersInTitle(title: string): number[] {
  const match = /^\s*indsats(?:er(?:ne)?)?\s+((?:\d+)(?:\s*(?:,|og|&)\s*\d+)*)/i.exec(title);
  if (!match) return [];
  return [...new Set(match[1]!.split(/\s*(?:,|og|&)\s*/i).map(Number))];
}

// The budget sheet's additions: which initiatives a budget group belongs to (a group may serve
// several, like "Indsats 1 og 2"), and the employments a salary line pays for, so the salary
// check can compare the budget with the employment period.
export const budgetSchema: Migration = {
  version: 2,
  description: 'Budgetgrupper knyttet til indsatser, ansættelser på lønlinjer',
  up(db) {
    db.exec(`
      CREATE TABLE budget_group_initiative (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES budget_group(id) ON DELETE RESTRICT,
        initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE RESTRICT,
        UNIQUE (group_id, initiative_id)
      );
      CREATE INDEX budget_group_initiative_by_initiative ON budget_group_initiative(initiative_id);

      CREATE TABLE budget_employment (
        id INTEGER PRIMARY KEY,
        line_id INTEGER NOT NULL REFERENCES budget_line(id) ON DELETE RESTRICT,
        position INTEGER NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        annual_salary INTEGER NOT NULL CHECK (annual_salary >= 0),
        -- Quarters as "2019-K4"; the end quarter is included.
        start_quarter TEXT NOT NULL,
        end_quarter TEXT NOT NULL
      );
      CREATE INDEX budget_employment_by_line ON budget_employment(line_id);
    `);

    // Files made before this version name their initiatives in the group titles; link them.
    const groups = db.prepare('SELECT id, title FROM budget_group').all() as Array<{ id: number; title: string }>;
    const initiativeByNumber = db.prepare('SELECT id FROM initiative WHERE number = ? ORDER BY position, id LIMIT 1').pluck();
    const link = db.prepare('INSERT OR IGNORE INTO budget_group_initiative (group_id, initiative_id) VALUES (?, ?)');
    for (const group of groups) {
      for (const number of initiativeNumbersInTitle(group.title)) {
        const initiativeId = initiativeByNumber.get(number) as number | undefined;
        if (initiativeId !== undefined) link.run(group.id, initiativeId);
      }
    }
  },
};
