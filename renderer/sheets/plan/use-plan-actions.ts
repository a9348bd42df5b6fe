import { useMemo } from 'react';
import type { ChannelInput } from '../../../shared/api/contract';
import type { PlanPhase } from '../../../shared/domain/plan';
import type { QuarterKey } from '../../../shared/quarters';
import { useNotifier, type Attempt } from '../../app/notifications';
import { fieldOutcome } from '../../components/use-field-draft';

type PhasePatch = ChannelInput<'plan.phases.update'>['patch'];
type MilestonePatch = ChannelInput<'plan.milestones.update'>['patch'];
type PhaseSeen = ChannelInput<'plan.phases.update'>['seen'];
type MilestoneSeen = ChannelInput<'plan.milestones.update'>['seen'];

/**
 * Every change the Plan sheet makes, through the one API. A refused change shows its Danish
 * message (the notifier does that) and reloads, so the sheet shows what is stored. An edit of a
 * field carries `seen`, the field as the person saw it, so someone else's change meanwhile is
 * refused rather than overwritten.
 */
export function usePlanActions(reload: () => void) {
  const { run, attempt } = useNotifier();
  return useMemo(() => {
    const settle = <T,>(result: T | undefined) => {
      if (result === undefined) reload();
      return result;
    };
    const settleField = (result: Attempt<unknown>) => {
      if (!result.ok) reload();
      return fieldOutcome(result);
    };
    return {
      updatePhase: async (id: number, patch: PhasePatch, seen: PhaseSeen) => settleField(await attempt('plan.phases.update', { id, patch, seen })),
      movePhase: async (id: number, by: number) => settle(await run('plan.phases.move', { id, by })),
      /** Moves an edge by whole quarters from the stored phase; an open phase gets a fixed end. */
      stretchEnd: async (phase: PlanPhase, by: number) => settle(await run('plan.phases.stretch', { id: phase.id, edge: 'end', by })),
      stretchStart: async (phase: PlanPhase, by: number) => settle(await run('plan.phases.stretch', { id: phase.id, edge: 'start', by })),
      addPhase: async (initiativeId: number, startQuarter: QuarterKey) =>
        settle(await run('plan.phases.add', { initiativeId, startQuarter, endQuarter: startQuarter, title: 'Ny fase' })),
      removePhase: async (id: number) => settle(await run('plan.phases.remove', { id })),
      addMilestone: async (quarter: QuarterKey) =>
        settle(await run('plan.milestones.add', { kind: 'andet', quarter, title: 'Ny milepæl' })),
      updateMilestone: async (id: number, patch: MilestonePatch, seen: MilestoneSeen) =>
        settleField(await attempt('plan.milestones.update', { id, patch, seen })),
      moveMilestone: async (id: number, by: number) => settle(await run('plan.milestones.move', { id, by })),
      removeMilestone: async (id: number) => settle(await run('plan.milestones.remove', { id })),
    };
  }, [run, attempt, reload]);
}

export type PlanActions = ReturnType<typeof usePlanActions>;
