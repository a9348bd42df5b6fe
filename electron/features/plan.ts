import type { planChannels } from '../../shared/api/plan-channels';
import type { Milestone, MilestoneKind, PlanPhase } from '../../shared/domain/plan';
import { phaseEnd } from '../../shared/plan-layout';
import { addQuarters, compareQuarters, formatQuarter, parseQuarter } from '../../shared/quarters';
import { toRow } from '../workbook/columns';
import { notFound, UserFacingError } from '../workbook/errors';
import type { Row, Transaction } from '../workbook/transaction';
import type { Workbook } from '../workbook/workbook';
import type { HandlerMap } from './handler';
import { nextPosition } from './positions';
import { readProgram } from './program';
import { readMilestones, readPlanPhases, readPlanSheet } from './readers/plan-phases';

/** Quarters further than this from the programme period are taken as typing errors. */
const MAX_YEARS_FROM_PERIOD = 25;

const MILESTONE_TITLES: Record<MilestoneKind, string> = {
  midtvejsevaluering: 'Midtvejsevaluering',
  slutevaluering: 'Slutevaluering',
  'beslutning om videreførelse': 'Beslutning om videreførelse',
  andet: 'Ny milepæl',
};

function phase(wb: Workbook, id: number): PlanPhase {
  const found = readPlanPhases(wb).find((p) => p.id === id);
  if (!found) throw notFound('Fasen');
  return found;
}

function milestone(wb: Workbook, id: number): Milestone {
  const found = readMilestones(wb).find((m) => m.id === id);
  if (!found) throw notFound('Milepælen');
  return found;
}

function assertNearPeriod(wb: Workbook, label: string, key: string | null | undefined): void {
  if (!key) return;
  const { periodStart, periodEnd } = readProgram(wb);
  const year = parseQuarter(key).year;
  if (year < parseQuarter(periodStart).year - MAX_YEARS_FROM_PERIOD || year > parseQuarter(periodEnd).year + MAX_YEARS_FROM_PERIOD) {
    throw new UserFacingError('invalid_input', `${label} ${formatQuarter(key)} ligger mere end ${MAX_YEARS_FROM_PERIOD} år fra programperioden`);
  }
}

function assertSpan(start: string, end: string | null): void {
  if (end !== null && compareQuarters(start, end) > 0) {
    throw new UserFacingError('invalid_input', `Fasen kan ikke slutte (${formatQuarter(end)}), før den begynder (${formatQuarter(start)})`);
  }
}

function initiativeNumber(tx: Transaction, id: number): number {
  const row = tx.require('initiative', id, 'Indsatsen');
  return row.number as number;
}

/** "slut 2022 K1 → 2022 K2" – what a phase edit changed, for the change log and Fortryd. */
function describeChange(before: PlanPhase, after: PlanPhase): string {
  const quarterText = (q: string | null) => (q === null ? 'periodens slutning' : formatQuarter(q));
  const parts: string[] = [];
  if (before.title !== after.title) parts.push('tekst');
  if (before.startQuarter !== after.startQuarter) parts.push(`start ${formatQuarter(before.startQuarter)} → ${formatQuarter(after.startQuarter)}`);
  if (before.endQuarter !== after.endQuarter) parts.push(`slut ${quarterText(before.endQuarter)} → ${quarterText(after.endQuarter)}`);
  if (before.status !== after.status) parts.push(`status ${before.status} → ${after.status}`);
  if (before.initiativeId !== after.initiativeId) parts.push('flyttet til anden indsats');
  return parts.join(', ') || 'ingen ændring';
}

