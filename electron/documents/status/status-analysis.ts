// The judgements a statusnotat makes, as plain functions of its data, all as of the period's end
// (asOfDate): where the plan stands, which phases are overdue, where spending exceeds the budget,
// which actions are open or overdue, what happened in the period. A notat for 2022 K2 written in
// 2026 reads as it would have on 30 June 2022, never as today.
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { Activity, FollowUp } from '../../../shared/domain/activity';
import type { BudgetData, BudgetTotals } from '../../../shared/domain/budget';
import type { StandingItemKind } from '../../../shared/domain/meeting';
import type { ActionRow, DecisionRow } from '../../../shared/domain/meeting-views';
import type { Milestone, PhaseStatus, PlanPhase } from '../../../shared/domain/plan';
import { isOpen } from '../../../shared/meetings/carry-over';
import type { PointOutcome } from '../../../shared/meetings/point-decisions';
import { phaseEnd } from '../../../shared/plan-layout';
import {
  compareQuarters, formatQuarter, positionInPeriod, quarterDateRange, quarterOfDate, quartersBetween, type PeriodPosition, type QuarterKey,
} from '../../../shared/quarters';
import type { StatusPeriod, StatusReportData } from './status-report-data';

export function inPeriod(date: string | null, period: StatusPeriod): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

/**
 * The day the notat reads the workbook as of: the period's end, or the notat's own date when the
 * period runs on past it (the workbook cannot know what has not happened yet).
 */
export function asOfDate(data: Pick<StatusReportData, 'date' | 'period'>): string {
  return data.period.to < data.date ? data.period.to : data.date;
}

