// The judgements a statusnotat makes, as plain functions of its data and its date: where the
// plan stands, which phases are overdue, where spending exceeds the budget, which actions are
// open or overdue, what happened in the period.
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { BudgetTotals } from '../../../shared/domain/budget';
import type { PlanPhase } from '../../../shared/domain/plan';
import {
  compareQuarters, formatQuarter, positionInPeriod, quarterDateRange, quarterOfDate, type PeriodPosition, type QuarterKey,
} from '../../../shared/quarters';
import type { StatusAction, StatusActivity, StatusFollowUp, StatusMilestone, StatusPeriod, StatusReportData } from './status-report-data';

export function inPeriod(date: string | null, period: StatusPeriod): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

/** A phase without an end runs to the end of the programme period. */
export function phaseEnd(phase: PlanPhase, periodEnd: QuarterKey): QuarterKey {
  return phase.endQuarter ?? periodEnd;
}

export interface InitiativePosition {
  /** Phases running in the current quarter. */
  current: PlanPhase[];
  /** The first phase that has not started yet. */
  next: PlanPhase | null;
  /** The phase that ended last, when none runs now. */
  last: PlanPhase | null;
}

export interface PlanPosition {
  currentQuarter: QuarterKey;
  position: PeriodPosition;
  /** "2026 K4 ligger efter programperioden (2019 K2 – 2022 K4)" */
  sentence: string;
  byInitiative: Map<number, InitiativePosition>;
  nextMilestone: StatusMilestone | null;
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

  const nextMilestone =
    [...data.milestones]
      .filter((m) => !m.done && compareQuarters(m.quarter, currentQuarter) >= 0)
      .sort((a, b) => compareQuarters(a.quarter, b.quarter))[0] ?? null;

  const overduePhases = data.phases.filter(
    (p) => p.status !== 'afsluttet' && compareQuarters(phaseEnd(p, periodEnd), currentQuarter) < 0,
  );
  return { currentQuarter, position, sentence, byInitiative, nextMilestone, overduePhases };
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

export function openActions(actions: StatusAction[]): StatusAction[] {
  return actions
    .filter((a) => a.status !== 'færdig')
    .sort((a, b) => (a.deadline ?? '9999-12-31').localeCompare(b.deadline ?? '9999-12-31') || a.id - b.id);
}

export function isOverdue(action: StatusAction, today: string): boolean {
  return action.status !== 'færdig' && action.deadline !== null && action.deadline < today;
}

export interface InitiativeProgress {
  startedInPeriod: StatusActivity[];
  underway: StatusActivity[];
  planned: StatusActivity[];
  participants: number;
  followUpsInPeriod: StatusFollowUp[];
  latestBefore: StatusFollowUp | null;
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
