import { useMemo } from 'react';
import type { ChannelInput } from '../../../shared/api/contract';
import type { PlanPhase } from '../../../shared/domain/plan';
import { addQuarters, compareQuarters, type QuarterKey } from '../../../shared/quarters';
import { useNotifier } from '../../app/notifications';

type PhasePatch = ChannelInput<'plan.phases.update'>['patch'];
type MilestonePatch = ChannelInput<'plan.milestones.update'>['patch'];

/**
 * Every change the Plan sheet makes, through the one API. A refused change shows its Danish
 * message (the notifier does that) and reloads, so the sheet shows what is stored.
 */
export function usePlanActions(periodEnd: QuarterKey | undefined, reload: () => void) {
  const { run } = useNotifier();
  return useMemo(() => {
    const settle = <T,>(result: T | undefined) => {
      if (result === undefined) reload();
      return result;
    };
    const effectiveEnd = (phase: PlanPhase) => phase.endQuarter ?? (periodEnd && compareQuarters(periodEnd, phase.startQuarter) > 0 ? periodEnd : phase.startQuarter);
    return {
      updatePhase: async (id: number, patch: PhasePatch) => settle(await run('plan.phases.update', { id, patch })),
      movePhase: async (id: number, by: number) => settle(await run('plan.phases.move', { id, by })),
      /** Moves the end by whole quarters; an open phase gets a fixed end counted from the period's end. */
      stretchEnd: async (phase: PlanPhase, by: number) =>
        settle(await run('plan.phases.update', { id: phase.id, patch: { endQuarter: addQuarters(effectiveEnd(phase), by) } })),
      stretchStart: async (phase: PlanPhase, by: number) =>
        settle(await run('plan.phases.update', { id: phase.id, patch: { startQuarter: addQuarters(phase.startQuarter, by) } })),
      addPhase: async (initiativeId: number, startQuarter: QuarterKey) =>
        settle(await run('plan.phases.add', { initiativeId, startQuarter, endQuarter: startQuarter, title: 'Ny fase' })),
      removePhase: async (id: number) => settle(await run('plan.phases.remove', { id })),
      addMilestone: async (quarter: QuarterKey) =>
        settle(await run('plan.milestones.add', { kind: 'andet', quarter, title: 'Ny milepæl' })),
      updateMilestone: async (id: number, patch: MilestonePatch) => settle(await run('plan.milestones.update', { id, patch })),
      removeMilestone: async (id: number) => settle(await run('plan.milestones.remove', { id })),
    };
  }, [run, reload, periodEnd]);
}

export type PlanActions = ReturnType<typeof usePlanActions>;
