import { findBudgetProblems } from '../../../shared/budget-checks';
import type { BudgetGroup, BudgetInitiative, BudgetLine, BudgetSheet } from '../../../shared/domain/budget';
import { notFound } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import { readBudgetData } from '../readers/budget-data';

export function readBudgetInitiatives(wb: Workbook): BudgetInitiative[] {
  return wb.db.prepare('SELECT id, number, title FROM initiative ORDER BY position, number, id').all() as BudgetInitiative[];
}

/** Everything the Økonomi sheet shows: the budget, what the checks find, the initiatives to link. */
export function readBudgetSheet(wb: Workbook): BudgetSheet {
  const data = readBudgetData(wb);
  return { data, problems: findBudgetProblems(data), initiatives: readBudgetInitiatives(wb) };
}

export function readBudgetLine(wb: Workbook, id: number): BudgetLine {
  for (const group of readBudgetData(wb).groups) {
    const line = group.lines.find((l) => l.id === id);
    if (line) return line;
  }
  throw notFound('Budgetlinjen');
}

export function readBudgetGroup(wb: Workbook, id: number): BudgetGroup {
  const group = readBudgetData(wb).groups.find((g) => g.id === id);
  if (!group) throw notFound('Budgetgruppen');
  return group;
}

/** "Løn" (Indsats 1 og 2 – social innovator), as change-log descriptions name a line. */
export function lineLabel(wb: Pick<Workbook, 'db'>, id: number): string {
  const row = wb.db
    .prepare('SELECT l.cost_type AS costType, g.title AS groupTitle FROM budget_line l JOIN budget_group g ON g.id = l.group_id WHERE l.id = ?')
    .get(id) as { costType: string; groupTitle: string } | undefined;
  return row ? `"${row.costType}" (${row.groupTitle})` : 'budgetlinje';
}

export function groupLabel(wb: Workbook, id: number): string {
  const title = wb.db.prepare('SELECT title FROM budget_group WHERE id = ?').pluck().get(id) as string | undefined;
  return title ? `"${title}"` : 'budgetgruppe';
}
