import { readBudgetData } from '../../features/readers/budget-data';
import { readActivities, readFollowUps } from '../../features/readers/initiative-life';
import { readMilestones, readPlanPhases } from '../../features/readers/plan-phases';
import { runChecks } from '../../features/checks';
import { readInitiatives } from '../../features/initiatives';
import { readAllActions, readDecisions } from '../../features/meetings/read-meeting';
import { readMembers, readProgram, readProgramList } from '../../features/program';
import { readGoalLinks } from '../../features/goals';
import type { UserProfile } from '../../../shared/domain/user';
import { contactOf } from '../status/notat-people';
import type { StandingItemKind } from '../../../shared/domain/meeting';
import { readTrafficLights } from '../../features/status';
import type { Workbook } from '../../workbook/workbook';
import type { StatusGoal, StatusPeriod, StatusReportData } from '../status/status-report-data';
import { headerOf } from './header';

export interface StatusReportRequest {
  /** ISO date the note is dated */
  date: string;
  period: StatusPeriod;
  summaryText?: string;
  /** The Indstilling to the director, as typed in Rapporter or given with --indstilling. */
  recommendation?: string;
  /** Who makes the notat: the user of the app or the CLI. */
  author?: UserProfile | null;
}

/**
 * The statusnotat's data, read with the sheets' own readers: programme, initiatives, plan and
 * milestones, budget with spending, activities and follow-ups, decisions and actions, checks.
 */
export function loadStatusReportData(wb: Workbook, request: StatusReportRequest): StatusReportData {
  const program = readProgram(wb);
  return {
    header: headerOf(program),
    date: request.date,
    period: request.period,
    programme: { title: program.title, periodStart: program.periodStart, periodEnd: program.periodEnd, owner: program.owner, leader: program.leader },
    summaryText: request.summaryText ?? '',
    recommendation: request.recommendation ?? '',
    author: request.author ?? null,
    contact: contactOf(program.leader, readMembers(wb)),
    goals: readGoals(wb),
    initiatives: readInitiatives(wb),
    phases: readPlanPhases(wb),
    milestones: readMilestones(wb),
    budget: readBudgetData(wb),
    activities: readActivities(wb),
    followUps: readFollowUps(wb),
    decisions: readDecisions(wb),
    standingItems: readStandingItems(wb),
    actions: readAllActions(wb),
    checks: runChecks(wb).problems,
    lights: readTrafficLights(wb, request.period.to),
  };
}

/** The programme's goals in the sheet's order, each with the initiatives and activities linked to it. */
function readGoals(wb: Workbook): StatusGoal[] {
  const links = readGoalLinks(wb);
  return readProgramList(wb, 'goal').map((g) => ({
    id: g.id,
    text: g.text,
    initiativeIds: links.filter((l) => l.goalId === g.id && l.initiativeId !== null).map((l) => l.initiativeId!),
    activityIds: links.filter((l) => l.goalId === g.id && l.activityId !== null).map((l) => l.activityId!),
  }));
}

/** Which agenda items are standing items, and which kind, so the notat can tell procedure apart. */
export function readStandingItems(wb: Workbook): Record<number, StandingItemKind> {
  const rows = wb.db.prepare('SELECT id, standing FROM agenda_item WHERE standing IS NOT NULL').all() as Array<{ id: number; standing: StandingItemKind }>;
  return Object.fromEntries(rows.map((r) => [r.id, r.standing]));
}
