import type { BudgetData, BudgetGroup, BudgetLine, Employment } from '../../../shared/domain/budget';
import type { StoredRow } from '../../../shared/api/workbook-change';
import { yearAmountFromRow } from '../../../shared/budget-incremental';
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
  // Forbrug, disponeret and prognose are stored in øre (migrations 005 and 014); the domain speaks kroner.
  const amounts = wb.db
    .prepare('SELECT line_id, year, budget, actual_ore, committed_ore, forecast_ore, deviation_note FROM budget_amount')
    .all() as StoredRow[];
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
  for (const row of amounts) {
    const a = yearAmountFromRow(row);
    const year = row.year as number;
    if (a.budget !== null || a.actual !== null || a.committed !== null || a.forecast !== null) years.add(year);
    const map = amountsByLine.get(row.line_id as number) ?? {};
    map[year] = a;
    amountsByLine.set(row.line_id as number, map);
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
