import { isQuarterKey, compareQuarters } from '../../../shared/quarters';
import type { CheckProblem } from '../../../shared/domain/workbook';
import { readProgram } from '../program';
import type { Checker } from './checker';

/** The programme's own facts: a title, a sound period. */
export const checkProgram: Checker = (wb) => {
  const problems: CheckProblem[] = [];
  const program = readProgram(wb);
  if (!program.title.trim()) problems.push({ severity: 'fejl', area: 'Program', message: 'Programmet har ingen titel' });
  if (!isQuarterKey(program.periodStart) || !isQuarterKey(program.periodEnd)) {
    problems.push({ severity: 'fejl', area: 'Program', message: `Programperioden er ugyldig (${program.periodStart} – ${program.periodEnd})` });
  } else if (compareQuarters(program.periodStart, program.periodEnd) > 0) {
    problems.push({ severity: 'fejl', area: 'Program', message: 'Programperioden slutter, før den begynder' });
  }
  return problems;
};

/** Initiatives need distinct numbers and titles so documents and sheets can name them. */
export const checkInitiatives: Checker = (wb) => {
  const problems: CheckProblem[] = [];
  const rows = wb.db.prepare('SELECT number, title FROM initiative ORDER BY number').all() as Array<{ number: number; title: string }>;
  const seen = new Set<number>();
  for (const row of rows) {
    if (seen.has(row.number)) problems.push({ severity: 'fejl', area: 'Indsatser', message: `Der er flere indsatser med nummer ${row.number}` });
    seen.add(row.number);
    if (!row.title.trim()) problems.push({ severity: 'fejl', area: 'Indsatser', message: `Indsats ${row.number} har ingen titel` });
  }
  return problems;
};
