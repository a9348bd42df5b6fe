// What an evaluation draft says about each initiative, as plain functions of its data, as of the
// period's end: the activities started, anchored (forankret) and stopped in the period, those
// running then with their participants, partners and local owners, the follow-ups' learning, and
// the money for the period's years. Anchoring and stopping are dated by the change log only; an
// activity the workbook first recorded as anchored after the period is named as such, never
// guessed into the period.
import type { Activity, ActivityStatus, FollowUp } from '../../../shared/domain/activity';
import type { BudgetData, YearAmount } from '../../../shared/domain/budget';
import type { DecisionRow } from '../../../shared/domain/meeting-views';
import type { Milestone } from '../../../shared/domain/plan';
import type { Program } from '../../../shared/domain/program';
import { isQuarterKey, quarterDateRange } from '../../../shared/quarters';
import { budgetAsOf, decisionsInPeriod, inPeriod } from '../status/status-analysis';
import type { StatusPeriod } from '../status/status-report-data';
import type { ActivityStatusChange, EvaluationData } from './evaluation-data';

/** The day the draft reads the workbook as of: the period's end, or the draft's date when earlier. */
export function evaluationAsOf(data: Pick<EvaluationData, 'date' | 'period'>): string {
  return data.period.to < data.date ? data.period.to : data.date;
}

/**
 * The period an evaluation suggests: the programme period from its first day, to its last or to
 * today while it runs; a workbook without a readable programme period gets the current year.
 */
export function defaultEvaluationPeriod(programme: Pick<Program, 'periodStart' | 'periodEnd'>, today: string): StatusPeriod {
  if (!isQuarterKey(programme.periodStart) || !isQuarterKey(programme.periodEnd)) return { from: `${today.slice(0, 4)}-01-01`, to: today };
  const from = quarterDateRange(programme.periodStart).from;
  const end = quarterDateRange(programme.periodEnd).to;
  return from > today ? { from, to: end } : { from, to: end < today ? end : today };
}

/** The period as far as the workbook can know it: from its start to evaluationAsOf. */
export function knownPeriod(data: Pick<EvaluationData, 'date' | 'period'>): StatusPeriod {
  return { from: data.period.from, to: evaluationAsOf(data) };
}

/** The budget's years the period touches; forbrug is one amount per line and year, so those years count whole. */
export function budgetForPeriod(budget: BudgetData, period: StatusPeriod): BudgetData {
  const first = Number(period.from.slice(0, 4));
  const upToEnd = budgetAsOf(budget, period.to);
  const keep = (amounts: Record<number, YearAmount>) => Object.fromEntries(Object.entries(amounts).filter(([y]) => Number(y) >= first));
  return { ...upToEnd, years: upToEnd.years.filter((y) => y >= first), groups: upToEnd.groups.map((g) => ({ ...g, lines: g.lines.map((l) => ({ ...l, amounts: keep(l.amounts) })) })) };
}

export interface LaterRecorded {
  activity: Activity;
  status: ActivityStatus;
  /** The day the change log first shows the status, after the period. */
  on: string;
}

export interface InitiativeEvaluation {
  started: Activity[];
  anchored: Activity[];
  stopped: Activity[];
  /** Anchored or stopped today, but recorded so only after the period: when it happened is not known. */
  recordedLater: LaterRecorded[];
  /** Started by the period's end and not stopped before it began: the activities of the period. */
  running: Activity[];
  participants: number;
  /** Running activities whose number of participants is not filled in. */
  withoutCount: number;
  partners: string[];
  localOwners: Array<{ activity: Activity; owner: string }>;
  followUps: FollowUp[];
}

function changesInto(changes: ActivityStatusChange[], status: ActivityStatus, period: StatusPeriod): Set<number> {
  return new Set(changes.filter((c) => c.after === status && inPeriod(c.on, period)).map((c) => c.activityId));
}

/** The status the change log shows at the end of a day, or undefined when it has no record by then. */
function loggedStatusOn(changes: ActivityStatusChange[], activityId: number, day: string): ActivityStatus | null | undefined {
  let status: ActivityStatus | null | undefined;
  for (const c of changes) if (c.activityId === activityId && c.on <= day) status = c.after;
  return status;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

export function evaluateInitiative(data: EvaluationData, initiativeId: number): InitiativeEvaluation {
  const period = knownPeriod(data);
  const activities = data.activities.filter((a) => a.initiativeId === initiativeId);
  const anchoredIds = changesInto(data.statusChanges, 'forankret', period);
  const stoppedIds = changesInto(data.statusChanges, 'stoppet', period);
  const recordedLater: LaterRecorded[] = [];
  for (const a of activities) {
    if (a.status !== 'forankret' && a.status !== 'stoppet') continue;
    if ((a.status === 'forankret' ? anchoredIds : stoppedIds).has(a.id)) continue;
    if (a.startDate !== null && a.startDate > period.to) continue;
    const into = data.statusChanges.filter((c) => c.activityId === a.id && c.after === a.status);
    if (into.length > 0 && into.every((c) => c.on > period.to)) recordedLater.push({ activity: a, status: a.status, on: into[0]!.on });
  }
  const stoppedBefore = (a: Activity) => loggedStatusOn(data.statusChanges, a.id, dayBefore(period.from)) === 'stoppet';
  const running = activities.filter(
    (a) => a.status !== 'idé' && a.status !== 'planlagt' && a.startDate !== null && a.startDate <= period.to && !stoppedBefore(a),
  );
  const partnerIds = [...new Set(running.flatMap((a) => a.partnerIds))];
  return {
    started: activities.filter((a) => a.status !== 'idé' && a.status !== 'planlagt' && inPeriod(a.startDate, period)),
    anchored: activities.filter((a) => anchoredIds.has(a.id)),
    stopped: activities.filter((a) => stoppedIds.has(a.id)),
    recordedLater,
    running,
    participants: running.reduce((sum, a) => sum + (a.participants ?? 0), 0),
    withoutCount: running.filter((a) => a.participants === null).length,
    partners: partnerIds.map((id) => data.partners[id]).filter((n): n is string => n !== undefined),
    localOwners: running.filter((a) => a.localOwner.trim() !== '').map((a) => ({ activity: a, owner: a.localOwner })),
    followUps: data.followUps
      .filter((f) => f.initiativeId === initiativeId && inPeriod(f.date, period))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id),
  };
}

/** The decisions of the period, procedure left out, as the statusnotat lists them. */
export function evaluationDecisions(data: EvaluationData): DecisionRow[] {
  return decisionsInPeriod({ decisions: data.decisions, standingItems: data.standingItems, period: knownPeriod(data) });
}

/** The milestones for the decision on continuation (beslutning om videreførelse), in order. */
export function continuationMilestones(data: Pick<EvaluationData, 'milestones'>): Milestone[] {
  return data.milestones.filter((m) => m.kind === 'beslutning om videreførelse').sort((a, b) => a.quarter.localeCompare(b.quarter) || a.id - b.id);
}
