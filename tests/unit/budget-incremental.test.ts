// The Økonomi sheet applies amount changes to what it holds and works out only the totals they
// feed. Here, over many random edits, that always equals reading the budget anew: the same data,
// the same totals as computeBudgetTotals, the same problems as findBudgetProblems, the same grid
// rows, øre columns and column widths as building them from scratch.
import { describe, expect, it } from 'vitest';
import type { ChangedRow, StoredRow } from '../../shared/api/workbook-change';
import { findBudgetProblems } from '../../shared/budget-checks';
import { applyBudgetRows, budgetAmountChanges, type BudgetSheetState } from '../../shared/budget-incremental';
import { computeBudgetTotals } from '../../shared/budget-totals';
import type { BudgetData } from '../../shared/domain/budget';
import { applyBudgetChange, loadBudgetModel, type BudgetSheetModel } from '../../renderer/sheets/budget/budget-rows';

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const YEARS = [2020, 2021, 2022, 2023];

/** A budget with some empty cells, øre in forbrug, a salary line with an employment. */
function budget(rand: () => number): BudgetData {
  let id = 1;
  return {
    years: YEARS,
    period: { start: '2020-K1', end: '2023-K4' },
    groups: Array.from({ length: 4 }, (_, g) => ({
      id: 100 + g, position: g + 1, title: `Gruppe ${g + 1}`, initiativeIds: [],
      lines: Array.from({ length: 6 }, (_, l) => {
        const lineId = id++;
        const amounts: BudgetData['groups'][number]['lines'][number]['amounts'] = {};
        for (const year of YEARS) {
          if (rand() < 0.2) continue;
          amounts[year] = {
            budget: rand() < 0.1 ? null : Math.round(rand() * 900_000), actual: rand() < 0.2 ? null : Math.round(rand() * 90_000_000 - 1_000_000) / 100,
            // Disponeret and a typed prognose on some years; the rest take the default (forbrug + disponeret).
            committed: rand() < 0.5 ? null : Math.round(rand() * 9_000_000) / 100, forecast: rand() < 0.7 ? null : Math.round(rand() * 99_000_000) / 100, note: '',
          };
        }
        const salary = l === 0;
        return {
          id: lineId, groupId: 100 + g, position: l + 1, costType: salary ? 'Løn' : `Udgift ${l + 1}`, amounts,
          employments: salary && g % 2 === 0
            ? [{ id: lineId, lineId, position: 1, title: 'Social innovator', annualSalary: 600_000, startQuarter: '2020-K3', endQuarter: '2023-K2' }]
            : [],
        };
      }),
    })),
  };
}

const ore = (kroner: number | null | undefined) => (kroner === null || kroner === undefined ? null : Math.round(kroner * 100));

/** Stored rows as the workbook sends them, with the ids the year rows have in the file. */
function storedRow(id: number, lineId: number, year: number, budgetValue: number | null, actual: number | null, committed: number | null = null, forecast: number | null = null): StoredRow {
  return { id, line_id: lineId, year, budget: budgetValue, actual_ore: ore(actual), committed_ore: ore(committed), forecast_ore: ore(forecast), deviation_note: '' };
}

