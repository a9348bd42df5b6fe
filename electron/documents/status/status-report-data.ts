// What a statusnotat for the director is made from. The generator (status-report.ts) is a pure
// function of this; loaders/status-report.ts fills it from the workbook. The activity,
// follow-up, decision, action and milestone lists come from features built on other branches
// (Plan/activities, Møder) and are empty until those are merged; the note then says so.
import type { BudgetData } from '../../../shared/domain/budget';
import type { Initiative } from '../../../shared/domain/initiative';
import type { ActionStatus } from '../../../shared/domain/meeting';
import type { PlanPhase } from '../../../shared/domain/plan';
import type { CheckProblem } from '../../../shared/domain/workbook';
import type { QuarterKey } from '../../../shared/quarters';
import type { DocumentHeader } from '../layout';

/** The statuses an activity goes through on the Indsatser sheet (issue 4). */
export type ActivityStatus = 'idé' | 'planlagt' | 'i gang' | 'forankret' | 'stoppet';

export interface StatusActivity {
  id: number;
  initiativeId: number;
  name: string;
  status: ActivityStatus;
  /** ISO date, or null when not started */
  startDate: string | null;
  participants: number | null;
  partners: string[];
  /** Who owns it locally (forankring) */
  anchoredWith: string;
}

export interface StatusFollowUp {
  id: number;
  initiativeId: number;
  /** ISO date */
  date: string;
  /** fokusgruppe, dialogmøde, samtale */
  form: string;
  withWhom: string;
  learnt: string;
}

export interface StatusDecision {
  /** ISO date of the meeting */
  meetingDate: string;
  itemTitle: string;
  decision: string;
}

export interface StatusAction {
  id: number;
  what: string;
  who: string;
  /** ISO date or null */
  deadline: string | null;
  status: ActionStatus;
  /** ISO date of the meeting that agreed it */
  meetingDate: string;
}

export interface StatusMilestone {
  title: string;
  quarter: QuarterKey;
  initiativeId: number | null;
  done: boolean;
}

export interface StatusPeriod {
  /** ISO dates, both included */
  from: string;
  to: string;
}

export interface StatusReportData {
  header: DocumentHeader;
  /** ISO date the note is dated; "today" for every judgement (current quarter, overdue). */
  date: string;
  period: StatusPeriod;
  programme: { title: string; periodStart: QuarterKey; periodEnd: QuarterKey; owner: string; leader: string };
  /** A summary written by the sender; the computed summary follows it. May be empty. */
  summaryText: string;
  initiatives: Initiative[];
  phases: PlanPhase[];
  milestones: StatusMilestone[];
  budget: BudgetData;
  /** All activities; the note picks those started in the period, under way and planned. */
  activities: StatusActivity[];
  /** All follow-ups; the note shows those in the period and the latest before it. */
  followUps: StatusFollowUp[];
  /** All decisions; the note shows those in the period. */
  decisions: StatusDecision[];
  /** All actions; the note shows the open ones and marks the overdue. */
  actions: StatusAction[];
  /** The workbook's own checks (npm run cli -- check). */
  checks: CheckProblem[];
}
