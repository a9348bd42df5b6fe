// What a statusnotat for the director is made from: the domain records the sheets show
// (initiatives, plan, milestones, budget, activities, follow-ups, decisions, actions) and the
// period. The generator (status-report.ts) is a pure function of this; loaders/status-report.ts
// fills it from the workbook with the features' own readers.
import type { Activity, FollowUp } from '../../../shared/domain/activity';
import type { BudgetData } from '../../../shared/domain/budget';
import type { Initiative } from '../../../shared/domain/initiative';
import type { StandingItemKind } from '../../../shared/domain/meeting';
import type { ActionRow, DecisionRow } from '../../../shared/domain/meeting-views';
import type { Milestone, PlanPhase } from '../../../shared/domain/plan';
import type { CheckProblem } from '../../../shared/domain/workbook';
import type { QuarterKey } from '../../../shared/quarters';
import type { TrafficLights } from '../../../shared/status/traffic-lights';
import type { UserProfile } from '../../../shared/domain/user';
import type { NotatContact } from './notat-people';
import type { DocumentHeader } from '../layout';

export interface StatusPeriod {
  /** ISO dates, both included */
  from: string;
  to: string;
}

/** One of the programme's goals with what it is linked to (goal_link). */
export interface StatusGoal {
  id: number;
  text: string;
  initiativeIds: number[];
  activityIds: number[];
}

export interface StatusReportData {
  header: DocumentHeader;
  /**
   * ISO date the note is dated (its letterhead). Every judgement – the quarter, phases, open and
   * overdue actions, spending – is as of the period's end instead (asOfDate), or this date when
   * the period runs on past it.
   */
  date: string;
  period: StatusPeriod;
  programme: { title: string; periodStart: QuarterKey; periodEnd: QuarterKey; owner: string; leader: string };
  /** A summary written by the sender; the computed summary follows it. May be empty. */
  summaryText: string;
  initiatives: Initiative[];
  phases: PlanPhase[];
  milestones: Milestone[];
  budget: BudgetData;
  /** All activities; the note picks those started in the period, under way and planned. */
  activities: Activity[];
  /** All follow-ups; the note shows those in the period and the latest before it. */
  followUps: FollowUp[];
  /** All decisions; the note shows those in the period, procedure left out. */
  decisions: DecisionRow[];
  /** The standing items (Godkendelse af dagsorden, Opfølgning, Eventuelt) by agenda item id. */
  standingItems: Record<number, StandingItemKind>;
  /** All actions; the note shows those open at the period's end and marks the overdue. */
  actions: ActionRow[];
  /** The workbook's own checks (npm run cli -- check), as it is on the note's date. */
  checks: CheckProblem[];
  /** What the notat asks the director to decide (»Det indstilles, at …«); empty: no Indstilling. */
  recommendation?: string;
  /** Who makes the notat (name and role); left out when not known. */
  author?: UserProfile | null;
  /** Whom to ask: the programme leader, with e-mail when a member matches. */
  contact?: NotatContact | null;
  /** The programme's goals and their links; the notat's section 8. */
  goals?: StatusGoal[];
  /** The traffic lights as of the period's end, by the workbook's rules; left out when not given. */
  lights?: TrafficLights;
}
