// The programme's money: lines grouped (by initiative), per line and year a budget, what is spent
// (forbrug), what is committed but not yet spent (disponeret) and the forecast for the year
// (prognose). Totals are always computed (see shared/budget-totals.ts).
import type { QuarterKey } from '../quarters';

/**
 * Kroner. The budget is whole and never negative; forbrug, disponeret and prognose may carry øre
 * and be negative (a credit note, a commitment released).
 */
export interface YearAmount {
  budget: number | null;
  actual: number | null;
  /** Absent reads as null (a year written before disponeret existed, a test's plain figures). */
  committed?: number | null;
  /** The prognose the user typed; null or absent means the default, forbrug + disponeret (see shared/budget-forecast.ts). */
  forecast?: number | null;
  /** Why the prognose exceeds the budget (afvigelsesforklaring); '' or absent when none is written. */
  note?: string;
}

/** The figures a user can type per line and year; the difference is always computed. */
export const BUDGET_MEASURES = ['budget', 'actual', 'committed', 'forecast'] as const;
export type BudgetMeasure = (typeof BUDGET_MEASURES)[number];
export const MEASURE_LABELS: Record<BudgetMeasure | 'difference', string> = {
  budget: 'Budget',
  actual: 'Forbrug',
  committed: 'Disponeret',
  forecast: 'Prognose',
  difference: 'Difference',
};

/** The budget_amount column each measure is stored in: the budget in whole kroner, the rest in øre. */
export const MEASURE_COLUMNS: Readonly<Record<BudgetMeasure, 'budget' | 'actual_ore' | 'committed_ore' | 'forecast_ore'>> = {
  budget: 'budget',
  actual: 'actual_ore',
  committed: 'committed_ore',
  forecast: 'forecast_ore',
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

/**
 * Budget, forbrug, disponeret, prognose (typed or the default) and the difference (budget −
 * prognose; negative = an expected overrun), in kroner, summed exactly in øre.
 */
export interface Figures {
  budget: number;
  actual: number;
  committed: number;
  forecast: number;
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