/** Whether the notat looks back on a period that ended before the notat's date. */
export function looksBack(data: Pick<StatusReportData, 'date' | 'period'>): boolean {
  return data.period.to < data.date;
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

/**
 * A milestone as it stood at the end of a quarter: one held (gennemført) in a later quarter was
 * still planned then. A cancelled one stays cancelled – the workbook does not say when.
 */
export function milestoneOn(m: Milestone, quarter: QuarterKey): Milestone {
  return m.status === 'gennemført' && compareQuarters(m.quarter, quarter) > 0 ? { ...m, status: 'planlagt' } : m;
}

/**
 * A phase's status at the end of a quarter, from its quarters: one that starts later was planned
 * then, and one marked afsluttet that runs past the quarter was still under way then.
 */
export function phaseStatusOn(phase: PlanPhase, quarter: QuarterKey, periodEnd: QuarterKey): PhaseStatus {
  if (compareQuarters(phase.startQuarter, quarter) > 0) return 'planlagt';
  if (phase.status === 'afsluttet' && compareQuarters(phaseEnd(phase, periodEnd), quarter) > 0) return 'i gang';
  return phase.status;
}

export interface PlanPosition {
  /** The quarter of the period's end: the notat's "now". */
  currentQuarter: QuarterKey;
  position: PeriodPosition;
  /** "Perioden slutter i 2022 K2, programperiodens 13. kvartal af 15." */
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

/**
 * Where the period's end lies in the programme period, said without the programme's later
 * quarters (the fact table gives the programme period once): "Perioden slutter i 2022 K2,
 * programperiodens 13. kvartal af 15."
 */
function positionSentence(quarter: QuarterKey, position: PeriodPosition, periodStart: QuarterKey, periodEnd: QuarterKey): string {
  const q = formatQuarter(quarter);
  if (position === 'før') return `Perioden slutter i ${q}, før programperioden begynder; programmet er ikke gået i gang endnu.`;
  if (position === 'efter') return `Perioden slutter i ${q}, efter programperioden, som sluttede med ${formatQuarter(periodEnd)}.`;
  const all = quartersBetween(periodStart, periodEnd).length;
  const nth = quartersBetween(periodStart, quarter).length;
  return `Perioden slutter i ${q}, programperiodens ${nth}. kvartal af ${all}.`;
}

export function planPosition(data: StatusReportData): PlanPosition {
  const { periodStart, periodEnd } = data.programme;
  const currentQuarter = quarterOfDate(asOfDate(data));
  const position = positionInPeriod(currentQuarter, periodStart, periodEnd);
  const sentence = positionSentence(currentQuarter, position, periodStart, periodEnd);

  const phasesThen = data.phases.map((p) => ({ ...p, status: phaseStatusOn(p, currentQuarter, periodEnd) }));
  const byInitiative = new Map<number, InitiativePosition>();
  for (const initiative of data.initiatives) {
    const phases = phasesThen
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

  const pending = data.milestones
    .map((m) => milestoneOn(m, currentQuarter))
    .filter(isPendingMilestone)
    .sort((a, b) => compareQuarters(a.quarter, b.quarter) || a.id - b.id);
  const nextMilestone = pending.find((m) => compareQuarters(m.quarter, currentQuarter) >= 0) ?? null;
  const missedMilestones = pending.filter((m) => compareQuarters(m.quarter, currentQuarter) < 0);

  const overduePhases = phasesThen.filter(
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

/** The budget's years up to and including the year the period ends in. */
export function yearsUpTo(budget: BudgetData, asOf: string): number[] {
  const last = Number(asOf.slice(0, 4));
  return budget.years.filter((y) => y <= last);
}

/**
 * The budget as of a day: only the years up to and including its year. Forbrug is entered as one
 * amount per line and year, so the end year counts whole – the notat says so rather than
 * inventing a split by month.
 */
export function budgetAsOf(budget: BudgetData, asOf: string): BudgetData {
  const years = yearsUpTo(budget, asOf);
  const keep = new Set(years);
  return {
    ...budget,
    years,
    groups: budget.groups.map((g) => ({
      ...g,
      lines: g.lines.map((l) => ({ ...l, amounts: Object.fromEntries(Object.entries(l.amounts).filter(([y]) => keep.has(Number(y)))) })),
    })),
  };
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
 * Open on a day: agreed at a meeting by then and not done by then (completed_on later). For
 * today this is the Handlinger sheet's "åbne"; for a period's end it reads as it stood then.
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

/**
 * An initiative's activities and follow-ups as of the period's end. An activity counts as under
 * way when it is running or anchored and started by then; one started later is left out (it had
 * not started, and the workbook does not say whether it was planned then). Planned activities and
 * ideas are those marked so today, by name only.
 */
export function initiativeProgress(data: StatusReportData, initiativeId: number): InitiativeProgress {
  const asOf = asOfDate(data);
  const upToEnd = { from: data.period.from, to: asOf };
  const activities = data.activities.filter((a) => a.initiativeId === initiativeId);
  const followUps = data.followUps.filter((f) => f.initiativeId === initiativeId && f.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const active = activities.filter((a) => (a.status === 'i gang' || a.status === 'forankret') && a.startDate !== null && a.startDate <= asOf);
  return {
    startedInPeriod: activities.filter((a) => a.status !== 'idé' && a.status !== 'planlagt' && inPeriod(a.startDate, upToEnd)),
    underway: active,
    planned: activities.filter((a) => a.status === 'planlagt' || a.status === 'idé'),
    participants: active.reduce((sum, a) => sum + (a.participants ?? 0), 0),
    followUpsInPeriod: followUps.filter((f) => inPeriod(f.date, upToEnd)),
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

/** The outcome a standing item's point has when the meeting simply did the routine thing. */
const ROUTINE_OUTCOME: Record<StandingItemKind, PointOutcome> = {
  approveAgenda: 'Godkendt',
  followUp: 'Taget til efterretning',
  anyOtherBusiness: 'Taget til efterretning',
};

/** One clause that only takes something note of: "Orienteringen blev taget til efterretning." */
const ONLY_TAKEN_NOTE = /^[^.,;:]*\btil efterretning\.?$/i;
/** What a standing item's own decision says when it only records the routine. */
const ROUTINE_TEXT: Record<StandingItemKind, RegExp> = {
  approveAgenda: /^dagsordenen\b(?![^.]*\bikke\b)[^.;:]*\bgodkend[a-z]*\b[^.;:]*\.?$/i,
  followUp: ONLY_TAKEN_NOTE,
  anyOtherBusiness: /^(intet|ingen( bemærkninger)?|intet at bemærke)\.?$/i,
};

/**
 * Procedure, not a decision for the director: a standing item (Godkendelse af dagsorden,
 * Opfølgning, Eventuelt) with nothing recorded beyond its routine – the agenda approved, the
 * follow-up taken note of – and any point or item only "taget til efterretning". A dissent, a
 * text on a point or another outcome makes it a decision.
 */
export function isProceduralDecision(row: DecisionRow, standing: StandingItemKind | null): boolean {
  if (row.dissents.length > 0) return false;
  const text = row.decision.trim();
  if (row.pointIndex === null) return standing !== null ? ROUTINE_TEXT[standing].test(text) : ONLY_TAKEN_NOTE.test(text);
  if (text !== '') return false;
  if (row.outcome === null || row.outcome === 'Taget til efterretning') return true;
  return standing !== null && row.outcome === ROUTINE_OUTCOME[standing];
}

/** The decisions the notat lists: taken at meetings in the period, procedure left out. */
export function decisionsInPeriod(data: Pick<StatusReportData, 'decisions' | 'period' | 'standingItems'>): DecisionRow[] {
  return data.decisions
    .filter((d) => inPeriod(d.meetingDate, data.period) && !isProceduralDecision(d, data.standingItems[d.id] ?? null))
    .sort((a, b) => a.meetingDate.localeCompare(b.meetingDate));
}
