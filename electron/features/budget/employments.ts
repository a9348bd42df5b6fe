// Employments paid from a salary line: what the salary check compares the line's budget with.
import type { Employment } from '../../../shared/domain/budget';
import { addQuarters, compareQuarters, quarterOfDate } from '../../../shared/quarters';
import { toRow } from '../../workbook/columns';
import { notFound, UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import { nextPosition } from '../positions';
import { readProgram } from '../program';
import { lineLabel } from './read-sheet';

function readEmployment(wb: Workbook, id: number): Employment {
  const row = wb.db
    .prepare(
      `SELECT id, line_id AS lineId, position, title, annual_salary AS annualSalary, start_quarter AS startQuarter, end_quarter AS endQuarter
       FROM budget_employment WHERE id = ?`,
    )
    .get(id) as Employment | undefined;
  if (!row) throw notFound('Ansættelsen');
  return row;
}

function assertOrder(startQuarter: string, endQuarter: string): void {
  if (compareQuarters(startQuarter, endQuarter) > 0) {
    throw new UserFacingError('invalid_input', 'Ansættelsen kan ikke slutte, før den begynder');
  }
}

type EmploymentInput = Partial<Pick<Employment, 'title' | 'annualSalary' | 'startQuarter' | 'endQuarter'>> & { lineId: number };

export function addEmployment(wb: Workbook, author: string, input: EmploymentInput): Employment {
  // Defaults: from the period's start (or today, if later) for three years, as the programme's post.
  const period = readProgram(wb);
  const today = quarterOfDate(new Date());
  const start = input.startQuarter ?? (compareQuarters(today, period.periodEnd) <= 0 && compareQuarters(today, period.periodStart) > 0 ? today : period.periodStart);
  const end = input.endQuarter ?? addQuarters(start, 11);
  assertOrder(start, end);
  const id = wb.mutate(author, `Tilføj ansættelse på ${lineLabel(wb, input.lineId)}`, (tx) => {
    tx.require('budget_line', input.lineId, 'Budgetlinjen');
    return tx.insert('budget_employment', {
      line_id: input.lineId,
      position: nextPosition(tx, 'budget_employment', 'line_id = ?', input.lineId),
      title: input.title?.trim() ?? '',
      annual_salary: input.annualSalary ?? 0,
      start_quarter: start,
      end_quarter: end,
    });
  });
  return readEmployment(wb, id);
}

export function updateEmployment(wb: Workbook, author: string, id: number, patch: Partial<Pick<Employment, 'title' | 'annualSalary' | 'startQuarter' | 'endQuarter'>>): Employment {
  const current = readEmployment(wb, id);
  const next = { ...current, ...patch };
  assertOrder(next.startQuarter, next.endQuarter);
  wb.mutate(author, `Ret ansættelse på ${lineLabel(wb, current.lineId)}`, (tx) => {
    tx.update('budget_employment', id, toRow(patch.title === undefined ? patch : { ...patch, title: patch.title.trim() }));
  });
  return readEmployment(wb, id);
}

export function removeEmployment(wb: Workbook, author: string, id: number): null {
  const current = readEmployment(wb, id);
  wb.mutate(author, `Fjern ansættelse fra ${lineLabel(wb, current.lineId)}`, (tx) => tx.remove('budget_employment', id));
  return null;
}
