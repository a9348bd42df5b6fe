// The programme's money: lines grouped (by initiative), one budget and one spending figure
// (forbrug) per line and year. Totals are always computed (see shared/budget-totals.ts).

export interface YearAmount {
  budget: number | null;
  actual: number | null;
}

export interface BudgetLine {
  id: number;
  groupId: number;
  position: number;
  costType: string;
  /** Keyed by year; a missing year means no amounts entered. */
  amounts: Record<number, YearAmount>;
}

export interface BudgetGroup {
  id: number;
  position: number;
  title: string;
  lines: BudgetLine[];
}

export interface BudgetData {
  /** The years shown: the programme period's years plus any year holding an amount. */
  years: number[];
  groups: BudgetGroup[];
}

/** Budget, spending and the difference (budget − forbrug; negative = overspent). */
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
