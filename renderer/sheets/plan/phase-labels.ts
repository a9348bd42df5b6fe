import type { PhaseStatus } from '../../../shared/domain/plan';
import type { PlacedPhase } from '../../../shared/plan-layout';
import { formatSpan } from '../../../shared/quarters';

export const PHASE_STATUS_CLASS: Record<PhaseStatus, string> = {
  planlagt: 'phase-planned',
  'i gang': 'phase-running',
  afsluttet: 'phase-done',
  forsinket: 'phase-late',
};

/** The flags a phase carries, in words (shown on the bar and read out by screen readers). */
export function phaseFlags(placed: PlacedPhase): string[] {
  const flags: string[] = [];
  if (placed.overdue) flags.push('overskredet – ikke afsluttet');
  if (placed.outsidePeriod) flags.push('uden for programperioden');
  if (placed.current) flags.push('i gang nu');
  return flags;
}

export function phaseDescription(placed: PlacedPhase, initiativeNumber: number): string {
  const span = formatSpan(placed.phase.startQuarter, placed.end) + (placed.openEnded ? ' (til periodens slutning)' : '');
  const flags = phaseFlags(placed);
  return `${placed.phase.title}. Indsats ${initiativeNumber}, ${span}, status ${placed.phase.status}${flags.length ? `, ${flags.join(', ')}` : ''}`;
}
