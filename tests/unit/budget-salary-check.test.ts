import { afterEach, describe, expect, it } from 'vitest';
import { describeDuration, employmentQuartersInYear, expectedSalaryByYear, findBudgetProblems } from '../../shared/budget-checks';
import { checkCommand } from '../../electron/cli-commands/workbook-commands';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const innovator = { annualSalary: 575_000, startQuarter: '2019-K4', endQuarter: '2022-K3' };

async function salaryLine(w: TestWorkbook) {
  const { data } = await w.call('budget.get', {});
  return data.groups[0]!.lines.find((l) => l.costType === 'Løn')!;
}

describe('the salary check', () => {
  it('costs 575.000 kr. a year from 2019 K4 for three years as 143.750 / 575.000 / 575.000 / 431.250', () => {
    expect(expectedSalaryByYear([innovator])).toEqual({ 2019: 143_750, 2020: 575_000, 2021: 575_000, 2022: 431_250 });
    expect(employmentQuartersInYear(innovator, 2019)).toBe(1);
    expect(employmentQuartersInYear(innovator, 2022)).toBe(3);
    expect(employmentQuartersInYear(innovator, 2023)).toBe(0);
    expect(describeDuration(innovator)).toBe('3 år');
    expect(describeDuration({ startQuarter: '2020-K1', endQuarter: '2020-K2' })).toBe('6 måneder');
  });

  it('adds up several employments on one line and rounds each year to whole kroner', () => {
    const parts = [
      { annualSalary: 100_001, startQuarter: '2020-K1', endQuarter: '2020-K1' },
      { annualSalary: 400_000, startQuarter: '2020-K3', endQuarter: '2021-K2' },
    ];
    expect(expectedSalaryByYear(parts)).toEqual({ 2020: 25_000 + 200_000, 2021: 200_000 });
  });

  it('finds nothing wrong with the default workbook', async () => {
    wb = createTestWorkbook();
    const sheet = await wb.call('budget.get', {});
    expect(sheet.problems).toEqual([]);
    const salary = await salaryLine(wb);
    expect(salary.employments).toEqual([expect.objectContaining({ title: 'Social innovator', ...innovator })]);
  });

  it('warns when the salary budget does not match the employment, in the sheet and in the check', async () => {
    wb = createTestWorkbook();
    const salary = await salaryLine(wb);
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2022, measure: 'budget', value: 575_000 }] });
    const sheet = await wb.call('budget.get', {});
    expect(sheet.problems).toEqual([
      expect.objectContaining({
        kind: 'salary', lineId: salary.id, year: 2022, expected: 431_250,
        message: '"Løn" (Indsats 1 og 2 – social innovator): budgettet for 2022 er 575.000 kr., men ansættelsen (575.000 kr. om året fra 2019 K4 til 2022 K3) koster 431.250 kr. det år',
      }),
    ]);
    const report = await wb.call('workbook.check', {});
    expect(report.sound).toBe(true);
    expect(report.problems).toContainEqual({ severity: 'advarsel', area: 'Økonomi', message: sheet.problems[0]!.message });
  });

  it('is printed by `cli check` as a warning that leaves the file sound (exit 0)', async () => {
    wb = createTestWorkbook();
    const salary = await salaryLine(wb);
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2019, measure: 'budget', value: 150_000 }] });
    let printed = '';
    const code = await checkCommand.run([wb.path], { session: wb.session, dispatch: wb.dispatch, out: (t) => (printed += t) });
    expect(code).toBe(0);
    expect(printed).toBe(
      'test.arbejdsbog: i orden, men med bemærkninger:\n' +
      '  [advarsel] Økonomi: "Løn" (Indsats 1 og 2 – social innovator): budgettet for 2019 er 150.000 kr., men ansættelsen (575.000 kr. om året fra 2019 K4 til 2022 K3) koster 143.750 kr. det år\n',
    );
  });

  it('warns when the employment is moved but the budget is not', async () => {
    wb = createTestWorkbook();
    const salary = await salaryLine(wb);
    await wb.call('budget.employments.update', { id: salary.employments[0]!.id, patch: { startQuarter: '2020-K1', endQuarter: '2022-K4' } });
    const { problems } = await wb.call('budget.get', {});
    expect(problems.map((p) => [p.year, p.expected])).toEqual([[2019, 0], [2022, 575_000]]);
  });

  it('warns about a salary line without an employment', async () => {
    wb = createTestWorkbook();
    const salary = await salaryLine(wb);
    await wb.call('budget.employments.remove', { id: salary.employments[0]!.id });
    const { problems } = await wb.call('budget.get', {});
    expect(problems).toEqual([expect.objectContaining({ kind: 'salaryWithoutEmployment', lineId: salary.id })]);
    expect(problems[0]!.message).toContain('har ingen ansættelse tilknyttet');
  });

  it('warns about amounts in a year outside the programme period, and an employment reaching past it', async () => {
    wb = createTestWorkbook();
    const salary = await salaryLine(wb);
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2024, measure: 'actual', value: 10_000 }] });
    await wb.call('budget.employments.update', { id: salary.employments[0]!.id, patch: { endQuarter: '2023-K2' } });
    const sheet = await wb.call('budget.get', {});
    expect(sheet.data.years).toEqual([2019, 2020, 2021, 2022, 2024]);
    const messages = sheet.problems.map((p) => p.message);
    expect(messages).toContain('Der står beløb for 2024, som ligger uden for programperioden 2019 K2 – 2022 K4');
    expect(messages.some((m) => m.includes('rækker ud over programperioden 2019 K2 – 2022 K4'))).toBe(true);
    // Extending the period takes 2024 in; the warning about the year goes away.
    await wb.call('program.update', { patch: { periodEnd: '2024-K4' } });
    const after = await wb.call('budget.get', {});
    expect(after.problems.filter((p) => p.kind === 'yearOutsidePeriod')).toEqual([]);
    expect(after.data.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('is pure over the data: problems are listed in sheet order', () => {
    const problems = findBudgetProblems({
      years: [2020],
      period: { start: '2020-K1', end: '2020-K4' },
      groups: [{ id: 1, position: 1, title: 'G', initiativeIds: [], lines: [
        { id: 1, groupId: 1, position: 1, costType: 'Lønudgifter', amounts: { 2020: { budget: 5, actual: null } }, employments: [] },
        { id: 2, groupId: 1, position: 2, costType: 'Husleje', amounts: { 2019: { budget: 5, actual: null } }, employments: [] },
      ] }],
    });
    expect(problems.map((p) => p.kind)).toEqual(['salaryWithoutEmployment', 'yearOutsidePeriod']);
  });
});
