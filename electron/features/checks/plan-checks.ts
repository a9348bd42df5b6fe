import type { CheckProblem } from '../../../shared/domain/workbook';
import { formatKroner } from '../../../shared/money';
import { phaseEnd } from '../../../shared/plan-layout';
import { compareQuarters, formatQuarter, formatSpan, isQuarterKey, parseQuarter, spanContains, spanWithin } from '../../../shared/quarters';
import { readProgram } from '../program';
import { readBudgetData } from '../readers/budget-data';
import { readMilestones, readPlanPhases } from '../readers/plan-phases';
import type { Checker } from './checker';

function initiativeNumbers(wb: Parameters<Checker>[0]): Map<number, number> {
  const rows = wb.db.prepare('SELECT id, number FROM initiative').all() as Array<{ id: number; number: number }>;
  return new Map(rows.map((r) => [r.id, r.number]));
}

/**
 * The plan against the programme period: phases and milestones outside it are kept (the
 * period may be shortened or extended) but reported, so nothing drops out of sight.
 */
export const checkPlan: Checker = (wb) => {
  const problems: CheckProblem[] = [];
  const { periodStart, periodEnd } = readProgram(wb);
  if (!isQuarterKey(periodStart) || !isQuarterKey(periodEnd) || compareQuarters(periodStart, periodEnd) > 0) return problems; // checkProgram reports it
  const period = formatSpan(periodStart, periodEnd);
  const numbers = initiativeNumbers(wb);

  for (const phase of readPlanPhases(wb)) {
    const name = `Fasen «${phase.title}» (indsats ${numbers.get(phase.initiativeId) ?? '?'})`;
    if (!isQuarterKey(phase.startQuarter) || (phase.endQuarter !== null && !isQuarterKey(phase.endQuarter))) {
      problems.push({ severity: 'fejl', area: 'Plan', message: `${name} har et ugyldigt kvartal (${phase.startQuarter} – ${phase.endQuarter ?? ''})` });
      continue;
    }
    if (phase.endQuarter !== null && compareQuarters(phase.startQuarter, phase.endQuarter) > 0) {
      problems.push({ severity: 'fejl', area: 'Plan', message: `${name} slutter ${formatQuarter(phase.endQuarter)}, før den begynder ${formatQuarter(phase.startQuarter)}` });
      continue;
    }
    const end = phaseEnd(phase, periodEnd);
    if (!spanWithin(phase.startQuarter, end, periodStart, periodEnd)) {
      const wholly = compareQuarters(end, periodStart) < 0 || compareQuarters(phase.startQuarter, periodEnd) > 0;
      problems.push({
        severity: 'advarsel',
        area: 'Plan',
        message: `${name}, ${formatSpan(phase.startQuarter, end)}, ligger ${wholly ? 'helt' : 'delvist'} uden for programperioden ${period}`,
      });
    }
  }

  for (const m of readMilestones(wb)) {
    if (!isQuarterKey(m.quarter)) {
      problems.push({ severity: 'fejl', area: 'Plan', message: `Milepælen «${m.title}» har et ugyldigt kvartal (${m.quarter})` });
    } else if (!spanContains(periodStart, periodEnd, m.quarter) && m.status !== 'aflyst') {
      problems.push({ severity: 'advarsel', area: 'Plan', message: `Milepælen «${m.title}», ${formatQuarter(m.quarter)}, ligger uden for programperioden ${period}` });
    }
  }
  return problems;
};

/** Money in a year the plan does not cover: the period was shortened, or the amount is typed in the wrong year. */
export const checkBudgetYears: Checker = (wb) => {
  const { periodStart, periodEnd } = readProgram(wb);
  if (!isQuarterKey(periodStart) || !isQuarterKey(periodEnd)) return [];
  const first = parseQuarter(periodStart).year;
  const last = parseQuarter(periodEnd).year;
  const totals = new Map<number, { budget: number; actual: number }>();
  for (const group of readBudgetData(wb).groups) {
    for (const line of group.lines) {
      for (const [yearText, amount] of Object.entries(line.amounts)) {
        const year = Number(yearText);
        if (year >= first && year <= last) continue;
        if (!amount.budget && !amount.actual) continue;
        const sum = totals.get(year) ?? { budget: 0, actual: 0 };
        sum.budget += amount.budget ?? 0;
        sum.actual += amount.actual ?? 0;
        totals.set(year, sum);
      }
    }
  }
  return [...totals.entries()].sort(([a], [b]) => a - b).map(([year, sum]) => ({
    severity: 'advarsel' as const,
    area: 'Økonomi',
    message:
      `Budgettet har beløb i ${year} (budget ${formatKroner(sum.budget)} kr., forbrug ${formatKroner(sum.actual)} kr.), ` +
      `som ligger uden for programperioden ${formatSpan(periodStart, periodEnd)}`,
  }));
};