function randomEdit(rand: () => number, data: BudgetData, ids: Map<string, number>): ChangedRow[] {
  const lines = data.groups.flatMap((g) => g.lines);
  const rows: ChangedRow[] = [];
  const count = 1 + Math.floor(rand() * 5);
  const seen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const line = lines[Math.floor(rand() * lines.length)]!;
    const year = YEARS[Math.floor(rand() * YEARS.length)]!;
    const key = `${line.id}:${year}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const old = line.amounts[year];
    const id = ids.get(key) ?? ids.size + 1000;
    ids.set(key, id);
    const before = old ? storedRow(id, line.id, year, old.budget, old.actual, old.committed ?? null, old.forecast ?? null) : null;
    const roll = rand();
    const after =
      roll < 0.2 ? null
      : storedRow(
        id, line.id, year, roll < 0.6 ? Math.round(rand() * 1_000_000) : (old?.budget ?? null), roll < 0.6 ? (old?.actual ?? null) : Math.round(rand() * 10_000_000 - 500_000) / 100,
        roll < 0.8 ? (old?.committed ?? null) : Math.round(rand() * 5_000_000) / 100, roll < 0.7 ? (old?.forecast ?? null) : rand() < 0.5 ? null : Math.round(rand() * 20_000_000) / 100,
      );
    if (before === null && after === null) continue;
    rows.push({ table: 'budget_amount', id, before, after });
  }
  return rows;
}

/** The same rows applied the slow way: data rebuilt from scratch. */
function applyFully(data: BudgetData, rows: ChangedRow[]): BudgetData {
  const copy = structuredClone(data);
  for (const row of rows) {
    const where = (row.after ?? row.before)!;
    const line = copy.groups.flatMap((g) => g.lines).find((l) => l.id === where.line_id)!;
    const kroner = (value: unknown) => (value === null ? null : (value as number) / 100);
    if (row.after) {
      line.amounts[where.year as number] = {
        budget: row.after.budget as number | null, actual: kroner(row.after.actual_ore), committed: kroner(row.after.committed_ore),
        forecast: kroner(row.after.forecast_ore), note: row.after.deviation_note as string,
      };
    }
    else delete line.amounts[where.year as number];
  }
  return copy;
}

describe('incremental budget totals', () => {
  it('equal a full recomputation after each of many random edits', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const rand = random(seed);
      const data = budget(rand);
      let live: BudgetSheetModel = loadBudgetModel({ data, problems: findBudgetProblems(data), initiatives: [] });
      let expected = data;
      const ids = new Map<string, number>();
      for (let edit = 0; edit < 60; edit++) {
        const rows = randomEdit(rand, live.sheet.data, ids);
        const next = applyBudgetChange(live, rows);
        if (next === 'reload') throw new Error('an amount change in the period must apply without a reload');
        live = next;
        expected = applyFully(expected, rows);
        expect(live.sheet.data).toEqual(expected);
        expect(live.model.totals).toEqual(computeBudgetTotals(expected));
        expect(live.sheet.problems).toEqual(findBudgetProblems(expected));
        const full = loadBudgetModel({ data: expected, problems: [], initiatives: [] }).model;
        expect(live.model.rows).toEqual(full.rows);
        expect(live.model.grand).toEqual(full.grand);
        expect(live.model.oreColumns).toEqual(full.oreColumns);
        expect(live.model.widths).toEqual(full.widths);
      }
    }
  });

  it('leaves unchanged lines and groups as they were (same objects)', () => {
    const data = budget(random(9));
    const state: BudgetSheetState = { sheet: { data, problems: findBudgetProblems(data), initiatives: [] }, totals: computeBudgetTotals(data) };
    const line = data.groups[1]!.lines[2]!;
    const result = applyBudgetRows(state, [{ table: 'budget_amount', id: 1, before: null, after: storedRow(1, line.id, 2021, 123, 4.56) }]);
    if (result === 'reload') throw new Error('expected an incremental update');
    expect([...result.lines]).toEqual([[line.id, data.groups[1]!.id]]);
    expect(result.state.sheet.data.groups[0]).toBe(data.groups[0]);
    expect(result.state.sheet.data.groups[1]!.lines[1]).toBe(data.groups[1]!.lines[1]);
    expect(result.state.totals.lines[data.groups[0]!.lines[0]!.id]).toBe(state.totals.lines[data.groups[0]!.lines[0]!.id]);
  });

  it('asks for a reload when the budget changes shape, and ignores other sheets', () => {
    const data = budget(random(3));
    const state: BudgetSheetState = { sheet: { data, problems: [], initiatives: [] }, totals: computeBudgetTotals(data) };
    const lineRow: ChangedRow = { table: 'budget_line', id: 1, before: { id: 1, cost_type: 'a' }, after: { id: 1, cost_type: 'b' } };
    expect(applyBudgetRows(state, [lineRow])).toBe('reload');
    // A year outside the period brings a column of its own.
    expect(applyBudgetRows(state, [{ table: 'budget_amount', id: 5, before: null, after: storedRow(5, 1, 2030, 1, null) }])).toBe('reload');
    // A line the sheet does not know yet.
    expect(applyBudgetRows(state, [{ table: 'budget_amount', id: 5, before: null, after: storedRow(5, 999, 2021, 1, null) }])).toBe('reload');
    expect(budgetAmountChanges([{ table: 'agenda_item', id: 3, before: null, after: { id: 3 } }])).toBe('none');
    const untouched = applyBudgetRows(state, [{ table: 'meeting', id: 3, before: null, after: { id: 3 } }]);
    expect(untouched !== 'reload' && untouched.state).toBe(state);
  });
});
