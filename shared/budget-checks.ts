// The budget's own checks: does the salary line match the employment it pays for, and does any
// amount lie outside the programme period? Pure, so the sheet, `cli check` and the Word reports
// judge the budget the same way.
import type { BudgetData, BudgetLine, BudgetProblem, Employment } from './domain/budget';
import { formatKroner } from './money';
import { compareQuarters, formatQuarter, parseQuarter, quarterKey, yearsBetween } from './quarters';

/** How many quarters of an employment fall in a year (0–4). */
export function employmentQuartersInYear(employment: Pick<Employment, 'startQuarter' | 'endQuarter'>, year: number): number {
  let count = 0;
  for (let q = 1; q <= 4; q++) {
    const key = quarterKey(year, q);
    if (compareQuarters(key, employment.startQuarter) >= 0 && compareQuarters(key, employment.endQuarter) <= 0) count++;
  }
  return count;
}

/**
 * What the employments cost per year, in whole kroner: a quarter costs a quarter of the yearly
 * salary. 575.000 kr. a year from 2019 K4 to 2022 K3 → 143.750 / 575.000 / 575.000 / 431.250.
 */
export function expectedSalaryByYear(employments: ReadonlyArray<Pick<Employment, 'annualSalary' | 'startQuarter' | 'endQuarter'>>): Record<number, number> {
  const result: Record<number, number> = {};
  for (const e of employments) {
    if (compareQuarters(e.startQuarter, e.endQuarter) > 0) continue;
    for (const year of yearsBetween(e.startQuarter, e.endQuarter)) {
      const quarters = employmentQuartersInYear(e, year);
      result[year] = (result[year] ?? 0) + Math.round((e.annualSalary * quarters) / 4);
    }
  }
  return result;
}

/** "575.000 kr. om året fra 2019 K4 til 2022 K3" */
export function describeEmployment(e: Pick<Employment, 'annualSalary' | 'startQuarter' | 'endQuarter'>): string {
  return `${formatKroner(e.annualSalary)} kr. om året fra ${formatQuarter(e.startQuarter)} til ${formatQuarter(e.endQuarter)}`;
}

/** Quarters of an employment counted as years and months for a reader: 12 → "3 år". */
export function describeDuration(e: Pick<Employment, 'startQuarter' | 'endQuarter'>): string {
  const { year: y1, quarter: q1 } = parseQuarter(e.startQuarter);
  const { year: y2, quarter: q2 } = parseQuarter(e.endQuarter);
  const quarters = (y2 * 4 + q2) - (y1 * 4 + q1) + 1;
  if (quarters <= 0) return 'slutter før den begynder';
  const years = Math.floor(quarters / 4);
  const months = (quarters % 4) * 3;
  const parts = [years ? `${years} år` : '', months ? `${months} måneder` : ''].filter(Boolean);
  return parts.join(' og ');
}

/** A cost type that reads as salary ("Løn", "Lønudgifter", "Løn til projektleder"). */
export function looksLikeSalary(costType: string): boolean {
  return /^løn/i.test(costType.trim());
}

function lineName(line: BudgetLine, groupTitle: string): string {
  return `"${line.costType}" (${groupTitle})`;
}

/** What the checks judge a line against: the programme period. */
interface PeriodContext {
  start: string;
  end: string;
  /** "2019 K1 – 2028 K4", as the messages say it. */
  text: string;
}

function periodContext(data: BudgetData): PeriodContext {
  const { start, end } = data.period;
  return { start, end, text: `${formatQuarter(start)} – ${formatQuarter(end)}` };
}

