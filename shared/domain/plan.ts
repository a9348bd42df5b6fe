import type { QuarterKey } from '../quarters';

export const PHASE_STATUSES = ['planlagt', 'i gang', 'afsluttet', 'forsinket'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];

/** A phase of an initiative across a span of quarters, as in the programme document's table. */
export interface PlanPhase {
  id: number;
  initiativeId: number;
  position: number;
  title: string;
  startQuarter: QuarterKey;
  /** null: the document gives no end; the phase runs to the end of the period. */
  endQuarter: QuarterKey | null;
  status: PhaseStatus;
}

/** The milestones the programme document names ("midtvejs- og slutevaluering", "videreføres"). */
export const MILESTONE_KINDS = ['midtvejsevaluering', 'slutevaluering', 'beslutning om videreførelse', 'andet'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** foreslået: put in by the app or a member, not yet agreed by the steering group. */
export const MILESTONE_STATUSES = ['foreslået', 'planlagt', 'gennemført', 'aflyst'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface Milestone {
  id: number;
  /** null: the milestone concerns the whole programme (the evaluations do). */
  initiativeId: number | null;
  kind: MilestoneKind;
  title: string;
  quarter: QuarterKey;
  status: MilestoneStatus;
  note: string;
}

/** What the Plan sheet is drawn from. `today` is the quarter the main process's clock is in. */
export interface PlanSheetData {
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  today: QuarterKey;
  initiatives: Array<{ id: number; number: number; title: string }>;
  phases: PlanPhase[];
  milestones: Milestone[];
  /** Rows left out because a value is damaged (a bad quarter …), one Danish line each. */
  damaged?: string[];
}
