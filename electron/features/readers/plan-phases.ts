import type { Milestone, PlanPhase, PlanSheetData } from '../../../shared/domain/plan';
import { quarterOfDate } from '../../../shared/quarters';
import type { Workbook } from '../../workbook/workbook';
import { readProgram } from '../program';

export function readPlanPhases(wb: Workbook): PlanPhase[] {
  return wb.db
    .prepare(
      `SELECT id, initiative_id AS initiativeId, position, title, start_quarter AS startQuarter, end_quarter AS endQuarter, status
       FROM plan_phase ORDER BY initiative_id, position, id`,
    )
    .all() as PlanPhase[];
}

export function readMilestones(wb: Workbook): Milestone[] {
  return wb.db
    .prepare('SELECT id, initiative_id AS initiativeId, kind, title, quarter, status, note FROM milestone ORDER BY quarter, id')
    .all() as Milestone[];
}

/** Everything the Plan sheet draws; `today` is the quarter of the given clock (default: now). */
export function readPlanSheet(wb: Workbook, now: Date = new Date()): PlanSheetData {
  const program = readProgram(wb);
  const initiatives = wb.db.prepare('SELECT id, number, title FROM initiative ORDER BY position, number, id').all() as PlanSheetData['initiatives'];
  return {
    periodStart: program.periodStart,
    periodEnd: program.periodEnd,
    today: quarterOfDate(now),
    initiatives,
    phases: readPlanPhases(wb),
    milestones: readMilestones(wb),
  };
}
