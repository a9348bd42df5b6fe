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
