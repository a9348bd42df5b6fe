import { useMemo } from 'react';
import type { ChannelInput } from '../../../shared/api/contract';
import type { PlanPhase } from '../../../shared/domain/plan';
import type { QuarterKey } from '../../../shared/quarters';
import { useNotifier } from '../../app/notifications';

type PhasePatch = ChannelInput<'plan.phases.update'>['patch'];
type MilestonePatch = ChannelInput<'plan.milestones.update'>['patch'];

/**
 * Every change the Plan sheet makes, through the one API. A refused change shows its Danish
 * message (the notifier does that) and reloads, so the sheet shows what is stored.
 */
export function usePlanActions(reload: () => void) {
  const { run } = useNotifier();
  return useMemo(() => {
    const settle = <T,>(result: T | undefined) => {
      if (result === undefined) reload();
      return result;
    };
    return {
      updatePhase: async (id: number, patch: PhasePatch) => settle(await run('plan.phases.update', { id, patch })),
      movePhase: async (id: number, by: number) => settle(await run('plan.phases.move', { id, by })),
      /** Moves an edge by whole quarters from the stored phase; an open phase gets a fixed end. */
      stretchEnd: async (phase: PlanPhase, by: number) => settle(await run('plan.phases.stretch', { id: phase.id, edge: 'end', by })),
      stretchStart: async (phase: PlanPhase, by: number) => settle(await run('plan.phases.stretch', { id: phase.id, edge: 'start', by })),
      addPhase: async (initiativeId: number, startQuarter: QuarterKey) =>
        settle(await run('plan.phases.add', { initiativeId, startQuarter, endQuarter: startQuarter, title: 'Ny fase' })),
      removePhase: async (id: number) => settle(await run('plan.phases.remove', { id })),
      addMilestone: async (quarter: QuarterKey) =>
        settle(await run('plan.milestones.add', { kind: 'andet', quarter, title: 'Ny milepæl' })),
      updateMilestone: async (id: number, patch: MilestonePatch) => settle(await run('plan.milestones.update', { id, patch })),
      moveMilestone: async (id: number, by: number) => settle(await run('plan.milestones.move', { id, by })),
      removeMilestone: async (id: number) => settle(await run('plan.milestones.remove', { id })),
    };
  }, [run, reload]);
}

export type PlanActions = ReturnType<typeof usePlanActions>;
