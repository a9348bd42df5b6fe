// »Forslag til dagsorden«: what the workbook itself says is due at a meeting, as agenda items the
// chair can take one by one. Pure: the main process reads the rows, this decides. Every date rule
// is measured from the meeting's date (what is due when the group meets), except the word
// "overskredet", which is measured from today, and the programme's end, which is today's fact.
import { formatDateLong } from '../dates';
import type { AgendaItemType, ActionStatus, ProposalState, SuggestionSourceKind } from '../domain/meeting';
import type { InitiativeStatus } from '../domain/initiative';
import type { MilestoneKind, MilestoneStatus, PhaseStatus } from '../domain/plan';
import { formatKroner, fromOre } from '../money';
import { addQuarters, compareQuarters, formatQuarter, openEnd, quarterDateRange, quarterOfDate, type QuarterKey } from '../quarters';

export { SUGGESTION_SOURCE_KINDS, type SuggestionSourceKind } from '../domain/meeting';

export interface AgendaSuggestion {
  title: string;
  /** Why it is suggested, in Danish. */
  reason: string;
  /**
   * The row it comes from, so the sheet can link to it (budget: the line; proposal/udsat: the agenda
   * item, with the meeting it is on).
   */
  source: { kind: SuggestionSourceKind; id: number; meetingId?: number };
  type: AgendaItemType;
  initiativeId: number | null;
  /** Indstilling: the "at …" points. */
  recommendation: string[];
  /** Sagsfremstilling. */
  caseText: string;
}

export interface AgendaSuggestions {
  meetingId: number;
  meetingDate: string;
  today: string;
  /** Today lies after the programme period. */
  afterPeriod: boolean;
  /** A sentence above the list (after the period), or null. */
  notice: string | null;
  suggestions: AgendaSuggestion[];
}

/** What the rules read; the main process fills it from the workbook. */
export interface SuggestionData {
  meeting: { id: number; date: string };
  program: { periodStart: QuarterKey; periodEnd: QuarterKey };
  initiatives: Array<{
    id: number;
    number: number;
    title: string;
    status: InitiativeStatus;
    statusReason: string;
    /** Day the status last changed (or the initiative was created), from the change log; null if unknown. */
    statusChangedOn: string | null;
  }>;
  actions: Array<{ id: number; what: string; who: string; deadline: string | null; status: ActionStatus; meetingDate: string }>;
  phases: Array<{ id: number; initiativeId: number; title: string; startQuarter: QuarterKey; endQuarter: QuarterKey | null; status: PhaseStatus }>;
  milestones: Array<{ id: number; initiativeId: number | null; kind: MilestoneKind; title: string; quarter: QuarterKey; status: MilestoneStatus; note: string }>;
  /** One entry per budget line and year; budget in kroner, spending in øre. */
  budget: Array<{ lineId: number; groupTitle: string; costType: string; initiativeId: number | null; year: number; budget: number | null; actualOre: number | null }>;
  /** Every agenda item of every meeting (for this meeting's agenda, its proposals, and earlier postponements). */
  items: Array<{
    id: number;
    meetingId: number;
    meetingDate: string;
    title: string;
    type: AgendaItemType;
    initiativeId: number | null;
    recommendation: string[];
    caseText: string;
    proposedBy: string;
    proposalState: ProposalState;
    decision: string;
    /** What the item was taken from, when it came from a suggestion. */
    sourceKind: SuggestionSourceKind | null;
    sourceId: number | null;
    /** The points of its Indstilling whose outcome was "Udsat", with the decision's text. */
    postponedPoints: Array<{ point: string; text: string }>;
  }>;
}

const POSTPONED = /\budsat\b/i;

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

function formatQuarterLong(key: QuarterKey): string {
  const [year, quarter] = formatQuarter(key).split(' K');
  return `${quarter}. kvartal ${year}`;
}

function initiativeName(data: SuggestionData, id: number | null): string | null {
  const initiative = id === null ? undefined : data.initiatives.find((i) => i.id === id);
  return initiative ? `Indsats ${initiative.number}: ${initiative.title}` : null;
}

