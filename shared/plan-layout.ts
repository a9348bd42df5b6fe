// Where every phase and milestone sits on the Plan sheet, computed from the stored plan and
// today's quarter. Pure, so the sheet, the reports and the tests read the plan the same way.
import type { Milestone, PlanPhase, PlanSheetData } from './domain/plan';
import {
  compareQuarters, formatQuarter, formatSpan, maxQuarter, minQuarter, openEnd, positionInPeriod, quarterDistance,
  quartersBetween, spanContains, spanWithin, parseQuarter, type PeriodPosition, type QuarterKey,
} from './quarters';

export interface PlanColumn {
  key: QuarterKey;
  year: number;
  /** "K2" */
  label: string;
  inPeriod: boolean;
  isToday: boolean;
}

export interface PlacedPhase {
  phase: PlanPhase;
  /** The phase's last quarter; an open phase runs to the end of the period. */
  end: QuarterKey;
  openEnded: boolean;
  /** Column indexes (0-based, both included). */
  startColumn: number;
  endColumn: number;
  /** Row within the initiative; overlapping phases get different lanes. */
  lane: number;
  /** Past its end quarter and not afsluttet. */
  overdue: boolean;
  /** Wholly or partly outside the programme period. */
  outsidePeriod: boolean;
  /** Today's quarter lies in it. */
  current: boolean;
}

export interface PlacedMilestone {
  milestone: Milestone;
  column: number;
  outsidePeriod: boolean;
  /** Its quarter has passed and it is neither gennemført nor aflyst. */
  overdue: boolean;
}

export interface PlanRow {
  initiative: PlanSheetData['initiatives'][number];
  lanes: number;
  phases: PlacedPhase[];
  milestones: PlacedMilestone[];
  /** One line on where the initiative stands today, e.g. "Nu: Implementering af aktiviteter". */
  standing: string;
  currentPhases: PlanPhase[];
}

export interface PlanLayout {
  columns: PlanColumn[];
  years: Array<{ year: number; firstColumn: number; span: number }>;
  today: { key: QuarterKey; position: PeriodPosition; column: number | null; text: string };
  rows: PlanRow[];
  /** Milestones of the whole programme (no initiative). */
  programmeMilestones: PlacedMilestone[];
  phasesOutsidePeriod: PlacedPhase[];
  milestonesOutsidePeriod: PlacedMilestone[];
  overduePhases: PlacedPhase[];
  nextMilestone: Milestone | null;
}

export function phaseEnd(phase: Pick<PlanPhase, 'startQuarter' | 'endQuarter'>, periodEnd: QuarterKey): QuarterKey {
  return openEnd(phase.startQuarter, phase.endQuarter, periodEnd);
}

/** Whether a phase lies wholly within the period (an open phase ends with the period). */
export function phaseWithinPeriod(phase: Pick<PlanPhase, 'startQuarter' | 'endQuarter'>, periodStart: QuarterKey, periodEnd: QuarterKey): boolean {
  return spanWithin(phase.startQuarter, phaseEnd(phase, periodEnd), periodStart, periodEnd);
}

/** "Fra 2019 K3 til periodens slutning" or "2020 K1 – 2022 K1". */
export function describePhaseSpan(phase: Pick<PlanPhase, 'startQuarter' | 'endQuarter'>, periodEnd: QuarterKey): string {
  if (phase.endQuarter === null) return `${formatQuarter(phase.startQuarter)} – periodens slutning (${formatQuarter(phaseEnd(phase, periodEnd))})`;
  return formatSpan(phase.startQuarter, phase.endQuarter);
}

function assignLanes(phases: Array<{ start: QuarterKey; end: QuarterKey }>): number[] {
  const laneEnds: QuarterKey[] = [];
  return phases.map(({ start, end }) => {
    let lane = laneEnds.findIndex((laneEnd) => compareQuarters(laneEnd, start) < 0);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = end;
    return lane;
  });
}

function standingOf(phases: PlacedPhase[], today: QuarterKey, position: PeriodPosition): string {
  const current = phases.filter((p) => p.current);
  if (current.length) return `Nu: ${current.map((p) => p.phase.title).join(' + ')}`;
  if (phases.length === 0) return 'Ingen faser i planen';
  const last = phases.reduce((a, b) => (compareQuarters(b.end, a.end) > 0 ? b : a));
  const next = phases.filter((p) => compareQuarters(p.phase.startQuarter, today) > 0)
    .sort((a, b) => compareQuarters(a.phase.startQuarter, b.phase.startQuarter))[0];
  if (next) {
    const prefix = position === 'før' ? 'Før programperioden' : 'Mellem to faser';
    return `${prefix} – næste fase: ${next.phase.title} fra ${formatQuarter(next.phase.startQuarter)}`;
  }
  const prefix = position === 'efter' ? 'Efter programperioden' : 'Alle faser er passeret';
  return `${prefix} – sidste fase: ${last.phase.title} (${formatSpan(last.phase.startQuarter, last.end)})`;
}

