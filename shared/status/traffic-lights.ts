// Traffic lights by explicit rules: for each initiative and for the programme, three axes –
// tid (the plan), økonomi (the budget) and indhold (the status the innovator sets) – each with a
// Danish reason. The thresholds are the workbook's own settings (status_rules, migration 013);
// the defaults follow the Danish state's practice for project status reporting. Pure: the same
// judgement for the Indsatser sheet (as of today) and the statusnotat (as of its period's end).
import { effectiveForecast } from '../budget-forecast';
import type { BudgetData } from '../domain/budget';
import type { Initiative, InitiativeStatus } from '../domain/initiative';
import type { Milestone, PlanPhase } from '../domain/plan';
import { formatKroner } from '../money';
import { formatQuarter, openEnd, quarterDateRange, type QuarterKey } from '../quarters';

export type LightColour = InitiativeStatus;
export type LightAxis = 'tid' | 'økonomi' | 'indhold';
export const LIGHT_AXES: readonly LightAxis[] = ['tid', 'økonomi', 'indhold'];
export const LIGHT_AXIS_NAMES: Readonly<Record<LightAxis, string>> = { tid: 'Tid', økonomi: 'Økonomi', indhold: 'Indhold' };

/** The workbook's thresholds (one row, status_rules). Percent and months are whole numbers. */
export interface StatusRules {
  /** Økonomi is red when the overrun is more than this many percent of the budget. */
  economyRedPercent: number;
  /** Økonomi is yellow when the overrun is more than this many percent (0: any overrun). */
  economyYellowPercent: number;
  /** Tid is red when a phase or milestone is more than this many months late. */
  timeRedMonths: number;
  /** Tid is yellow when a phase or milestone is at least this many months late. */
  timeYellowMonths: number;
}

export const STATUS_RULE_FIELDS = ['economyRedPercent', 'economyYellowPercent', 'timeRedMonths', 'timeYellowMonths'] as const;
export type StatusRuleField = (typeof STATUS_RULE_FIELDS)[number];

export const STATUS_RULE_LABELS: Readonly<Record<StatusRuleField, string>> = {
  economyRedPercent: 'Økonomi rød ved overskridelse over (%)',
  economyYellowPercent: 'Økonomi gul ved overskridelse over (%)',
  timeRedMonths: 'Tid rød ved forsinkelse over (måneder)',
  timeYellowMonths: 'Tid gul ved forsinkelse på mindst (måneder)',
};

/** The thresholds as a sentence names them (change log, messages). */
export const STATUS_RULE_NAMES: Readonly<Record<StatusRuleField, string>> = {
  economyRedPercent: 'grænsen for rød økonomi',
  economyYellowPercent: 'grænsen for gul økonomi',
  timeRedMonths: 'grænsen for rød tid',
  timeYellowMonths: 'grænsen for gul tid',
};

export const DEFAULT_STATUS_RULES: StatusRules = { economyRedPercent: 10, economyYellowPercent: 0, timeRedMonths: 3, timeYellowMonths: 1 };

/** Why a set of rules cannot hold (yellow must come before red), in Danish; null when it can. */
export function statusRulesProblem(rules: StatusRules): string | null {
  if (rules.economyYellowPercent > rules.economyRedPercent) return 'Grænsen for gul økonomi kan ikke ligge over grænsen for rød';
  if (rules.timeYellowMonths > rules.timeRedMonths) return 'Grænsen for gul tid kan ikke ligge over grænsen for rød';
  return null;
}

function months(n: number): string {
  return n === 1 ? '1 måned' : `${n} måneder`;
}

/** »Regler: økonomi rød ved overskridelse over 10 %, gul over 0 %; tid rød ved mere end 3 måneders forsinkelse, gul ved 1 måned.« */
export function describeStatusRules(rules: StatusRules): string {
  return (
    `Regler: økonomi rød ved overskridelse over ${rules.economyRedPercent} %, gul ved overskridelse over ${rules.economyYellowPercent} %; ` +
    `tid rød ved forsinkelse over ${months(rules.timeRedMonths)}, gul ved forsinkelse på mindst ${months(rules.timeYellowMonths)}; ` +
    'indhold er den status, indsatsen selv har sat. Programmets lys på hver akse er det dårligste blandt indsatsernes.'
  );
}

