// One typed amount (or a pasted block) changes a handful of cells; re-reading the budget and
// summing 2.000 lines × 10 years again takes far longer than a frame. So the Økonomi sheet applies
// the changed budget_amount rows from the workbook's change event to the data it holds, and only
// the totals those rows feed – their lines, their groups' subtotals and the grand total – are
// worked out again, from the old totals, exactly in øre like shared/budget-totals.ts.
// Anything else that changes the budget's shape (lines or groups added, removed, moved or
// renamed, employments, the period, an amount in a year not yet shown) is left to a full reload.
import type { ChangedRow, StoredRow } from './api/workbook-change';
import { updateBudgetProblems } from './budget-checks';
import { figuresFromOre, lineTotals, oreFromFigures } from './budget-totals';
import type { BudgetData, BudgetGroup, BudgetLine, BudgetSheet, BudgetTotals, Figures, TotalsRow, YearAmount } from './domain/budget';
import { fromOre } from './money';
import { yearsBetween } from './quarters';

/** The tables the Økonomi sheet reads (see electron/features/budget/read-sheet.ts). */
export const BUDGET_SHEET_TABLES: ReadonlySet<string> = new Set([
  'budget_group', 'budget_line', 'budget_amount', 'budget_employment', 'budget_group_initiative', 'program', 'initiative',
]);

/** One line's amounts for one year after a change; null when the year row is gone. */
export interface AmountChange {
  lineId: number;
  year: number;
  amount: YearAmount | null;
}

function kronerOrNull(ore: unknown): number | null {
  return typeof ore === 'number' ? fromOre(ore) : null;
}

/** A stored budget_amount row as the domain has it: the budget in kroner, the øre columns in kroner. */
export function yearAmountFromRow(row: StoredRow): YearAmount {
  return {
    budget: row.budget as number | null,
    actual: kronerOrNull(row.actual_ore),
    committed: kronerOrNull(row.committed_ore),
    forecast: kronerOrNull(row.forecast_ore),
    note: typeof row.deviation_note === 'string' ? row.deviation_note : '',
  };
}

/**
 * What a change does to the budget's amounts: 'none' when it touches nothing the sheet shows,
 * the amount changes when it touches budget_amount rows only, 'reload' for anything else.
 */
export function budgetAmountChanges(rows: readonly ChangedRow[]): AmountChange[] | 'none' | 'reload' {
  const changes: AmountChange[] = [];
  let relevant = false;
  for (const row of rows) {
    if (!BUDGET_SHEET_TABLES.has(row.table)) continue;
    relevant = true;
    if (row.table !== 'budget_amount') return 'reload';
    const where = (row.after ?? row.before)!;
    // A year row moved to another line or year is not something the sheet does; read it anew.
    if (row.before && row.after && (row.before.line_id !== row.after.line_id || row.before.year !== row.after.year)) return 'reload';
    changes.push({ lineId: where.line_id as number, year: where.year as number, amount: row.after ? yearAmountFromRow(row.after) : null });
  }
  return relevant ? changes : 'none';
}

/** The budget data after amount changes, and the changed lines (line id → group id); null means reload. */
export function applyAmountChanges(data: BudgetData, changes: readonly AmountChange[]): { data: BudgetData; lines: Map<number, number> } | null {
  const periodYears = new Set(yearsBetween(data.period.start, data.period.end));
  const byLine = new Map<number, AmountChange[]>();
  for (const change of changes) {
    // A year outside the period is shown only while it holds an amount: its column comes or goes.
    if (!periodYears.has(change.year)) return null;
    const list = byLine.get(change.lineId);
    if (list) list.push(change);
    else byLine.set(change.lineId, [change]);
  }
  const lines = new Map<number, number>();
  const groups = data.groups.map((group): BudgetGroup => {
    let touched = false;
    const groupLines = group.lines.map((line): BudgetLine => {
      const own = byLine.get(line.id);
      if (!own) return line;
      touched = true;
      lines.set(line.id, group.id);
      const amounts = { ...line.amounts };
      for (const change of own) {
        if (change.amount) amounts[change.year] = change.amount;
        else delete amounts[change.year];
      }
      return { ...line, amounts };
    });
    return touched ? { ...group, lines: groupLines } : group;
  });
  // An amount for a line the sheet does not know (yet): the sheet is behind, so read it anew.
  if (lines.size !== byLine.size) return null;
  return { data: { ...data, groups }, lines };
}

function shiftFigures(from: Figures, minus: Figures, plus: Figures): Figures {
  const [f, m, p] = [oreFromFigures(from), oreFromFigures(minus), oreFromFigures(plus)];
  return figuresFromOre({
    budget: f.budget - m.budget + p.budget,
    actual: f.actual - m.actual + p.actual,
    committed: f.committed - m.committed + p.committed,
    forecast: f.forecast - m.forecast + p.forecast,
  });
}

/** A sum row with one part taken out and its new value put in. */
function shiftRow(from: TotalsRow, minus: TotalsRow, plus: TotalsRow, years: readonly number[]): TotalsRow {
  const byYear: Record<number, Figures> = {};
  for (const y of years) byYear[y] = shiftFigures(from.byYear[y]!, minus.byYear[y]!, plus.byYear[y]!);
  return { byYear, total: shiftFigures(from.total, minus.total, plus.total) };
}

/**
 * The totals after the given lines changed (line id → group id), from the totals before: each
 * changed line is summed again and its difference carried into its group and the grand total.
 * Equal to computeBudgetTotals(data) (tests/unit/budget-incremental.test.ts).
 */
export function updateBudgetTotals(previous: BudgetTotals, data: BudgetData, changedLines: ReadonlyMap<number, number>): BudgetTotals {
  const { years } = data;
  const lineById = new Map<number, BudgetLine>();
  for (const group of data.groups) {
    if (!group.lines.some((l) => changedLines.has(l.id))) continue;
    for (const line of group.lines) if (changedLines.has(line.id)) lineById.set(line.id, line);
  }
  const lines = { ...previous.lines };
  const groups = { ...previous.groups };
  let grand = previous.grand;
  for (const [lineId, groupId] of changedLines) {
    const before = previous.lines[lineId]!;
    const after = lineTotals(lineById.get(lineId)!, years);
    lines[lineId] = after;
    groups[groupId] = shiftRow(groups[groupId]!, before, after, years);
    grand = shiftRow(grand, before, after, years);
  }
  return { lines, groups, grand };
}

/** The Økonomi sheet's data with its totals, as the sheet keeps them between changes. */
export interface BudgetSheetState {
  sheet: BudgetSheet;
  totals: BudgetTotals;
}

/**
 * Applies a change's rows to the sheet: the same state when they touch nothing it shows, the
 * updated state (and the changed lines) for amounts, 'reload' for anything else.
 */
export function applyBudgetRows(state: BudgetSheetState, rows: readonly ChangedRow[]): { state: BudgetSheetState; lines: Map<number, number> } | 'reload' {
  const changes = budgetAmountChanges(rows);
  if (changes === 'reload') return 'reload';
  if (changes === 'none') return { state, lines: new Map() };
  const applied = applyAmountChanges(state.sheet.data, changes);
  if (!applied) return 'reload';
  const totals = updateBudgetTotals(state.totals, applied.data, applied.lines);
  // The same list is kept when nothing in it changed, so the grid's columns stay as they are.
  const problems = updateBudgetProblems(state.sheet.problems, applied.data, applied.lines);
  return { state: { sheet: { ...state.sheet, data: applied.data, problems }, totals }, lines: applied.lines };
}
