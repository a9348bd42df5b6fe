// The programme's money: lines grouped (by initiative), one budget and one spending figure
// (forbrug) per line and year. Totals are always computed (see shared/budget-totals.ts).
import type { QuarterKey } from '../quarters';

/** Kroner. The budget is whole and never negative; forbrug may carry øre and be negative (a credit note). */
export interface YearAmount {
  budget: number | null;
  actual: number | null;
}

/** The two figures a user can type per line and year; the difference is always computed. */
export const BUDGET_MEASURES = ['budget', 'actual'] as const;
export type BudgetMeasure = (typeof BUDGET_MEASURES)[number];
export const MEASURE_LABELS: Record<BudgetMeasure | 'difference', string> = {
  budget: 'Budget',
  actual: 'Forbrug',
  difference: 'Difference',
};

/**
 * An employment paid from a salary line ("Løn"): a yearly salary over a span of quarters.
 * The salary check compares the line's budget with what the employment costs each year.
 */
export interface Employment {
  id: number;
  lineId: number;
  position: number;
  /** Who or which post, e.g. "Social innovator". */
  title: string;
  /** Whole kroner per year. */
  annualSalary: number;
  startQuarter: QuarterKey;
  /** The last quarter of the employment, included. */
  endQuarter: QuarterKey;
}

export interface BudgetLine {
  id: number;
  groupId: number;
  position: number;
  costType: string;
  /** Keyed by year; a missing year means no amounts entered. */
  amounts: Record<number, YearAmount>;
  /** Employments paid from this line (only salary lines have any). */
  employments: Employment[];
}

export interface BudgetGroup {
  id: number;
  position: number;
  title: string;
  /** The initiatives this group's money belongs to ("Indsats 1 og 2" → two ids). */
  initiativeIds: number[];
  lines: BudgetLine[];
}

export interface BudgetData {
  /** The years shown: the programme period's years plus any year holding an amount. */
  years: number[];
  /** The programme period the years are judged against. */
  period: { start: QuarterKey; end: QuarterKey };
  groups: BudgetGroup[];
}

/** Budget, spending and the difference (budget − forbrug; negative = overspent), in kroner, summed exactly in øre. */
export interface Figures {
  budget: number;
  actual: number;
  difference: number;
}

export interface TotalsRow {
  byYear: Record<number, Figures>;
  total: Figures;
}

export interface BudgetTotals {
  lines: Record<number, TotalsRow>;
  groups: Record<number, TotalsRow>;
  grand: TotalsRow;
}

/** Something the budget checks found; the sheet marks the cell, the check report lists the message. */
export interface BudgetProblem {
  kind: 'salary' | 'yearOutsidePeriod' | 'employmentOutsidePeriod' | 'salaryWithoutEmployment';
  message: string;
  lineId?: number;
  year?: number;
  /** For a salary mismatch: what the employment costs that year. */
  expected?: number;
}

/** An initiative as the budget sheet names it. */
export interface BudgetInitiative {
  id: number;
  number: number;
  title: string;
}

/** What the Økonomi sheet shows. */
export interface BudgetSheet {
  data: BudgetData;
  problems: BudgetProblem[];
  initiatives: BudgetInitiative[];
}
