import type { PlanPhase } from '../../../shared/domain/plan';
import type { Workbook } from '../../workbook/workbook';

export function readPlanPhases(wb: Workbook): PlanPhase[] {
  return wb.db
    .prepare(
      `SELECT id, initiative_id AS initiativeId, position, title, start_quarter AS startQuarter, end_quarter AS endQuarter, status
       FROM plan_phase ORDER BY initiative_id, position, id`,
    )
    .all() as PlanPhase[];
}
