import { afterEach, describe, expect, it } from 'vitest';
import { computeBudgetTotals, lineTotals } from '../../shared/budget-totals';
import type { BudgetData, BudgetLine } from '../../shared/domain/budget';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

function line(id: number, groupId: number, amounts: BudgetLine['amounts']): BudgetLine {
  return { id, groupId, position: id, costType: `Linje ${id}`, amounts, employments: [] };
}

describe('budget arithmetic', () => {
  it('gives the programme document\'s totals for the default workbook: 2.510.000 kr. in all', async () => {
    wb = createTestWorkbook();
    const { data } = await wb.call('budget.get', {});
    expect(data.years).toEqual([2019, 2020, 2021, 2022]);
    const totals = computeBudgetTotals(data);
    const [innovator, parents] = data.groups;
    expect(totals.groups[innovator!.id]!.total.budget).toBe(1_910_000);
    expect(totals.groups[parents!.id]!.total.budget).toBe(600_000);
    expect(Object.fromEntries(data.years.map((y) => [y, totals.grand.byYear[y]!.budget]))).toEqual({
      2019: 477_500, 2020: 930_000, 2021: 630_000, 2022: 472_500,
    });
    expect(totals.grand.total).toEqual({ budget: 2_510_000, actual: 0, committed: 0, forecast: 0, difference: 2_510_000 });
    const salary = innovator!.lines.find((l) => l.costType === 'Løn')!;
    expect(totals.lines[salary.id]!.total.budget).toBe(1_725_000);
  });

  it('computes differences as budget minus spending, negative when spending exceeds budget', () => {
    const data: BudgetData = {
      years: [2020, 2021],
      period: { start: '2020-K1', end: '2021-K4' },
      groups: [
        { id: 1, position: 1, title: 'A', initiativeIds: [], lines: [
          line(1, 1, { 2020: { budget: 100_000, actual: 120_000 }, 2021: { budget: 50_000, actual: null } }),
          line(2, 1, { 2020: { budget: null, actual: 5_000 } }),
        ] },
        { id: 2, position: 2, title: 'B', initiativeIds: [], lines: [] },
      ],
    };
    const totals = computeBudgetTotals(data);
    expect(totals.lines[1]!.byYear[2020]).toEqual({ budget: 100_000, actual: 120_000, committed: 0, forecast: 120_000, difference: -20_000 });
    expect(totals.lines[1]!.byYear[2021]).toEqual({ budget: 50_000, actual: 0, committed: 0, forecast: 0, difference: 50_000 });
    expect(totals.lines[1]!.total).toEqual({ budget: 150_000, actual: 120_000, committed: 0, forecast: 120_000, difference: 30_000 });
    expect(totals.lines[2]!.total).toEqual({ budget: 0, actual: 5_000, committed: 0, forecast: 5_000, difference: -5_000 });
    expect(totals.groups[1]!.byYear[2020]).toEqual({ budget: 100_000, actual: 125_000, committed: 0, forecast: 125_000, difference: -25_000 });
    expect(totals.groups[2]!.total).toEqual({ budget: 0, actual: 0, committed: 0, forecast: 0, difference: 0 });
    expect(totals.grand.total).toEqual({ budget: 150_000, actual: 125_000, committed: 0, forecast: 125_000, difference: 25_000 });
  });

  it('ignores amounts in years the sheet does not show', () => {
    const row = lineTotals(line(1, 1, { 2019: { budget: 10, actual: 1 }, 2030: { budget: 99, actual: 0 } }), [2019]);
    expect(row.total).toEqual({ budget: 10, actual: 1, committed: 0, forecast: 1, difference: 9 });
  });

  it('sums forbrug with øre and credit notes exactly, to the øre', () => {
    // 0,10 + 0,20 in floats is 0,30000000000000004; the totals are summed in øre.
    const lines = [0.1, 0.2, 12_345.67, -1_250.5, 99_999.99].map((actual, i) => line(i + 1, 1, { 2021: { budget: i === 0 ? 111_000 : null, actual } }));
    const data: BudgetData = {
      years: [2021], period: { start: '2021-K1', end: '2021-K4' },
      groups: [{ id: 1, position: 1, title: 'A', initiativeIds: [], lines }],
    };
    const totals = computeBudgetTotals(data);
    expect(totals.grand.total).toEqual({ budget: 111_000, actual: 111_095.46, committed: 0, forecast: 111_095.46, difference: -95.46 });
    expect(totals.groups[1]!.byYear[2021]!.actual).toBe(111_095.46);
    expect(totals.lines[1]!.total.difference).toBe(110_999.9);
    expect(totals.lines[4]!.total).toEqual({ budget: 0, actual: -1_250.5, committed: 0, forecast: -1_250.5, difference: 1_250.5 });
    const firstTwo = computeBudgetTotals({ ...data, groups: [{ ...data.groups[0]!, lines: lines.slice(0, 2) }] });
    expect(firstTwo.grand.total.actual).toBe(0.3);
  });
});