function actionSuggestions(data: SuggestionData, today: string): AgendaSuggestion[] {
  const { date } = data.meeting;
  return data.actions
    .filter((a) => a.status !== 'færdig' && a.deadline !== null && (a.deadline <= date || a.deadline < today))
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!) || a.id - b.id)
    .map((a) => {
      const overdue = a.deadline! < today;
      const who = a.who ? ` (${a.who})` : '';
      return {
        title: `Handling: ${a.what}`,
        reason: overdue
          ? `Fristen ${formatDateLong(a.deadline!)} er overskredet, og handlingen er ${a.status}.`
          : `Fristen ${formatDateLong(a.deadline!)} falder før mødet, og handlingen er ${a.status}.`,
        source: { kind: 'handling', id: a.id },
        type: overdue ? 'Drøftelse' : 'Orientering',
        initiativeId: null,
        recommendation: overdue
          ? ['at styregruppen drøfter, hvorfor handlingen er forsinket', 'at styregruppen aftaler en ny frist']
          : ['at styregruppen tager status på handlingen til efterretning'],
        caseText: `Handlingen »${a.what}«${who} blev aftalt på mødet ${formatDateLong(a.meetingDate)} med frist ${formatDateLong(a.deadline!)}. Den er ${a.status}.`,
      } satisfies AgendaSuggestion;
    });
}

function phaseSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const quarter = quarterOfDate(data.meeting.date);
  const window = [quarter, addQuarters(quarter, 1)];
  const inWindow = (key: QuarterKey) => window.includes(key);
  const out: AgendaSuggestion[] = [];
  for (const phase of data.phases) {
    if (phase.status === 'afsluttet') continue;
    const end = openEnd(phase.startQuarter, phase.endQuarter, data.program.periodEnd);
    const initiative = initiativeName(data, phase.initiativeId) ?? 'Planen';
    const span = `${formatQuarterLong(phase.startQuarter)} – ${formatQuarterLong(end)}`;
    let reason: string;
    let type: AgendaItemType = 'Orientering';
    let recommendation: string[];
    if (compareQuarters(end, quarter) < 0 || phase.status === 'forsinket') {
      reason = phase.status === 'forsinket' ? `Fasen er markeret forsinket (planlagt ${span}).` : `Fasen skulle være afsluttet i ${formatQuarterLong(end)}, men er ${phase.status}.`;
      type = 'Drøftelse';
      recommendation = ['at styregruppen drøfter fasens forsinkelse', 'at styregruppen beslutter en ny plan for fasen'];
    } else if (inWindow(phase.startQuarter)) {
      reason = `Fasen starter i ${formatQuarterLong(phase.startQuarter)}.`;
      recommendation = ['at styregruppen tager orienteringen om fasens opstart til efterretning'];
    } else if (inWindow(end)) {
      reason = `Fasen slutter i ${formatQuarterLong(end)}.`;
      recommendation = ['at styregruppen tager orienteringen om fasens afslutning til efterretning'];
    } else {
      continue;
    }
    const number = data.initiatives.find((i) => i.id === phase.initiativeId)?.number;
    out.push({
      // Initiatives share phase titles ("Implementering af aktiviteter"); the number tells them apart.
      title: number === undefined ? `Plan: ${phase.title}` : `Plan, indsats ${number}: ${phase.title}`,
      reason,
      source: { kind: 'fase', id: phase.id },
      type,
      initiativeId: phase.initiativeId,
      recommendation,
      caseText: `${initiative}. Fasen »${phase.title}« er planlagt ${span} og har status ${phase.status}.`,
    });
  }
  return out;
}

function milestoneSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const { date } = data.meeting;
  const horizon = addMonths(date, 3);
  return data.milestones
    .filter((m) => m.status !== 'gennemført' && m.status !== 'aflyst')
    .filter((m) => {
      const range = quarterDateRange(m.quarter);
      return range.to >= date && range.from <= horizon;
    })
    .map((m) => {
      const continuation = m.kind === 'beslutning om videreførelse';
      const about = initiativeName(data, m.initiativeId) ?? 'Programmet';
      return {
        title: continuation && !/^beslutning/i.test(m.title) ? `Beslutning: ${m.title}` : m.title,
        reason: `Milepælen »${m.title}« ligger i ${formatQuarterLong(m.quarter)}, inden for tre måneder fra mødet.`,
        source: { kind: 'milepæl', id: m.id },
        type: continuation ? 'Beslutning' : 'Drøftelse',
        initiativeId: m.initiativeId,
        recommendation: continuation
          ? ['at styregruppen beslutter, om indsatserne videreføres efter programperioden']
          : [`at styregruppen drøfter ${m.kind === 'andet' ? 'milepælen' : m.kind}`, 'at styregruppen aftaler, hvem der forbereder den'],
        caseText: `${about}: ${m.title} (${m.kind}) er planlagt i ${formatQuarterLong(m.quarter)} med status ${m.status}.${m.note ? ` ${m.note}` : ''}`,
      } satisfies AgendaSuggestion;
    });
}

