// Midtvejsevaluering and slutevaluering: a Word draft for a chosen period, built only from the
// workbook, as of the period's end. A title page (programme, kind, period, date, author); a
// summary of the facts; each initiative (evaluation-initiative.ts); the money for the period's
// years with the Økonomi sheet's own arithmetic; the decisions of the period without procedure
// (as the statusnotat); and the continuation decision as an Indstilling. Where the workbook has
// nothing, the draft says so and leaves a marked space for the author's judgement.
import { computeBudgetTotals } from '../../../shared/budget-totals';
import { formatDateLong } from '../../../shared/dates';
import { EVALUATION_LABELS } from '../../../shared/domain/report';
import { decisionLogText } from '../../../shared/meetings/point-decisions';
import { formatKroner } from '../../../shared/money';
import { formatQuarter, quarterOfDate } from '../../../shared/quarters';
import type { Document } from 'docx';
import { bullets, heading, label, note, subtitle, textParagraph, title, type Block } from '../blocks';
import { budgetLineTable, budgetRoundingNote, budgetYearTable, spendingRegistered } from '../budget-tables';
import { count, formatPercent } from '../format';
import { buildDocument } from '../layout';
import { recommendation } from '../meetings/meeting-parts';
import { milestoneOn, periodText } from '../status/status-analysis';
import { factTable, gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import type { BudgetData } from '../../../shared/domain/budget';
import {
  budgetForPeriod, continuationMilestones, evaluateInitiative, evaluationAsOf, evaluationDecisions, knownPeriod, type InitiativeEvaluation,
} from './evaluation-analysis';
import { judgementBox, WIDTH, widthsOf } from './evaluation-blocks';
import type { EvaluationData } from './evaluation-data';
import { initiativeSection } from './evaluation-initiative';

function periodLabel(data: EvaluationData): string {
  return `${formatDateLong(data.period.from)} – ${formatDateLong(data.period.to)}`;
}

function yearsText(budget: BudgetData): string {
  const y = budget.years;
  return y.length === 1 ? String(y[0]) : `${y[0]}–${y.at(-1)}`;
}

function titlePage(data: EvaluationData, kind: string): Block[] {
  const asOf = evaluationAsOf(data);
  const facts: Array<[string, string]> = [
    ['Evaluering', kind],
    ['Periode', periodLabel(data)],
    ['Dato', formatDateLong(data.date)],
    ['Forfatter', cleanLine(data.author) || 'Ikke angivet'],
    ['Til', cleanLine(data.programme.evaluationRecipient) || cleanLine(data.programme.owner) || 'Programejeren'],
    ['Programperiode', periodText(data.programme.periodStart, data.programme.periodEnd)],
  ];
  const blocks: Block[] = [title(kind), subtitle(cleanLine(data.programme.title)), factTable(facts, WIDTH, 2000)];
  blocks.push(
    note(
      `Udkast dannet af Arbejdsbogen ud fra arbejdsbogen, som den stod ${formatDateLong(asOf)}. Tal, aktiviteter, opfølgninger og beslutninger er arbejdsbogens; felter markeret »[Forfatterens vurdering …]« udfyldes af forfatteren, før evalueringen sendes.`,
    ),
  );
  if (asOf < data.period.to) blocks.push(note(`Perioden rækker ud over udkastets dato; det, der ligger efter ${formatDateLong(asOf)}, er ikke med.`));
  return blocks;
}

function summary(data: EvaluationData, budget: BudgetData, all: InitiativeEvaluation[]): Block[] {
  const sum = (f: (e: InitiativeEvaluation) => number) => all.reduce((s, e) => s + f(e), 0);
  const later = sum((e) => e.recordedLater.length);
  const lines = [
    `${count(data.initiatives.length, 'indsats', 'indsatser')}; ${count(sum((e) => e.running.length), 'aktivitet', 'aktiviteter')} i gang i perioden med ${sum((e) => e.participants)} deltagere.`,
    `I perioden er ${count(sum((e) => e.started.length), 'aktivitet', 'aktiviteter')} startet, ${sum((e) => e.anchored.length)} forankret og ${sum((e) => e.stopped.length)} stoppet${
      later > 0 ? ` ifølge ændringsloggen; ${later} flere står i dag som forankret eller stoppet, men er først registreret efter perioden` : ''
    }.`,
    `${count(sum((e) => e.followUps.length), 'opfølgning', 'opfølgninger')} (fokusgrupper, dialogmøder, samtaler) med læring i perioden.`,
  ];
  if (budget.years.length > 0) {
    const g = computeBudgetTotals(budget).grand.total;
    lines.push(
      spendingRegistered(budget)
        ? `Forbrug ${formatKroner(g.actual)} kr. af et budget på ${formatKroner(g.budget)} kr. for ${yearsText(budget)} (${formatPercent(g.actual, g.budget)}).`
        : `Budgettet for ${yearsText(budget)} er ${formatKroner(g.budget)} kr.; der er ikke registreret forbrug.`,
    );
  }
  const decisions = evaluationDecisions(data).length;
  lines.push(`${decisions === 0 ? 'Ingen beslutninger' : count(decisions, 'beslutning', 'beslutninger')} truffet i perioden.`);
  return [heading('1. Sammenfatning', 1, { pageBreakBefore: true }), ...bullets(lines), judgementBox('sammenfatning af resultater, læring og effekter')];
}

function budgetSection(data: EvaluationData, budget: BudgetData): Block[] {
  const blocks: Block[] = [heading('3. Økonomi', 1)];
  if (budget.groups.length === 0) return [...blocks, note('Der er ikke lagt et budget ind i arbejdsbogen.'), judgementBox('økonomien')];
  if (budget.years.length === 0) return [...blocks, note('Budgettet har ingen år i perioden.'), judgementBox('økonomien')];
  const totals = computeBudgetTotals(budget);
  const years = yearsText(budget);
  blocks.push(
    note(
      `Tallene dækker ${years}: de år, perioden ligger i, som på Økonomi-arket. Forbruget registreres som ét beløb pr. linje og år, så årene tæller hele – også forbrug før ${formatDateLong(data.period.from)} eller efter ${formatDateLong(knownPeriod(data).to)} i samme år.`,
    ),
    label('Budget og forbrug pr. år'),
    budgetYearTable(budget, totals, WIDTH),
    label(`Budget og forbrug pr. linje, ${years}`),
    budgetLineTable(budget, totals, WIDTH),
    note(`Difference = budget − forbrug; et negativt tal betyder merforbrug. ${budgetRoundingNote(budget)}`),
    label('Vurdering af økonomien'),
    judgementBox('forbruget set mod budgettet og resultaterne'),
  );
  return blocks;
}

function decisionsSection(data: EvaluationData): Block[] {
  const decisions = evaluationDecisions(data);
  const blocks: Block[] = [heading('4. Beslutninger i perioden', 1)];
  if (decisions.length === 0) return [...blocks, note('Der er ikke truffet beslutninger på møder i perioden.'), judgementBox('styregruppens beslutninger i perioden')];
  return [
    ...blocks,
    note('Fra styregruppens møder i perioden. Godkendelse af dagsorden, opfølgning og punkter, der kun blev taget til efterretning, er ikke med.'),
    gridTable({
      widths: widthsOf([0.18, 0.3, 0.52]),
      header: [['Møde', 'Punkt', 'Beslutning']],
      body: decisions.map((d): Cell[] => [formatDateLong(d.meetingDate), cleanLine(d.itemTitle), decisionLogText(d)]),
    }),
  ];
}

function continuationSection(data: EvaluationData): Block[] {
  const blocks: Block[] = [heading('5. Videreførelse', 1)];
  // As they stood at the period's end: one held later was still planned then. Their notes are
  // left out, as in the statusnotat: a note carries no date and may tell of later events.
  const quarter = quarterOfDate(evaluationAsOf(data));
  const milestones = continuationMilestones(data).map((m) => milestoneOn(m, quarter));
  const who = cleanLine(data.programme.evaluationRecipient) || cleanLine(data.programme.owner) || 'programejeren';
  if (milestones.length === 0) {
    blocks.push(note('Der er ikke registreret en milepæl for beslutning om videreførelse på Plan-arket.'));
  } else {
    blocks.push(
      textParagraph('Planen har beslutningen om videreførelse som milepæl:', { keepNext: true }),
      ...bullets(milestones.map((m) => `${cleanLine(m.title)} i ${formatQuarter(m.quarter)} (${m.status})`)),
    );
  }
  const when = milestones.find((m) => m.status !== 'aflyst');
  const point = `${who} på baggrund af evalueringen træffer beslutning om, hvorvidt og i hvilken form programmet videreføres${when ? ` (milepæl i ${formatQuarter(when.quarter)})` : ''}`;
  blocks.push(...recommendation({ recommendation: [point] }), judgementBox('anbefaling om videreførelse: hvad, i hvilken form og med hvilken finansiering'));
  return blocks;
}

export function evaluationDocument(data: EvaluationData): Document {
  const kind = EVALUATION_LABELS[data.stage];
  const budget = budgetForPeriod(data.budget, knownPeriod(data));
  // Each initiative's evaluation once, for the summary and its own section.
  const evaluations = data.initiatives.map((i) => evaluateInitiative(data, i.id));
  const children: Block[] = [...titlePage(data, kind), ...summary(data, budget, evaluations), heading('2. Indsatserne', 1)];
  if (data.initiatives.length === 0) children.push(note('Der er ingen indsatser i arbejdsbogen.'), judgementBox('programmets indsatser'));
  data.initiatives.forEach((initiative, i) => children.push(...initiativeSection(data, budget, initiative, evaluations[i]!)));
  children.push(...budgetSection(data, budget), ...decisionsSection(data), ...continuationSection(data));
  return buildDocument(
    { header: data.header, kind, date: data.date, title: `${kind} ${periodLabel(data)}`, running: `${kind} ${periodLabel(data)}` },
    [{ children }],
  );
}