export interface Light {
  colour: LightColour;
  /** Why, in Danish: which phase and how many months, which line and how many percent and kroner. */
  reason: string;
}

export type AxisLights = Record<LightAxis, Light>;

export interface InitiativeLights {
  initiativeId: number;
  number: number;
  title: string;
  lights: AxisLights;
}

export interface TrafficLights {
  /** ISO date the lights are measured as of. */
  asOf: string;
  rules: StatusRules;
  initiatives: InitiativeLights[];
  programme: AxisLights;
}

export interface TrafficLightInput {
  asOf: string;
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  initiatives: Array<Pick<Initiative, 'id' | 'number' | 'title' | 'status' | 'statusReason'>>;
  phases: Array<Pick<PlanPhase, 'initiativeId' | 'title' | 'startQuarter' | 'endQuarter' | 'status'>>;
  milestones: Array<Pick<Milestone, 'initiativeId' | 'title' | 'quarter' | 'status'>>;
  budget: Pick<BudgetData, 'groups'>;
}

const SEVERITY: Readonly<Record<LightColour, number>> = { grøn: 0, gul: 1, rød: 2 };

function worst<T extends { colour: LightColour }>(items: readonly T[]): T | undefined {
  return items.reduce<T | undefined>((w, x) => (w === undefined || SEVERITY[x.colour] > SEVERITY[w.colour] ? x : w), undefined);
}

// --- tid -------------------------------------------------------------------------------------

interface IsoParts {
  year: number;
  month: number;
  day: number;
}

