// The judgements a statusnotat makes, as plain functions of its data and its date: where the
// plan stands, which phases are overdue, where spending exceeds the budget, which actions are
// open or overdue, what happened in the period.
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { Activity, FollowUp } from '../../../shared/domain/activity';
import type { BudgetTotals } from '../../../shared/domain/budget';
import type { ActionRow } from '../../../shared/domain/meeting-views';
import type { Milestone, PlanPhase } from '../../../shared/domain/plan';
import { isOpen } from '../../../shared/meetings/carry-over';
import { phaseEnd } from '../../../shared/plan-layout';
import {
  compareQuarters, formatQuarter, positionInPeriod, quarterDateRange, quarterOfDate, type PeriodPosition, type QuarterKey,
} from '../../../shared/quarters';
import type { StatusPeriod, StatusReportData } from './status-report-data';

export function inPeriod(date: string | null, period: StatusPeriod): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

export interface InitiativePosition {
  /** Phases running in the current quarter. */
  current: PlanPhase[];
  /** The first phase that has not started yet. */
  next: PlanPhase | null;
  /** The phase that ended last, when none runs now. */
  last: PlanPhase | null;
}

/** Still to come: proposed or planned, neither held (gennemført) nor called off (aflyst). */
export function isPendingMilestone(m: Pick<Milestone, 'status'>): boolean {
  return m.status === 'foreslået' || m.status === 'planlagt';
}

export interface PlanPosition {
  currentQuarter: QuarterKey;
  position: PeriodPosition;
  /** "2026 K4 ligger efter programperioden (2019 K2 – 2022 K4)" */
  sentence: string;
  byInitiative: Map<number, InitiativePosition>;
  nextMilestone: Milestone | null;
  /** Milestones whose quarter has passed without their being marked gennemført (or aflyst). */
  missedMilestones: Milestone[];
  overduePhases: PlanPhase[];
}

export function periodText(start: QuarterKey, end: QuarterKey): string {
  return `${formatQuarter(start)} – ${formatQuarter(end)}`;
}

export function planPosition(data: StatusReportData): PlanPosition {
  const { periodStart, periodEnd } = data.programme;
  const currentQuarter = quarterOfDate(data.date);
  const position = positionInPeriod(currentQuarter, periodStart, periodEnd);
  const period = periodText(periodStart, periodEnd);
  const sentence =
    position === 'før'
      ? `${formatQuarter(currentQuarter)} ligger før programperioden (${period}); programmet er ikke gået i gang endnu.`
      : position === 'efter'
        ? `${formatQuarter(currentQuarter)} ligger efter programperioden (${period}); programperioden er afsluttet.`
        : `${formatQuarter(currentQuarter)} ligger i programperioden (${period}).`;

  const byInitiative = new Map<number, InitiativePosition>();
  for (const initiative of data.initiatives) {
    const phases = data.phases
      .filter((p) => p.initiativeId === initiative.id)
      .sort((a, b) => compareQuarters(a.startQuarter, b.startQuarter) || a.position - b.position);
    const current = phases.filter(
      (p) => compareQuarters(p.startQuarter, currentQuarter) <= 0 && compareQuarters(phaseEnd(p, periodEnd), currentQuarter) >= 0,
    );
    const next = phases.find((p) => compareQuarters(p.startQuarter, currentQuarter) > 0) ?? null;
    const ended = phases.filter((p) => compareQuarters(phaseEnd(p, periodEnd), currentQuarter) < 0);
    const last = ended.sort((a, b) => compareQuarters(phaseEnd(a, periodEnd), phaseEnd(b, periodEnd)))[ended.length - 1] ?? null;
    byInitiative.set(initiative.id, { current, next, last });
  }

  const pending = data.milestones.filter(isPendingMilestone).sort((a, b) => compareQuarters(a.quarter, b.quarter) || a.id - b.id);
  const nextMilestone = pending.find((m) => compareQuarters(m.quarter, currentQuarter) >= 0) ?? null;
  const missedMilestones = pending.filter((m) => compareQuarters(m.quarter, currentQuarter) < 0);

  const overduePhases = data.phases.filter(
    (p) => p.status !== 'afsluttet' && compareQuarters(phaseEnd(p, periodEnd), currentQuarter) < 0,
  );
  return { currentQuarter, position, sentence, byInitiative, nextMilestone, missedMilestones, overduePhases };
}

