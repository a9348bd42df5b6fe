import { toOre } from '../../shared/money';
import type { DemoModule } from './demo-context';

/** How much of a line's budget was spent, by cost type: salaries run to budget, activities vary. */
const SPENT_SHARE: ReadonlyArray<{ pattern: RegExp; min: number; max: number }> = [
  { pattern: /løn/i, min: 0.97, max: 1.01 },
  { pattern: /etablering/i, min: 0.85, max: 1.04 },
  { pattern: /drift/i, min: 0.78, max: 1.06 },
  { pattern: /aktivitet/i, min: 0.7, max: 1.12 },
];
const OTHER_SHARE = { min: 0.88, max: 1.0 };

/**
 * Forbrug (actual spending) for every year the budget holds an amount, to the øre as the finance
 * system books it; the budget is whole kroner, the column holds øre (migration 005).
 */
export const demoSpending: DemoModule = {
  name: 'spending',
  requiresTables: ['budget_amount', 'budget_line'],
  run(ctx) {
    const rng = ctx.random('spending');
    const amounts = ctx.tx.db
      .prepare(
        `SELECT a.id, a.budget, l.cost_type AS costType FROM budget_amount a JOIN budget_line l ON l.id = a.line_id
         WHERE a.budget IS NOT NULL ORDER BY a.id`,
      )
      .all() as Array<{ id: number; budget: number; costType: string }>;
    for (const amount of amounts) {
      const share = SPENT_SHARE.find((s) => s.pattern.test(amount.costType)) ?? OTHER_SHARE;
      const factor = share.min + (share.max - share.min) * rng.next();
      ctx.tx.update('budget_amount', amount.id, { actual_ore: amount.budget === 0 ? 0 : Math.round(toOre(amount.budget) * factor) });
    }
  },
};