function parts(iso: string): IsoParts {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** The day after a quarter ends: from then on, what was due in it is late. */
function dueDay(key: QuarterKey): string {
  const end = new Date(`${quarterDateRange(key).to}T12:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  return end.toISOString().slice(0, 10);
}

/**
 * How late something due on `due` is on `asOf`: whole calendar months and the days beyond them.
 * Due 2022-07-01: on 2022-10-01 it is exactly 3 months late, on 2022-10-02 3 months and 1 day.
 * null when it is not late (asOf before the due day).
 */
export function lateness(due: string, asOf: string): { months: number; days: number } | null {
  if (asOf < due) return null;
  const d = parts(due);
  const a = parts(asOf);
  let whole = (a.year - d.year) * 12 + (a.month - d.month);
  if (a.day < d.day) whole -= 1;
  // The day `whole` months after the due day (the due days here are always the 1st of a month).
  const anniversary = new Date(Date.UTC(d.year, d.month - 1 + whole, d.day, 12));
  const days = Math.round((Date.parse(`${asOf}T12:00:00Z`) - anniversary.getTime()) / 86_400_000);
  return { months: whole, days };
}

function latenessText(l: { months: number; days: number }): string {
  if (l.months === 0 && l.days === 0) return 'fra i dag';
  const d = l.days === 1 ? '1 dag' : `${l.days} dage`;
  if (l.months === 0) return d;
  return l.days === 0 ? months(l.months) : `${months(l.months)} og ${d}`;
}

function timeColour(l: { months: number; days: number }, rules: StatusRules): LightColour {
  const over = (n: number) => l.months > n || (l.months === n && l.days > 0);
  if (over(rules.timeRedMonths)) return 'rød';
  if (l.months >= rules.timeYellowMonths) return 'gul';
  return 'grøn';
}

interface Late {
  colour: LightColour;
  what: string;
  sortKey: number;
}

function lateItems(input: TrafficLightInput, rules: StatusRules, initiativeId: number | null): Late[] {
  const late: Late[] = [];
  for (const phase of input.phases) {
    if (phase.initiativeId !== initiativeId || phase.status === 'afsluttet') continue;
    const end = openEnd(phase.startQuarter, phase.endQuarter, input.periodEnd);
    const l = lateness(dueDay(end), input.asOf);
    if (!l) continue;
    late.push({
      colour: timeColour(l, rules),
      what: `fasen »${phase.title}« skulle være afsluttet i ${formatQuarter(end)} og er forsinket ${latenessText(l)}`,
      sortKey: l.months * 40 + l.days,
    });
  }
  for (const m of input.milestones) {
    if (m.initiativeId !== initiativeId || m.status === 'gennemført' || m.status === 'aflyst') continue;
    const l = lateness(dueDay(m.quarter), input.asOf);
    if (!l) continue;
    late.push({
      colour: timeColour(l, rules),
      what: `milepælen »${m.title}« (${formatQuarter(m.quarter)}) er ikke gennemført og er forsinket ${latenessText(l)}`,
      sortKey: l.months * 40 + l.days,
    });
  }
  return late.sort((a, b) => b.sortKey - a.sortKey);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function timeLight(late: Late[], rules: StatusRules, nothingLate: string): Light {
  const top = worst(late);
  if (!top) return { colour: 'grøn', reason: nothingLate };
  // late is sorted most late first, so the first of the worst colour is the one to name.
  const named = late.find((x) => x.colour === top.colour)!;
  const rule =
    top.colour === 'rød' ? `over ${months(rules.timeRedMonths)}` : top.colour === 'gul' ? `mindst ${months(rules.timeYellowMonths)}` : `under ${months(rules.timeYellowMonths)}`;
  const others = late.length - 1;
  const more = others > 0 ? ` (og ${others} ${others === 1 ? 'anden forsinkelse' : 'andre forsinkelser'})` : '';
  return { colour: top.colour, reason: `${capitalised(named.what)} – ${rule}${more}.` };
}

function notStartedText(input: TrafficLightInput): string | null {
  return input.asOf < quarterDateRange(input.periodStart).from ? `Programperioden begynder ${formatQuarter(input.periodStart)}; intet er forsinket endnu.` : null;
}

// --- økonomi -----------------------------------------------------------------------------------

interface LineOverrun {
  name: string;
  budget: number;
  actual: number;
  overrun: number;
  /** Overrun in percent of the budget; Infinity when spent without a budget. */
  percent: number;
}

function formatPercent(p: number): string {
  return `${p.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
}

/**
 * Each line's budget and prognose (typed, or forbrug + disponeret) over the years up to and
 * including the as-of year: the expected overrun, not only what is spent so far.
 */
function lineOverruns(input: TrafficLightInput, initiativeId: number): { lines: LineOverrun[]; budget: number; actual: number } {
  const year = Number(input.asOf.slice(0, 4));
  const lines: LineOverrun[] = [];
  let budget = 0;
  let actual = 0;
  for (const group of input.budget.groups) {
    if (!group.initiativeIds.includes(initiativeId)) continue;
    for (const line of group.lines) {
      let b = 0;
      let a = 0;
      for (const [y, amount] of Object.entries(line.amounts)) {
        if (Number(y) > year) continue;
        b += amount.budget ?? 0;
        a += effectiveForecast(amount);
      }
      budget += b;
      actual += a;
      const overrun = Math.round((a - b) * 100) / 100;
      const percent = overrun <= 0 ? 0 : b > 0 ? (overrun / b) * 100 : Infinity;
      lines.push({ name: `${group.title} – ${line.costType}`, budget: b, actual: a, overrun, percent });
    }
  }
  return { lines, budget, actual };
}

function economyColour(percent: number, overrun: number, rules: StatusRules): LightColour {
  if (overrun <= 0) return 'grøn';
  if (percent > rules.economyRedPercent) return 'rød';
  if (percent > rules.economyYellowPercent) return 'gul';
  return 'grøn';
}

function economyLight(input: TrafficLightInput, rules: StatusRules, initiativeId: number): Light {
  const year = Number(input.asOf.slice(0, 4));
  const { lines, budget, actual } = lineOverruns(input, initiativeId);
  if (lines.length === 0) return { colour: 'grøn', reason: 'Ingen budgetlinjer er knyttet til indsatsen.' };
  const judged = lines.map((l) => ({ ...l, colour: economyColour(l.percent, l.overrun, rules) }));
  const top = judged.filter((l) => l.overrun > 0).sort((a, b) => SEVERITY[b.colour] - SEVERITY[a.colour] || b.percent - a.percent)[0];
  if (!top) {
    return { colour: 'grøn', reason: `Prognose ${formatKroner(actual)} kr. mod budget ${formatKroner(budget)} kr. til og med ${year}; ingen linje forventes overskredet.` };
  }
  // 10,0005 % is shown as »10 %«; at a threshold say »lidt over«, so the text never contradicts the light.
  const shown = Math.round(top.percent * 10) / 10;
  const atThreshold = shown < top.percent && (shown === rules.economyRedPercent || shown === rules.economyYellowPercent);
  const share = top.percent === Infinity ? 'prognose uden budget' : `${atThreshold ? 'lidt over ' : ''}${formatPercent(top.percent)}`;
  const rule =
    top.colour === 'rød' ? `over ${rules.economyRedPercent} %` : top.colour === 'gul' ? `over ${rules.economyYellowPercent} %, højst ${rules.economyRedPercent} %` : `højst ${rules.economyYellowPercent} %`;
  return {
    colour: top.colour,
    reason:
      `Linjen »${top.name}« forventes overskredet med ${formatKroner(top.overrun)} kr. (${share}; ${rule}): ` +
      `prognose ${formatKroner(top.actual)} kr. mod budget ${formatKroner(top.budget)} kr. til og med ${year}.`,
  };
}

// --- indhold -----------------------------------------------------------------------------------

function contentLight(initiative: TrafficLightInput['initiatives'][number]): Light {
  const reason = initiative.statusReason.trim();
  return { colour: initiative.status, reason: reason ? `Indsatsens status er ${initiative.status}: ${reason}` : `Indsatsens status er ${initiative.status} (ingen begrundelse skrevet).` };
}

// --- together ----------------------------------------------------------------------------------

function programmeLight(axis: LightAxis, initiatives: InitiativeLights[], own: Light | null): Light {
  const candidates = initiatives.map((i) => ({ colour: i.lights[axis].colour, who: `indsats ${i.number}`, reason: i.lights[axis].reason }));
  if (own) candidates.push({ colour: own.colour, who: 'programmets egne milepæle', reason: own.reason });
  const top = worst(candidates);
  const rule = 'Programmets lys er det dårligste blandt indsatsernes';
  if (!top) return { colour: 'grøn', reason: `${rule}; der er ingen indsatser.` };
  const same = candidates.filter((c) => c.colour === top.colour).map((c) => c.who);
  if (top.colour === 'grøn') return { colour: 'grøn', reason: `${rule}: alle er grønne.` };
  return { colour: top.colour, reason: `${rule}: ${top.colour} på grund af ${same.join(', ')}. ${capitalised(top.who)}: ${top.reason}` };
}

/** The three lights of every initiative and of the programme, as of `input.asOf`. */
export function trafficLights(input: TrafficLightInput, rules: StatusRules): TrafficLights {
  const notStarted = notStartedText(input);
  const initiatives = input.initiatives.map((i) => ({
    initiativeId: i.id,
    number: i.number,
    title: i.title,
    lights: {
      tid: timeLight(lateItems(input, rules, i.id), rules, notStarted ?? 'Ingen fase eller milepæl er forsinket.'),
      økonomi: economyLight(input, rules, i.id),
      indhold: contentLight(i),
    },
  }));
  const programmeMilestones = lateItems(input, rules, null);
  const ownTime = programmeMilestones.length > 0 ? timeLight(programmeMilestones, rules, '') : null;
  return {
    asOf: input.asOf,
    rules,
    initiatives,
    programme: {
      tid: programmeLight('tid', initiatives, ownTime),
      økonomi: programmeLight('økonomi', initiatives, null),
      indhold: programmeLight('indhold', initiatives, null),
    },
  };
}
