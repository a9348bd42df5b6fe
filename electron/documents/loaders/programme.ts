import { readBudgetData } from '../../features/readers/budget-data';
import { readPlanPhases } from '../../features/readers/plan-phases';
import { readInitiatives } from '../../features/initiatives';
import { readProgram, readProgramList } from '../../features/program';
import type { Workbook } from '../../workbook/workbook';
import type { ProgrammeDocumentData } from '../programme/programme-document';
import { headerOf } from './header';
import { readProgrammeChanges } from './programme-changes';

/** Everything the programme document shows, read from the open workbook. */
export function loadProgrammeDocumentData(wb: Workbook, date: string): ProgrammeDocumentData {
  const program = readProgram(wb);
  return {
    header: headerOf(program),
    date,
    program,
    goals: readProgramList(wb, 'goal').map((g) => g.text),
    initiatives: readInitiatives(wb),
    phases: readPlanPhases(wb),
    budget: readBudgetData(wb),
    changes: program.approvedOn ? readProgrammeChanges(wb, program.approvedOn) : [],
  };
}