export interface Overspend {
  /** "Indsats 1 og 2 – social innovator: Løn, 2021" or "Hele budgettet, 2021" */
  where: string;
  budget: number;
  actual: number;
}

/** Lines and years where the spending entered exceeds the budget, then whole years. */
export function overspending(data: StatusReportData, totals: BudgetTotals = computeBudgetTotals(data.budget)): Overspend[] {
  const found: Overspend[] = [];
  for (const group of data.budget.groups) {
    for (const line of group.lines) {
      for (const year of data.budget.years) {
        const amount = line.amounts[year];
        if (amount?.actual !== null && amount?.actual !== undefined && amount.actual > (amount.budget ?? 0)) {
          found.push({ where: `${group.title}: ${line.costType}, ${year}`, budget: amount.budget ?? 0, actual: amount.actual });
        }
      }
    }
  }
  for (const year of data.budget.years) {
    const f = totals.grand.byYear[year]!;
    if (f.actual > f.budget) found.push({ where: `Hele budgettet, ${year}`, budget: f.budget, actual: f.actual });
  }
  return found;
}

/**
 * Open on the note's date: agreed at a meeting by then and not done by then. For a note dated
 * today this is the Handlinger sheet's "åbne"; a note dated earlier reads as it would have then.
 */
export function isOpenOn(action: ActionRow, date: string): boolean {
  if (action.meetingDate > date) return false;
  return isOpen(action) || (action.completedOn !== null && action.completedOn > date);
}

/** Open on the date and past its deadline (the deadline day itself is not overdue). */
export function isOverdueOn(action: ActionRow, date: string): boolean {
  return isOpenOn(action, date) && action.deadline !== null && action.deadline < date;
}

/** The actions open on the date, soonest deadline first. */
export function openActions(actions: ActionRow[], date: string): ActionRow[] {
  return actions
    .filter((a) => isOpenOn(a, date))
    .sort((a, b) => (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') || a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id);
}

export interface InitiativeProgress {
  startedInPeriod: Activity[];
  underway: Activity[];
  planned: Activity[];
  participants: number;
  followUpsInPeriod: FollowUp[];
  latestBefore: FollowUp | null;
}

export function initiativeProgress(data: StatusReportData, initiativeId: number): InitiativeProgress {
  const activities = data.activities.filter((a) => a.initiativeId === initiativeId);
  const followUps = data.followUps.filter((f) => f.initiativeId === initiativeId).sort((a, b) => a.date.localeCompare(b.date));
  const active = activities.filter((a) => a.status === 'i gang' || a.status === 'forankret');
  return {
    startedInPeriod: activities.filter((a) => inPeriod(a.startDate, data.period)),
    underway: active,
    planned: activities.filter((a) => a.status === 'planlagt' || a.status === 'idé'),
    participants: active.reduce((sum, a) => sum + (a.participants ?? 0), 0),
    followUpsInPeriod: followUps.filter((f) => inPeriod(f.date, data.period)),
    latestBefore: followUps.filter((f) => f.date < data.period.from).pop() ?? null,
  };
}

/** The default period: from the day after the last statusnotat, else the current quarter; to today. */
export function defaultStatusPeriod(today: string, lastReportTo: string | null): StatusPeriod {
  if (lastReportTo && lastReportTo < today) {
    const next = new Date(`${lastReportTo}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { from: next.toISOString().slice(0, 10), to: today };
  }
  return { from: quarterDateRange(quarterOfDate(today)).from, to: today };
}