export function buildPlanLayout(data: PlanSheetData): PlanLayout {
  const { periodStart, periodEnd, today } = data;
  const ends = data.phases.map((p) => phaseEnd(p, periodEnd));
  // The columns cover the period and everything stored outside it, so nothing is hidden.
  const first = minQuarter(periodStart, ...data.phases.map((p) => p.startQuarter), ...data.milestones.map((m) => m.quarter));
  const last = maxQuarter(periodEnd, ...ends, ...data.milestones.map((m) => m.quarter));
  const keys = quartersBetween(first, last);
  const column = (key: QuarterKey) => quarterDistance(first, key);
  const columns: PlanColumn[] = keys.map((key) => {
    const { year, quarter } = parseQuarter(key);
    return { key, year, label: `K${quarter}`, inPeriod: spanContains(periodStart, periodEnd, key), isToday: key === today };
  });
  const years: PlanLayout['years'] = [];
  columns.forEach((c, index) => {
    const current = years.at(-1);
    if (current && current.year === c.year) current.span += 1;
    else years.push({ year: c.year, firstColumn: index, span: 1 });
  });

  const placeMilestone = (m: Milestone): PlacedMilestone => ({
    milestone: m,
    column: column(m.quarter),
    outsidePeriod: !spanContains(periodStart, periodEnd, m.quarter),
    overdue: compareQuarters(m.quarter, today) < 0 && (m.status === 'foreslået' || m.status === 'planlagt'),
  });

  const position = positionInPeriod(today, periodStart, periodEnd);
  const rows: PlanRow[] = data.initiatives.map((initiative) => {
    const own = data.phases
      .filter((p) => p.initiativeId === initiative.id)
      .map((phase) => ({ phase, start: phase.startQuarter, end: phaseEnd(phase, periodEnd) }))
      .sort((a, b) => compareQuarters(a.start, b.start) || compareQuarters(a.end, b.end) || a.phase.position - b.phase.position || a.phase.id - b.phase.id);
    const lanes = assignLanes(own);
    const phases: PlacedPhase[] = own.map(({ phase, end }, i) => ({
      phase,
      end,
      openEnded: phase.endQuarter === null,
      startColumn: column(phase.startQuarter),
      endColumn: column(end),
      lane: lanes[i]!,
      overdue: compareQuarters(end, today) < 0 && phase.status !== 'afsluttet',
      outsidePeriod: !spanWithin(phase.startQuarter, end, periodStart, periodEnd),
      current: spanContains(phase.startQuarter, end, today),
    }));
    return {
      initiative,
      lanes: Math.max(1, ...lanes.map((l) => l + 1)),
      phases,
      milestones: data.milestones.filter((m) => m.initiativeId === initiative.id).map(placeMilestone),
      standing: standingOf(phases, today, position),
      currentPhases: phases.filter((p) => p.current).map((p) => p.phase),
    };
  });

  const allPhases = rows.flatMap((r) => r.phases);
  const placedMilestones = data.milestones.map(placeMilestone);
  const upcoming = data.milestones
    .filter((m) => compareQuarters(m.quarter, today) >= 0 && m.status !== 'gennemført' && m.status !== 'aflyst')
    .sort((a, b) => compareQuarters(a.quarter, b.quarter) || a.id - b.id);

  const todayColumn = keys.includes(today) ? column(today) : null;
  const todayText =
    position === 'efter'
      ? `I dag: ${formatQuarter(today)} – efter programperioden, der sluttede ${formatQuarter(periodEnd)}`
      : position === 'før'
        ? `I dag: ${formatQuarter(today)} – før programperioden, der begynder ${formatQuarter(periodStart)}`
        : `I dag: ${formatQuarter(today)} – kvartal ${quarterDistance(periodStart, today) + 1} af ${quarterDistance(periodStart, periodEnd) + 1} i programperioden`;

  return {
    columns,
    years,
    today: { key: today, position, column: todayColumn, text: todayText },
    rows,
    programmeMilestones: placedMilestones.filter((m) => m.milestone.initiativeId === null),
    phasesOutsidePeriod: allPhases.filter((p) => p.outsidePeriod),
    milestonesOutsidePeriod: placedMilestones.filter((m) => m.outsidePeriod),
    overduePhases: allPhases.filter((p) => p.overdue),
    nextMilestone: upcoming[0] ?? null,
  };
}