/** The problems of one line, in the order the full check lists them. */
function findLineProblems(line: BudgetLine, groupTitle: string, period: PeriodContext): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const name = lineName(line, groupTitle);
  if (line.employments.length === 0) {
    if (looksLikeSalary(line.costType) && Object.values(line.amounts).some((a) => (a.budget ?? 0) > 0)) {
      problems.push({
        kind: 'salaryWithoutEmployment', lineId: line.id,
        message: `Lønlinjen ${name} har ingen ansættelse tilknyttet, så lønbudgettet kan ikke kontrolleres`,
      });
    }
    return problems;
  }
  for (const e of line.employments) {
    if (compareQuarters(e.startQuarter, period.start) < 0 || compareQuarters(e.endQuarter, period.end) > 0) {
      problems.push({
        kind: 'employmentOutsidePeriod', lineId: line.id,
        message: `Ansættelsen "${e.title || 'uden navn'}" på ${name} (${formatQuarter(e.startQuarter)} – ${formatQuarter(e.endQuarter)}) rækker ud over programperioden ${period.text}`,
      });
    }
  }
  const expected = expectedSalaryByYear(line.employments);
  const years = new Set([...Object.keys(expected).map(Number), ...Object.keys(line.amounts).map(Number)]);
  const employmentText = line.employments.length === 1
    ? `ansættelsen (${describeEmployment(line.employments[0]!)})`
    : `de ${line.employments.length} ansættelser`;
  for (const year of [...years].sort((a, b) => a - b)) {
    const budget = line.amounts[year]?.budget ?? 0;
    const wanted = expected[year] ?? 0;
    if (budget === wanted) continue;
    problems.push({
      kind: 'salary', lineId: line.id, year, expected: wanted,
      message: `${name}: budgettet for ${year} er ${formatKroner(budget)} kr., men ${employmentText} koster ${formatKroner(wanted)} kr. det år`,
    });
  }
  return problems;
}

/** Every problem the budget checks find, in sheet order. */
export function findBudgetProblems(data: BudgetData): BudgetProblem[] {
  const problems: BudgetProblem[] = [];
  const period = periodContext(data);
  const periodYears = new Set(yearsBetween(period.start, period.end));
  const yearsWithAmounts = new Set<number>();

  for (const group of data.groups) {
    for (const line of group.lines) {
      for (const [year, amount] of Object.entries(line.amounts)) {
        if ([amount.budget, amount.actual, amount.committed, amount.forecast].some((v) => v !== null && v !== undefined)) yearsWithAmounts.add(Number(year));
      }
      problems.push(...findLineProblems(line, group.title, period));
    }
  }

  for (const year of [...yearsWithAmounts].sort((a, b) => a - b)) {
    if (periodYears.has(year)) continue;
    problems.push({
      kind: 'yearOutsidePeriod', year,
      message: `Der står beløb for ${year}, som ligger uden for programperioden ${period.text}`,
    });
  }
  return problems;
}

/**
 * The problems after the given lines changed their amounts (not their employments, names or
 * years shown): the other lines' problems are kept, the changed lines are checked again, in
 * the full check's order. The same array comes back when nothing in it changed.
 */
export function updateBudgetProblems(previous: BudgetProblem[], data: BudgetData, changedLines: ReadonlySet<number> | ReadonlyMap<number, unknown>): BudgetProblem[] {
  const period = periodContext(data);
  const byLine = new Map<number, BudgetProblem[]>();
  const others: BudgetProblem[] = [];
  for (const p of previous) {
    if (p.lineId === undefined) others.push(p);
    else {
      const list = byLine.get(p.lineId);
      if (list) list.push(p);
      else byLine.set(p.lineId, [p]);
    }
  }
  let changed = false;
  const problems: BudgetProblem[] = [];
  for (const group of data.groups) {
    for (const line of group.lines) {
      const kept = byLine.get(line.id) ?? [];
      if (!changedLines.has(line.id)) {
        problems.push(...kept);
        continue;
      }
      const found = findLineProblems(line, group.title, period);
      if (JSON.stringify(found) !== JSON.stringify(kept)) changed = true;
      problems.push(...found);
    }
  }
  problems.push(...others);
  return changed ? problems : previous;
}
