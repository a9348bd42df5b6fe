import { findBudgetProblems } from '../../../shared/budget-checks';
import { readBudgetData } from '../readers/budget-data';
import type { Checker } from './checker';

/** The Økonomi sheet's checks (salary against employment, years outside the period), as warnings. */
export const checkBudget: Checker = (wb) =>
  findBudgetProblems(readBudgetData(wb)).map((problem) => ({ severity: 'advarsel' as const, area: 'Økonomi', message: problem.message }));