/** How much of a year has gone on a day, 0–1. */
function yearGone(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  return (Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - start) / (end - start);
}

function budgetSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const { date } = data.meeting;
  const meetingYear = Number(date.slice(0, 4));
  const out: AgendaSuggestion[] = [];
  for (const b of data.budget) {
    if (b.year > meetingYear) continue;
    const budgetOre = (b.budget ?? 0) * 100;
    const actualOre = b.actualOre ?? 0;
    const name = `${b.groupTitle} – ${b.costType} ${b.year}`;
    const figures = `Budget ${formatKroner(b.budget ?? 0)} kr., forbrug ${formatKroner(fromOre(actualOre))} kr.`;
    if (actualOre > budgetOre) {
      out.push({
        title: `Budget: merforbrug på ${name}`,
        reason: `Forbruget overstiger budgettet med ${formatKroner(fromOre(actualOre - budgetOre))} kr.`,
        source: { kind: 'budgetlinje', id: b.lineId },
        type: 'Drøftelse',
        initiativeId: b.initiativeId,
        recommendation: ['at styregruppen drøfter merforbruget', 'at styregruppen aftaler, hvordan det dækkes'],
        caseText: `${name}. ${figures}`,
      });
    } else if (b.year === meetingYear && budgetOre > 0 && yearGone(date) > 0.5 && actualOre * 4 < budgetOre) {
      out.push({
        title: `Budget: lavt forbrug på ${name}`,
        reason: `Over halvdelen af ${b.year} er gået ved mødet, og under en fjerdedel af budgettet er brugt.`,
        source: { kind: 'budgetlinje', id: b.lineId },
        type: 'Drøftelse',
        initiativeId: b.initiativeId,
        recommendation: ['at styregruppen drøfter det lave forbrug', 'at styregruppen tager stilling til, om midlerne skal bruges på anden vis'],
        caseText: `${name}. ${figures}`,
      });
    }
  }
  return out;
}

function initiativeSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const staleBefore = addMonths(data.meeting.date, -3);
  const out: AgendaSuggestion[] = [];
  for (const i of data.initiatives) {
    const name = `Indsats ${i.number}: ${i.title}`;
    const reasonText = i.statusReason ? ` Begrundelse: ${i.statusReason}` : '';
    if (i.status !== 'grøn') {
      out.push({
        title: `Status: ${name}`,
        reason: `Indsatsen har status ${i.status}.`,
        source: { kind: 'indsats', id: i.id },
        type: 'Drøftelse',
        initiativeId: i.id,
        recommendation: [`at styregruppen drøfter, hvorfor indsatsen er ${i.status}`, 'at styregruppen aftaler, hvad der skal til for at nå grøn'],
        caseText: `${name} har status ${i.status}.${reasonText}`,
      });
    } else if (i.statusChangedOn !== null && i.statusChangedOn < staleBefore) {
      out.push({
        title: `Status: ${name}`,
        reason: `Status er ikke opdateret siden ${formatDateLong(i.statusChangedOn)} – mere end tre måneder før mødet.`,
        source: { kind: 'indsats', id: i.id },
        type: 'Orientering',
        initiativeId: i.id,
        recommendation: ['at styregruppen tager den opdaterede status til efterretning'],
        caseText: `${name} har status ${i.status}, senest sat ${formatDateLong(i.statusChangedOn)}.${reasonText}`,
      });
    }
  }
  return out;
}

function proposalSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const { id, date } = data.meeting;
  return data.items
    .filter((item) => item.proposalState === 'foreslået' && (item.meetingId === id || item.meetingDate < date))
    .map((item) => ({
      title: item.title,
      reason:
        item.meetingId === id
          ? `Foreslået af ${item.proposedBy || 'et medlem'} og venter på formandens svar.`
          : `Foreslået af ${item.proposedBy || 'et medlem'} til mødet ${formatDateLong(item.meetingDate)} og venter stadig på formandens svar.`,
      source: { kind: 'forslag', id: item.id, meetingId: item.meetingId },
      type: item.type,
      initiativeId: item.initiativeId,
      recommendation: item.recommendation,
      caseText: item.caseText,
    }));
}