export const planHandlers: HandlerMap<keyof typeof planChannels> = {
  'plan.get': (_input, ctx) => readPlanSheet(ctx.workbook()),

  'plan.phases.add': ({ initiativeId, title, startQuarter, endQuarter, status }, ctx) => {
    const wb = ctx.workbook();
    const end = endQuarter === undefined ? startQuarter : endQuarter;
    assertSpan(startQuarter, end);
    assertNearPeriod(wb, 'Startkvartal', startQuarter);
    assertNearPeriod(wb, 'Slutkvartal', end);
    const id = wb.mutate(ctx.author, `Tilføj fase til planen (${formatQuarter(startQuarter)})`, (tx) => {
      initiativeNumber(tx, initiativeId);
      return tx.insert('plan_phase', {
        initiative_id: initiativeId,
        title: title ?? 'Ny fase',
        start_quarter: startQuarter,
        end_quarter: end,
        status: status ?? 'planlagt',
        position: nextPosition(tx, 'plan_phase', 'initiative_id = ?', initiativeId),
      });
    });
    return phase(wb, id);
  },

  'plan.phases.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const before = phase(wb, id);
    const after: PlanPhase = { ...before, ...patch };
    assertSpan(after.startQuarter, after.endQuarter);
    assertNearPeriod(wb, 'Startkvartal', patch.startQuarter);
    assertNearPeriod(wb, 'Slutkvartal', patch.endQuarter);
    wb.mutate(ctx.author, `Ret fasen «${before.title}»: ${describeChange(before, after)}`, (tx) => {
      tx.require('plan_phase', id, 'Fasen');
      const row: Row = toRow(patch);
      if (patch.initiativeId !== undefined && patch.initiativeId !== before.initiativeId) {
        initiativeNumber(tx, patch.initiativeId);
        row.position = nextPosition(tx, 'plan_phase', 'initiative_id = ?', patch.initiativeId);
      }
      tx.update('plan_phase', id, row);
    });
    return phase(wb, id);
  },

  'plan.phases.move': ({ id, by }, ctx) => {
    const wb = ctx.workbook();
    const before = phase(wb, id);
    const startQuarter = addQuarters(before.startQuarter, by);
    const endQuarter = before.endQuarter === null ? null : addQuarters(before.endQuarter, by);
    assertNearPeriod(wb, 'Startkvartal', startQuarter);
    assertNearPeriod(wb, 'Slutkvartal', endQuarter);
    const direction = by > 0 ? 'frem' : 'tilbage';
    const count = Math.abs(by) === 1 ? 'ét kvartal' : `${Math.abs(by)} kvartaler`;
    wb.mutate(ctx.author, `Flyt fasen «${before.title}» ${count} ${direction}`, (tx) => {
      tx.require('plan_phase', id, 'Fasen');
      tx.update('plan_phase', id, { start_quarter: startQuarter, end_quarter: endQuarter });
    });
    return phase(wb, id);
  },

  'plan.phases.stretch': ({ id, edge, by }, ctx) => {
    const wb = ctx.workbook();
    const before = phase(wb, id);
    const after: PlanPhase =
      edge === 'start'
        ? { ...before, startQuarter: addQuarters(before.startQuarter, by) }
        : { ...before, endQuarter: addQuarters(phaseEnd(before, readProgram(wb).periodEnd), by) };
    assertSpan(after.startQuarter, after.endQuarter);
    assertNearPeriod(wb, 'Startkvartal', after.startQuarter);
    assertNearPeriod(wb, 'Slutkvartal', after.endQuarter);
    wb.mutate(ctx.author, `Ret fasen «${before.title}»: ${describeChange(before, after)}`, (tx) => {
      tx.require('plan_phase', id, 'Fasen');
      tx.update('plan_phase', id, { start_quarter: after.startQuarter, end_quarter: after.endQuarter });
    });
    return phase(wb, id);
  },

  'plan.phases.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const before = phase(wb, id);
    wb.mutate(ctx.author, `Slet fasen «${before.title}»`, (tx) => tx.remove('plan_phase', id));
    return null;
  },

  'plan.milestones.add': ({ kind, quarter, title, initiativeId, status, note }, ctx) => {
    const wb = ctx.workbook();
    assertNearPeriod(wb, 'Milepælens kvartal', quarter);
    const name = title ?? MILESTONE_TITLES[kind];
    const id = wb.mutate(ctx.author, `Tilføj milepælen «${name}» (${formatQuarter(quarter)})`, (tx) => {
      if (initiativeId) initiativeNumber(tx, initiativeId);
      return tx.insert('milestone', {
        initiative_id: initiativeId ?? null, kind, title: name, quarter, status: status ?? 'planlagt', note: note ?? '',
      });
    });
    return milestone(wb, id);
  },

  'plan.milestones.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const before = milestone(wb, id);
    assertNearPeriod(wb, 'Milepælens kvartal', patch.quarter);
    const what = patch.quarter && patch.quarter !== before.quarter
      ? `flyt ${formatQuarter(before.quarter)} → ${formatQuarter(patch.quarter)}`
      : Object.keys(patch).map((k) => ({ initiativeId: 'indsats', kind: 'type', title: 'navn', status: 'status', note: 'note', quarter: 'kvartal' })[k] ?? k).join(', ');
    wb.mutate(ctx.author, `Ret milepælen «${before.title}»: ${what}`, (tx) => {
      tx.require('milestone', id, 'Milepælen');
      if (patch.initiativeId) initiativeNumber(tx, patch.initiativeId);
      tx.update('milestone', id, toRow(patch));
    });
    return milestone(wb, id);
  },

  'plan.milestones.move': ({ id, by }, ctx) => {
    const wb = ctx.workbook();
    const before = milestone(wb, id);
    const quarter = addQuarters(before.quarter, by);
    assertNearPeriod(wb, 'Milepælens kvartal', quarter);
    wb.mutate(ctx.author, `Ret milepælen «${before.title}»: flyt ${formatQuarter(before.quarter)} → ${formatQuarter(quarter)}`, (tx) => {
      tx.require('milestone', id, 'Milepælen');
      tx.update('milestone', id, { quarter });
    });
    return milestone(wb, id);
  },

  'plan.milestones.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const before = milestone(wb, id);
    wb.mutate(ctx.author, `Slet milepælen «${before.title}»`, (tx) => tx.remove('milestone', id));
    return null;
  },
};
