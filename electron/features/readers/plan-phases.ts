import type { Milestone, PlanPhase, PlanSheetData } from '../../../shared/domain/plan';
import { quarterOfDate } from '../../../shared/quarters';
import { damagedValues } from '../../../shared/stored-values';
import { fromRow } from '../../workbook/columns';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import { readProgram } from '../program';

const PHASE_COLUMNS = 'id, initiative_id, position, title, start_quarter, end_quarter, status';

/** Rows of a table, sound ones as read and damaged ones (a bad quarter, …) as Danish lines. */
function soundRows<T>(wb: Workbook, table: string, sql: string, map: (row: Record<string, unknown>) => T): { rows: T[]; damaged: string[]; all: T[] } {
  const rows: T[] = [];
  const damaged: string[] = [];
  const all: T[] = [];
  for (const row of wb.db.prepare(sql).all() as Array<Record<string, unknown>>) {
    const problems = damagedValues(table, row);
    const mapped = map(row);
    all.push(mapped);
    if (problems.length === 0) rows.push(mapped);
    else damaged.push(...problems);
  }
  return { rows, damaged, all };
}

function readPhases(wb: Workbook) {
  return soundRows(wb, 'plan_phase', `SELECT ${PHASE_COLUMNS} FROM plan_phase ORDER BY initiative_id, position, id`, (r) => fromRow<PlanPhase>(r as Row));
}

function readMilestoneRows(wb: Workbook) {
  return soundRows(wb, 'milestone', 'SELECT id, initiative_id, kind, title, quarter, status, note FROM milestone ORDER BY quarter, id', (r) => fromRow<Milestone>(r as Row));
}

/** The phases every sheet and document can compute with; damaged ones are listed by readPlanSheet and `check`. */
export function readPlanPhases(wb: Workbook): PlanPhase[] {
  return readPhases(wb).rows;
}

export function readMilestones(wb: Workbook): Milestone[] {
  return readMilestoneRows(wb).rows;
}

/** Every phase and milestone as stored, damaged ones too: for `check`, which names them. */
export function readStoredPlan(wb: Workbook): { phases: PlanPhase[]; milestones: Milestone[] } {
  return { phases: readPhases(wb).all, milestones: readMilestoneRows(wb).all };
}

/** Everything the Plan sheet draws; `today` is the quarter of the given clock (default: now). */
export function readPlanSheet(wb: Workbook, now: Date = new Date()): PlanSheetData {
  const program = readProgram(wb);
  const initiatives = wb.db.prepare('SELECT id, number, title FROM initiative ORDER BY position, number, id').all() as PlanSheetData['initiatives'];
  const phases = readPhases(wb);
  const milestones = readMilestoneRows(wb);
  return {
    periodStart: program.periodStart,
    periodEnd: program.periodEnd,
    today: quarterOfDate(now),
    initiatives,
    phases: phases.rows,
    milestones: milestones.rows,
    damaged: [...phases.damaged, ...milestones.damaged],
  };
}