/** Why a postponed item is suggested: the free-text decision that says so, or the points postponed. */
function postponedReason(item: SuggestionData['items'][number]): string {
  const when = `Udsat på mødet ${formatDateLong(item.meetingDate)}`;
  if (POSTPONED.test(item.decision)) return `${when}: ${item.decision.trim()}`;
  const points = item.postponedPoints.map((p) => (p.text.trim() ? `${p.point.trim()} (${p.text.trim()})` : p.point.trim()));
  return `${when}: ${points.join('; ')}`;
}

/**
 * Items postponed at an earlier meeting – by a decision that says "udsat", or by an "at" whose
 * outcome was Udsat – and not taken up since. The postponed points are the suggestion's
 * Indstilling; the points decided then are not asked again.
 */
function postponedSuggestions(data: SuggestionData): AgendaSuggestion[] {
  const { date } = data.meeting;
  const accepted = data.items.filter((i) => i.proposalState === 'accepteret');
  return accepted
    .filter((item) => item.meetingDate < date && (POSTPONED.test(item.decision) || item.postponedPoints.length > 0))
    // Taken up again at a later meeting before this one: no longer waiting.
    .filter((item) => !accepted.some((later) => later.meetingDate > item.meetingDate && later.meetingDate < date && sameTitle(later.title, item.title)))
    .map((item) => ({
      title: item.title,
      reason: postponedReason(item),
      source: { kind: 'udsat punkt', id: item.id, meetingId: item.meetingId },
      type: item.type,
      initiativeId: item.initiativeId,
      recommendation: item.postponedPoints.length > 0 ? item.postponedPoints.map((p) => p.point) : item.recommendation,
      caseText: item.caseText,
    }));
}

function continuationSuggestion(data: SuggestionData, today: string, others: AgendaSuggestion[]): AgendaSuggestion | null {
  const decided = data.milestones.some((m) => m.kind === 'beslutning om videreførelse' && m.status === 'gennemført');
  const offered = others.some((s) => s.type === 'Beslutning' && s.source.kind === 'milepæl');
  if (decided || offered) return null;
  const end = formatQuarterLong(data.program.periodEnd);
  return {
    title: 'Beslutning om videreførelse',
    reason: `Programperioden sluttede med ${end}; i dag (${formatDateLong(today)}) er efter perioden.`,
    source: { kind: 'program', id: 1 },
    type: 'Beslutning',
    initiativeId: null,
    recommendation: ['at styregruppen beslutter, hvilke indsatser der videreføres i driften', 'at styregruppen beslutter, hvilke indsatser der afsluttes'],
    caseText: `Programperioden var ${formatQuarterLong(data.program.periodStart)} – ${end}. Programdokumentet siger, at der ved indsatsernes afslutning tages stilling til, om de skal videreføres.`,
  };
}

function sameTitle(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');
}

/** Whether an item on the agenda covers the suggestion: taken from it, or (written by hand) with its title. */
function covers(item: SuggestionData['items'][number], s: AgendaSuggestion): boolean {
  if (item.sourceKind !== null) return item.sourceKind === s.source.kind && item.sourceId === s.source.id;
  return sameTitle(item.title, s.title);
}

/**
 * The suggested agenda items for a meeting. One already on the meeting's agenda leaves the list: an
 * item taken from it remembers its source; one written by hand is known by its title.
 */
export function suggestAgendaItems(data: SuggestionData, today: string): AgendaSuggestions {
  const afterPeriod = today > quarterDateRange(data.program.periodEnd).to;
  const found = [
    ...actionSuggestions(data, today),
    ...phaseSuggestions(data),
    ...milestoneSuggestions(data),
    ...budgetSuggestions(data),
    ...initiativeSuggestions(data),
    ...proposalSuggestions(data),
    ...postponedSuggestions(data),
  ];
  const continuation = afterPeriod ? continuationSuggestion(data, today, found) : null;
  if (continuation) found.push(continuation);
  const onAgenda = data.items.filter((i) => i.meetingId === data.meeting.id && i.proposalState === 'accepteret');
  const suggestions = found.filter((s) => s.source.kind === 'forslag' || !onAgenda.some((item) => covers(item, s)));
  return {
    meetingId: data.meeting.id,
    meetingDate: data.meeting.date,
    today,
    afterPeriod,
    notice: afterPeriod ? `Programperioden sluttede med ${formatQuarterLong(data.program.periodEnd)}. Tag stilling til, om indsatserne skal videreføres.` : null,
    suggestions,
  };
}
