import type { CheckProblem } from '../../../shared/domain/workbook';
import type { Workbook } from '../../workbook/workbook';

/** One consistency check; returns the problems it finds (none when all is well). */
export type Checker = (wb: Workbook) => CheckProblem[];
