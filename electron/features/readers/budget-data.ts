import type { BudgetData, BudgetGroup, BudgetLine } from '../../../shared/domain/budget';
import { yearsBetween } from '../../../shared/quarters';
import type { Workbook } from '../../workbook/workbook';
import { readProgram } from '../program';

/** The budget as stored: groups, lines and their amounts, with the years to show. */
export function readBudgetData(wb: Workbook): BudgetData {
  const program = readProgram(wb);
  const groups = wb.db.prepare('SELECT id, position, title FROM budget_group ORDER BY position, id').all() as Array<Omit<BudgetGroup, 'lines'>>;
  const lines = wb.db
    .prepare('SELECT id, group_id AS groupId, position, cost_type AS costType FROM budget_line ORDER BY position, id')
    .all() as Array<Omit<BudgetLine, 'amounts'>>;
  const amounts = wb.db.prepare('SELECT line_id AS lineId, year, budget, actual FROM budget_amount').all() as Array<{
    lineId: number; year: number; budget: number | null; actual: number | null;
  }>;
  const years = new Set(yearsBetween(program.periodStart, program.periodEnd));
  const byLine = new Map<number, BudgetLine['amounts']>();
  for (const a of amounts) {
    if (a.budget !== null || a.actual !== null) years.add(a.year);
    const map = byLine.get(a.lineId) ?? {};
    map[a.year] = { budget: a.budget, actual: a.actual };
    byLine.set(a.lineId, map);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    groups: groups.map((g) => ({
      ...g,
      lines: lines.filter((l) => l.groupId === g.id).map((l) => ({ ...l, amounts: byLine.get(l.id) ?? {} })),
    })),
  };
}
