import type { CheckReport } from '../../../shared/domain/workbook';
import type { Workbook } from '../../workbook/workbook';
import { checkBudget } from './budget-checks';
import type { Checker } from './checker';
import { checkIntegrity } from './integrity';
import { checkMeetings } from './meeting-checks';
import { checkInitiatives, checkProgram } from './program-checks';
import { checkPlan } from './plan-checks';
import { checkActivities } from './activity-checks';
import { checkStoredValues } from './stored-values';

/** Every check, in the order the report lists them. A new sheet adds its checker here. */
const CHECKERS: readonly Checker[] = [checkIntegrity, checkStoredValues, checkProgram, checkInitiatives, checkBudget, checkPlan, checkActivities, checkMeetings];

export function runChecks(wb: Workbook): CheckReport {
  const problems = CHECKERS.flatMap((check) => check(wb));
  return { sound: !problems.some((p) => p.severity === 'fejl'), problems };
}
