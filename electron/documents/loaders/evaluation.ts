// The evaluation draft's data, read with the sheets' own readers; the activities' status changes
// come from the change log, the only place the workbook dates them (as »Siden sidst« reads it).
import type { ActivityStatus } from '../../../shared/domain/activity';
import type { EvaluationStage } from '../../../shared/domain/report';
import { readBudgetData } from '../../features/readers/budget-data';
import { readActivities, readFollowUps, readPartners } from '../../features/readers/initiative-life';
import { readMilestones } from '../../features/readers/plan-phases';
import { readInitiatives } from '../../features/initiatives';
import { readDecisions } from '../../features/meetings/read-meeting';
import { readProgram } from '../../features/program';
import type { Workbook } from '../../workbook/workbook';
import type { ActivityStatusChange, EvaluationData } from '../evaluation/evaluation-data';
import type { StatusPeriod } from '../status/status-report-data';
import { readStandingItems } from './status-report';
import { headerOf } from './header';

export interface EvaluationRequest {
  stage: EvaluationStage;
  /** ISO date the draft is dated */
  date: string;
  period: StatusPeriod;
  author: string;
}

/** Every recorded change of an activity's status, oldest first (undo and redo included: they changed it too). */
export function readActivityStatusChanges(wb: Workbook): ActivityStatusChange[] {
  const rows = wb.db
    .prepare(
      `SELECT c.row_id AS activityId, substr(s.at, 1, 10) AS day, c.before_json AS before, c.after_json AS after
       FROM change c JOIN change_set s ON s.id = c.set_id WHERE c.tbl = 'activity' ORDER BY c.id`,
    )
    .all() as Array<{ activityId: number; day: string; before: string | null; after: string | null }>;
  const status = (json: string | null) => (json === null ? null : (((JSON.parse(json) as { status?: unknown }).status ?? null) as ActivityStatus | null));
  return rows
    .map((r) => ({ activityId: r.activityId, on: r.day, before: status(r.before), after: status(r.after) }))
    .filter((c) => c.before !== c.after);
}

export function loadEvaluationData(wb: Workbook, request: EvaluationRequest): EvaluationData {
  const program = readProgram(wb);
  return {
    ...request,
    header: headerOf(program),
    programme: {
      title: program.title,
      periodStart: program.periodStart,
      periodEnd: program.periodEnd,
      owner: program.owner,
      leader: program.leader,
      evaluationRecipient: program.evaluationRecipient,
    },
    initiatives: readInitiatives(wb),
    activities: readActivities(wb),
    partners: Object.fromEntries(readPartners(wb).map((p) => [p.id, p.name])),
    statusChanges: readActivityStatusChanges(wb),
    followUps: readFollowUps(wb),
    budget: readBudgetData(wb),
    decisions: readDecisions(wb),
    standingItems: readStandingItems(wb),
    milestones: readMilestones(wb),
  };
}
