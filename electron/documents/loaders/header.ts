import type { Program } from '../../../shared/domain/program';
import { readProgram } from '../../features/program';
import type { Workbook } from '../../workbook/workbook';
import type { DocumentHeader } from '../layout';

export function headerOf(program: Program): DocumentHeader {
  return {
    organisation: program.organisation,
    department: program.department,
    steeringGroup: program.steeringGroup,
    programmeTitle: program.title,
    journalNumber: program.journalNumber,
    caseNumber: program.caseNumber,
  };
}

/** The letterhead facts from the Program sheet. */
export function loadDocumentHeader(wb: Workbook): DocumentHeader {
  return headerOf(readProgram(wb));
}
