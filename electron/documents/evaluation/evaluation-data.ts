// What a midtvejs- or slutevaluering is drafted from: the domain records the sheets show
// (initiatives with their expected effects, activities, partners, follow-ups, budget, decisions,
// milestones) and the activities' status changes dated by the change log. The generator
// (evaluation-document.ts) is a pure function of this; loaders/evaluation.ts fills it.
import type { Activity, ActivityStatus, FollowUp } from '../../../shared/domain/activity';
import type { BudgetData } from '../../../shared/domain/budget';
import type { InitiativeWithParticipants } from '../../../shared/domain/initiative';
import type { StandingItemKind } from '../../../shared/domain/meeting';
import type { DecisionRow } from '../../../shared/domain/meeting-views';
import type { Milestone } from '../../../shared/domain/plan';
import type { EvaluationStage } from '../../../shared/domain/report';
import type { QuarterKey } from '../../../shared/quarters';
import type { DocumentHeader } from '../layout';
import type { StatusPeriod } from '../status/status-report-data';

/**
 * An activity's status as the change log recorded it: `on` is the day the change was saved.
 * `before` is null when the activity was created with that status.
 */
export interface ActivityStatusChange {
  activityId: number;
  on: string;
  before: ActivityStatus | null;
  after: ActivityStatus | null;
}

export interface EvaluationData {
  header: DocumentHeader;
  stage: EvaluationStage;
  /** ISO date the draft is dated; the period is read as of its end, or this date when earlier. */
  date: string;
  period: StatusPeriod;
  /** Who drafts it: "Navn, rolle"; empty when not known. */
  author: string;
  programme: {
    title: string;
    periodStart: QuarterKey;
    periodEnd: QuarterKey;
    owner: string;
    leader: string;
    /** The Program sheet's "Evalueringer forelægges". */
    evaluationRecipient: string;
  };
  /** With the groups taking part as the Indsatser sheet names them. */
  initiatives: InitiativeWithParticipants[];
  activities: Activity[];
  /** Partner names by id. */
  partners: Record<number, string>;
  statusChanges: ActivityStatusChange[];
  followUps: FollowUp[];
  budget: BudgetData;
  decisions: DecisionRow[];
  standingItems: Record<number, StandingItemKind>;
  milestones: Milestone[];
}
