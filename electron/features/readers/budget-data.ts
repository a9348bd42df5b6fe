import type { BudgetData, BudgetGroup, BudgetLine, Employment } from '../../../shared/domain/budget';
import { fromOre } from '../../../shared/money';
import { yearsBetween } from '../../../shared/quarters';
import type { Workbook } from '../../workbook/workbook';
import { readProgram } from '../program';

type GroupRow = Omit<BudgetGroup, 'lines' | 'initiativeIds'>;
type LineRow = Omit<BudgetLine, 'amounts' | 'employments'>;

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The budget as stored: groups, lines and their amounts, with the years to show. */
export function readBudgetData(wb: Workbook): BudgetData {
  const program = readProgram(wb);
  const groups = wb.db.prepare('SELECT id, position, title FROM budget_group ORDER BY position, id').all() as GroupRow[];
  const lines = wb.db
    .prepare('SELECT id, group_id AS groupId, position, cost_type AS costType FROM budget_line ORDER BY position, id')
    .all() as LineRow[];
  // Forbrug is stored in øre (see migration 005); the domain speaks kroner.
  const amounts = wb.db.prepare('SELECT line_id AS lineId, year, budget, actual_ore AS actualOre FROM budget_amount').all() as Array<{
    lineId: number; year: number; budget: number | null; actualOre: number | null;
  }>;
  const employments = wb.db
    .prepare(
      `SELECT id, line_id AS lineId, position, title, annual_salary AS annualSalary, start_quarter AS startQuarter, end_quarter AS endQuarter
       FROM budget_employment ORDER BY position, id`,
    )
    .all() as Employment[];
  const links = wb.db
    .prepare(
      `SELECT l.group_id AS groupId, l.initiative_id AS initiativeId FROM budget_group_initiative l
       JOIN initiative i ON i.id = l.initiative_id ORDER BY i.number, i.id`,
    )
    .all() as Array<{ groupId: number; initiativeId: number }>;

  const years = new Set(yearsBetween(program.periodStart, program.periodEnd));
  const amountsByLine = new Map<number, BudgetLine['amounts']>();
  for (const a of amounts) {
    if (a.budget !== null || a.actualOre !== null) years.add(a.year);
    const map = amountsByLine.get(a.lineId) ?? {};
    map[a.year] = { budget: a.budget, actual: a.actualOre === null ? null : fromOre(a.actualOre) };
    amountsByLine.set(a.lineId, map);
  }
  const employmentsByLine = new Map<number, Employment[]>();
  for (const e of employments) pushTo(employmentsByLine, e.lineId, e);
  const linesByGroup = new Map<number, BudgetLine[]>();
  for (const l of lines) {
    pushTo(linesByGroup, l.groupId, { ...l, amounts: amountsByLine.get(l.id) ?? {}, employments: employmentsByLine.get(l.id) ?? [] });
  }
  const initiativesByGroup = new Map<number, number[]>();
  for (const link of links) pushTo(initiativesByGroup, link.groupId, link.initiativeId);

  return {
    years: [...years].sort((a, b) => a - b),
    period: { start: program.periodStart, end: program.periodEnd },
    groups: groups.map((g) => ({ ...g, initiativeIds: initiativesByGroup.get(g.id) ?? [], lines: linesByGroup.get(g.id) ?? [] })),
  };
}
