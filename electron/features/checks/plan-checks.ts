import type { CheckProblem } from '../../../shared/domain/workbook';
import { phaseEnd } from '../../../shared/plan-layout';
import { compareQuarters, formatQuarter, formatSpan, isQuarterKey, spanContains, spanWithin } from '../../../shared/quarters';
import { readProgram } from '../program';
import { readStoredPlan } from '../readers/plan-phases';
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

  const stored = readStoredPlan(wb);
  for (const phase of stored.phases) {
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

  for (const m of stored.milestones) {
    if (!isQuarterKey(m.quarter)) {
      problems.push({ severity: 'fejl', area: 'Plan', message: `Milepælen «${m.title}» har et ugyldigt kvartal (${m.quarter})` });
    } else if (!spanContains(periodStart, periodEnd, m.quarter) && m.status !== 'aflyst') {
      problems.push({ severity: 'advarsel', area: 'Plan', message: `Milepælen «${m.title}», ${formatQuarter(m.quarter)}, ligger uden for programperioden ${period}` });
    }
  }
  return problems;
};

