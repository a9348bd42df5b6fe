// The programme's goals linked to the initiatives and activities that serve them, so the
// statusnotat's "Programmets mål" shows what the demonstration's work says about each goal.
import type { DemoModule } from './demo-context';

/** By the goal's position: the initiatives (by number) and activity names (as they begin) that serve it. */
const LINKS: ReadonlyArray<{ goal: number; initiatives: number[]; activities: string[] }> = [
  { goal: 1, initiatives: [2], activities: [] },
  { goal: 2, initiatives: [], activities: ['Fællesspisning', 'Lektiecafé'] },
  { goal: 3, initiatives: [3], activities: [] },
  { goal: 4, initiatives: [], activities: ['Babybibliotek', 'Forældrenetværk'] },
  { goal: 5, initiatives: [1], activities: [] },
];

export const demoGoalLinks: DemoModule = {
  name: 'goal-links',
  requiresTables: ['goal_link', 'program_list_item', 'activity'],
  run(ctx) {
    const goals = ctx.tx.db.prepare("SELECT id FROM program_list_item WHERE list = 'goal' ORDER BY position").pluck().all() as number[];
    const activityIds = ctx.tx.db.prepare('SELECT id FROM activity WHERE name LIKE ? ORDER BY position, id').pluck();
    for (const link of LINKS) {
      const goalId = goals[link.goal - 1];
      if (goalId === undefined) continue;
      for (const number of link.initiatives) {
        const initiativeId = ctx.initiatives.get(number);
        if (initiativeId !== undefined) ctx.tx.insert('goal_link', { goal_id: goalId, initiative_id: initiativeId, activity_id: null });
      }
      // The first activity of each name (a larger scale repeats names; one link says enough).
      for (const name of link.activities) {
        const [activityId] = activityIds.all(`${name}%`) as number[];
        if (activityId !== undefined) ctx.tx.insert('goal_link', { goal_id: goalId, initiative_id: null, activity_id: activityId });
      }
    }
  },
};
