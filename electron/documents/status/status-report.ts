// Statusnotat for the director: a summary, each initiative's status and progress, where the plan
// stands, the budget against spending, decisions in the period, open actions and risks – all as
// of the period's end (status-analysis.ts asOfDate), whenever the notat is written.
import { Paragraph, type Document } from 'docx';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import { formatDateLong, formatDateShort } from '../../../shared/dates';
import { initiativeLabel, type Initiative } from '../../../shared/domain/initiative';
import { formatKroner } from '../../../shared/money';
import { compareQuarters, formatQuarter } from '../../../shared/quarters';
import type { Milestone, PlanPhase } from '../../../shared/domain/plan';
import type { CheckProblem } from '../../../shared/domain/workbook';
import type { BudgetData } from '../../../shared/domain/budget';
import { deviationsSection } from './deviations-section';
import { budgetLineTable, budgetRoundingNote, budgetYearTable, overspendText, spendingRegistered } from '../budget-tables';
import { bullets, heading, label, note, run, subtitle, textBlocks, textParagraph, title, type Block } from '../blocks';
import { STYLE } from '../styles';
import { decisionLogText } from '../../../shared/meetings/point-decisions';
import { count, formatPercent, joinDanish } from '../format';
import { buildDocument } from '../layout';
import { factTable, gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { A4_PORTRAIT, COLOURS, textWidth } from '../theme';
import { isOpen } from '../../../shared/meetings/carry-over';
import { phaseEnd } from '../../../shared/plan-layout';
import {
  asOfDate, budgetAsOf, decisionsInPeriod, initiativeProgress, isOverdueOn, looksBack, openActions, overspending, periodText, planPosition,
  type Overspend, type PlanPosition,
} from './status-analysis';
import type { StatusReportData } from './status-report-data';
import { trafficLightsSection } from './traffic-lights-section';
import { goalsSection } from './goals-section';
import { authorText, contactText } from './notat-people';

const WIDTH = textWidth(A4_PORTRAIT);

function periodLabel(data: StatusReportData): string {
  return `${formatDateLong(data.period.from)} – ${formatDateLong(data.period.to)}`;
}

function nameOf(initiative: Pick<Initiative, 'number' | 'title'>): string {
  return initiativeLabel({ number: initiative.number, title: cleanLine(initiative.title) });
}

function widthsOf(fractions: number[]): number[] {
  const widths = fractions.slice(0, -1).map((f) => Math.round(WIDTH * f));
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  return widths;
}

function statusCell(status: Initiative['status']): Cell {
  const s = COLOURS.status[status];
  return { text: s.label, bold: true, colour: s.text, fill: s.fill, align: 'center' };
}

/** "heraf 1 overskreden", "heraf 2 overskredne", "heraf ingen overskredne" */
function overdueText(n: number): string {
  return n === 0 ? 'ingen overskredne' : count(n, 'overskreden', 'overskredne');
}

const COLOUR_WORDS = { grøn: ['grøn', 'grønne'], gul: ['gul', 'gule'], rød: ['rød', 'røde'] } as const;

interface Computed {
  plan: PlanPosition;
  risks: Risks;
}

/** "2019–2022", "2019" – the years the budget figures cover. */
function yearsText(budget: BudgetData): string {
  const years = budget.years;
  if (years.length === 0) return '';
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

function summary(data: StatusReportData, computed: Computed): Block[] {
  const totals = computeBudgetTotals(data.budget);
  const g = totals.grand.total;
  const asOf = asOfDate(data);
  const lines: string[] = [computed.plan.sentence];
  if (data.initiatives.length > 0) {
    const byStatus = (['grøn', 'gul', 'rød'] as const)
      .map((s) => [s, data.initiatives.filter((i) => i.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => count(n, COLOUR_WORDS[s][0], COLOUR_WORDS[s][1]));
    lines.push(`${count(data.initiatives.length, 'indsats', 'indsatser')}: ${joinDanish(byStatus)}.`);
  }
  const years = yearsText(data.budget);
  if (years === '') lines.push('Der er ikke budget for årene til og med periodens slutning.');
  else {
    lines.push(
      spendingRegistered(data.budget)
        ? `Der er registreret et forbrug på ${formatKroner(g.actual)} kr. af et budget på ${formatKroner(g.budget)} kr. for ${years} (${formatPercent(g.actual, g.budget)}).`
        : `Budgettet for ${years} er ${formatKroner(g.budget)} kr.; der er endnu ikke registreret forbrug.`,
    );
  }
  const decisions = decisionsInPeriod(data).length;
  const open = openActions(data.actions, asOf);
  const overdue = open.filter((a) => isOverdueOn(a, asOf)).length;
  lines.push(
    `${decisions === 0 ? 'Ingen beslutninger' : count(decisions, 'beslutning', 'beslutninger')} i perioden; ${open.length === 0 ? 'ingen åbne handlinger' : `${count(open.length, 'åben handling', 'åbne handlinger')}, heraf ${overdueText(overdue)}`} ved periodens slutning.`,
  );
  lines.push(riskSummary(computed.risks));
  return [heading('1. Sammenfatning', 1), ...textBlocks(data.summaryText), ...bullets(lines)];
}

function initiativeSection(data: StatusReportData, initiative: Initiative, plan: PlanPosition): Block[] {
  const progress = initiativeProgress(data, initiative.id);
  const position = plan.byInitiative.get(initiative.id);
  const blocks: Block[] = [heading(nameOf(initiative), 2)];
  const meta = [`Status: ${COLOURS.status[initiative.status].label}`, `Ansvarlig: ${cleanLine(initiative.responsible) || 'ikke angivet'}`];
  blocks.push(new Paragraph({ style: STYLE.meta, children: [run(meta.join('  ·  '))] }));

  blocks.push(label('Fremdrift'));
  const progressLines: string[] = [];
  if (progress.startedInPeriod.length > 0) progressLines.push(`Startet i perioden: ${joinDanish(progress.startedInPeriod.map((a) => cleanLine(a.name)))}.`);
  if (progress.underway.length > 0) {
    progressLines.push(`I gang eller forankret: ${joinDanish(progress.underway.map((a) => cleanLine(a.name)))}.`);
    progressLines.push(`Deltagere i aktiviteterne: ${progress.participants}.`);
  }
  if (progressLines.length > 0) blocks.push(...bullets(progressLines));
  else blocks.push(note(data.activities.some((a) => a.initiativeId === initiative.id) ? 'Ingen aktiviteter startet eller i gang i perioden.' : 'Der er ikke registreret aktiviteter for indsatsen.'));

  blocks.push(label('Opfølgning'));
  if (progress.followUpsInPeriod.length > 0) {
    blocks.push(
      ...bullets(progress.followUpsInPeriod.map((f) => `${formatDateLong(f.date)}, ${cleanLine(f.form)}${cleanLine(f.withWhom) ? ` med ${cleanLine(f.withWhom)}` : ''}: ${cleanLine(f.learnt) || 'intet noteret'}`)),
    );
  } else {
    const latest = progress.latestBefore;
    blocks.push(
      note(
        latest
          ? `Ingen opfølgninger i perioden. Seneste: ${formatDateLong(latest.date)}, ${cleanLine(latest.form)}${cleanLine(latest.withWhom) ? ` med ${cleanLine(latest.withWhom)}` : ''}.`
          : 'Ingen opfølgninger i perioden.',
      ),
    );
  }

  blocks.push(label('Næste skridt'));
  const next: string[] = [];
  if (progress.planned.length > 0) next.push(`Planlagte aktiviteter og idéer: ${joinDanish(progress.planned.map((a) => cleanLine(a.name)))}.`);
  if (position?.next) next.push(`Næste fase: ${cleanLine(position.next.title)} fra ${formatQuarter(position.next.startQuarter)}.`);
  if (next.length > 0) blocks.push(...bullets(next));
  else if (plan.position === 'efter') blocks.push(note('Programperioden er afsluttet, og der er ikke planlagt flere faser. Styregruppen bør tage stilling til videreførelse.'));
  else blocks.push(note('Der er ikke registreret næste skridt.'));
  return blocks;
}

/** "Slutevaluering i 2022 K4 (foreslået)", with the initiative when it concerns one. */
function milestoneText(data: StatusReportData, m: Milestone): string {
  const initiative = m.initiativeId === null ? undefined : data.initiatives.find((i) => i.id === m.initiativeId);
  const about = initiative ? `, ${nameOf(initiative).charAt(0).toLocaleLowerCase('da-DK')}${nameOf(initiative).slice(1)}` : '';
  const state = m.status === 'foreslået' ? ' (foreslået, ikke fastlagt af styregruppen)' : '';
  return `${cleanLine(m.title)} i ${formatQuarter(m.quarter)}${about}${state}`;
}

function planSection(data: StatusReportData, plan: PlanPosition): Block[] {
  const { periodEnd } = data.programme;
  const blocks: Block[] = [heading('3. Hvor står planen', 1), textParagraph(plan.sentence)];
  if (looksBack(data)) {
    blocks.push(note('Planen er læst, som den stod ved periodens slutning: en fase, der begyndte senere, var planlagt, og en fase eller milepæl, der blev afsluttet senere, var i gang eller planlagt.'));
  }
  const rows: Cell[][] = data.initiatives.map((initiative) => {
    const pos = plan.byInitiative.get(initiative.id);
    const current = pos && pos.current.length > 0
      ? pos.current.map((p) => `${cleanLine(p.title)} (${p.status})`).join('\n')
      : pos?.last
        ? `Ingen fase i gang. Seneste: ${cleanLine(pos.last.title)}, sluttede ${formatQuarter(phaseEnd(pos.last, periodEnd))} (${pos.last.status})`
        : 'Ingen fase i gang';
    const next = pos?.next ? `${cleanLine(pos.next.title)} (${formatQuarter(pos.next.startQuarter)})` : 'Ingen';
    return [nameOf(initiative), current, next];
  });
  if (rows.length > 0) blocks.push(gridTable({ widths: widthsOf([0.3, 0.45, 0.25]), header: [['Indsats', `Fase i ${formatQuarter(plan.currentQuarter)}`, 'Næste fase']], body: rows }));
  const milestone = plan.nextMilestone;
  blocks.push(label('Næste milepæl'));
  if (milestone) blocks.push(textParagraph(`${milestoneText(data, milestone)}.`));
  else if (data.milestones.length === 0) blocks.push(note('Der er ikke registreret milepæle for programperioden.'));
  else blocks.push(note(plan.position === 'efter' ? 'Ingen kommende milepæle – programperioden er afsluttet.' : 'Ingen kommende milepæle.'));
  if (plan.missedMilestones.length > 0) {
    blocks.push(
      label('Milepæle, der ikke er markeret gennemført'),
      ...bullets(plan.missedMilestones.map((m) => `${milestoneText(data, m)}.`)),
      note('Milepælene bør markeres gennemført eller aflyst på Plan-arket, eller flyttes, hvis de stadig skal nås.'),
    );
  }
  return blocks;
}

/**
 * Which years the figures cover, and – when the period ends inside a year – that forbrug is
 * entered per year, so the last year's figure is the whole year's as entered.
 */
function coverageNote(data: StatusReportData): string {
  const end = asOfDate(data);
  const endYear = Number(end.slice(0, 4));
  const lastYear = data.budget.years[data.budget.years.length - 1];
  const partYear = lastYear === endYear && end.slice(5) !== '12-31';
  return `Tallene dækker ${yearsText(data.budget)}: budgettets år til og med ${endYear}, det år perioden slutter i.${partYear
    ? ` Forbruget registreres som ét beløb pr. år, så for ${endYear} er det årets forbrug, som det står i arbejdsbogen – også det, der måtte være bogført efter ${formatDateLong(end)}.`
    : ''}`;
}

function budgetSection(data: StatusReportData): Block[] {
  const totals = computeBudgetTotals(data.budget);
  const g = totals.grand.total;
  const blocks: Block[] = [heading('4. Økonomi', 1)];
  if (data.budget.groups.length === 0) return [...blocks, note('Der er ikke lagt et budget ind i arbejdsbogen.')];
  if (data.budget.years.length === 0) return [...blocks, note('Der er ikke budget for årene til og med periodens slutning.')];
  const years = yearsText(data.budget);
  blocks.push(
    textParagraph(
      spendingRegistered(data.budget)
        ? `Budgettet for ${years} er ${formatKroner(g.budget)} kr., forbruget ${formatKroner(g.actual)} kr. (${formatPercent(g.actual, g.budget)}), ` +
          `prognosen ${formatKroner(g.forecast)} kr. og differencen (budget − prognose) ${formatKroner(g.difference)} kr.`
        : `Budgettet for ${years} er ${formatKroner(g.budget)} kr. Der er endnu ikke registreret forbrug.`,
    ),
    note(coverageNote(data)),
    label('Budget, forbrug og prognose pr. år'),
    budgetYearTable(data.budget, totals, WIDTH),
    label(`Budget, forbrug og prognose pr. linje, ${years}`),
    budgetLineTable(data.budget, totals, WIDTH),
    note(`Difference = budget − prognose; et negativt tal betyder, at prognosen overstiger budgettet. ${budgetRoundingNote(data.budget)}`),
    ...deviationsSection(data.budget, data.lights?.rules, widthsOf([0.26, 0.07, 0.12, 0.12, 0.15, 0.28])),
  );
  return blocks;
}

function decisionsSection(data: StatusReportData): Block[] {
  const decisions = decisionsInPeriod(data);
  const blocks: Block[] = [heading('5. Beslutninger i perioden', 1)];
  if (decisions.length === 0) return [...blocks, note('Ingen beslutninger i perioden.')];
  blocks.push(
    note('Fra møderne i perioden. Godkendelse af dagsorden, opfølgning og punkter, der kun blev taget til efterretning, er ikke med.'),
    gridTable({
      widths: widthsOf([0.18, 0.3, 0.52]),
      header: [['Møde', 'Punkt', 'Beslutning']],
      body: decisions.map((d): Cell[] => [formatDateLong(d.meetingDate), cleanLine(d.itemTitle), decisionLogText(d)]),
    }),
  );
  return blocks;
}

function actionsSection(data: StatusReportData): Block[] {
  const asOf = asOfDate(data);
  const open = openActions(data.actions, asOf);
  const blocks: Block[] = [heading('6. Åbne handlinger', 1)];
  if (open.length === 0) return [...blocks, note(`Ingen åbne handlinger pr. ${formatDateLong(asOf)}.`)];
  const overdue = open.filter((a) => isOverdueOn(a, asOf)).length;
  blocks.push(textParagraph(`${count(open.length, 'åben handling', 'åbne handlinger')} pr. ${formatDateLong(asOf)}, heraf ${overdueText(overdue)}.`, { keepNext: true }));
  blocks.push(
    gridTable({
      widths: widthsOf([0.41, 0.2, 0.12, 0.12, 0.15]),
      header: [['Hvad', 'Hvem', 'Aftalt', 'Frist', 'Status']],
      body: open.map((a): Cell[] => {
        const late = isOverdueOn(a, asOf);
        // Done after the period's end, but open then: shown as it stood then.
        const status = isOpen(a) ? a.status : 'åben';
        return [
          cleanLine(a.what),
          cleanLine(a.who) || 'Ikke fordelt',
          formatDateShort(a.meetingDate),
          { text: a.deadline ? formatDateShort(a.deadline) : 'Ingen', bold: late, colour: late ? COLOURS.status.rød.text : undefined },
          { text: late ? 'Overskredet' : status, bold: late, colour: late ? COLOURS.status.rød.text : undefined, fill: late ? COLOURS.status.rød.fill : undefined },
        ];
      }),
    }),
  );
  return blocks;
}

/** A check's message as a sentence: with a full stop unless it ends in punctuation already. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

interface Risks {
  overduePhases: PlanPhase[];
  overspend: Overspend[];
  /** null: not shown, the notat looks back on a finished period. */
  checks: CheckProblem[] | null;
}

function risksOf(data: StatusReportData, plan: PlanPosition): Risks {
  return { overduePhases: plan.overduePhases, overspend: overspending(data), checks: looksBack(data) ? null : data.checks };
}

function riskSummary(r: Risks): string {
  const checks = r.checks ?? [];
  if (r.overduePhases.length + r.overspend.length + checks.length === 0) return 'Der er ikke registreret risici.';
  const parts = [
    r.overduePhases.length > 0 ? count(r.overduePhases.length, 'fase over tid', 'faser over tid') : 'ingen faser over tid',
    r.overspend.length > 0 ? count(r.overspend.length, 'tilfælde af merforbrug', 'tilfælde af merforbrug') : 'intet merforbrug',
    ...(r.checks === null ? [] : [checks.length > 0 ? count(checks.length, 'bemærkning fra kontrollen', 'bemærkninger fra kontrollen') : 'ingen bemærkninger fra kontrollen']),
  ];
  return `Risici: ${joinDanish(parts)} – se afsnit 7.`;
}

function risksSection(data: StatusReportData, r: Risks): Block[] {
  const { periodEnd } = data.programme;
  const blocks: Block[] = [heading('7. Risici', 1), label('Faser over tid')];
  if (r.overduePhases.length === 0) blocks.push(note('Ingen faser har passeret deres slutkvartal uden at være afsluttet.'));
  else {
    const numberOf = new Map(data.initiatives.map((i) => [i.id, i.number]));
    const rows = [...r.overduePhases].sort(
      (a, b) => (numberOf.get(a.initiativeId) ?? 0) - (numberOf.get(b.initiativeId) ?? 0) || compareQuarters(phaseEnd(a, periodEnd), phaseEnd(b, periodEnd)),
    );
    blocks.push(
      textParagraph(`${count(rows.length, 'fase har', 'faser har')} passeret sit slutkvartal uden at være markeret afsluttet på Plan-arket.`, { keepNext: true }),
      gridTable({
        widths: widthsOf([0.12, 0.5, 0.2, 0.18]),
        header: [['Indsats', 'Fase', 'Skulle slutte', 'Status']],
        body: rows.map((p): Cell[] => [
          { text: String(numberOf.get(p.initiativeId) ?? '–'), align: 'center' },
          cleanLine(p.title),
          formatQuarter(phaseEnd(p, periodEnd)),
          p.status,
        ]),
      }),
      note('Faserne bør markeres afsluttet, eller planen forlænges, hvis arbejdet fortsætter.'),
    );
  }
  blocks.push(label('Merforbrug'));
  if (r.overspend.length === 0) blocks.push(note('Intet merforbrug: forbruget er ikke over budgettet på nogen linje eller i noget år.'));
  else blocks.push(...bullets(r.overspend.map((o) => `${cleanLine(o.where)}: forbrug ${formatKroner(o.actual)} kr. mod budget ${formatKroner(o.budget)} kr. (${overspendText(o.actual, o.budget)}).`)));
  blocks.push(label('Arbejdsbogens kontrol'));
  if (r.checks === null) blocks.push(note('Kontrollen gælder arbejdsbogen, som den er i dag, ikke som den var ved periodens slutning, og er derfor ikke med i et notat for en afsluttet periode.'));
  else if (r.checks.length === 0) blocks.push(note('Kontrollen finder ingen fejl eller advarsler.'));
  else blocks.push(...bullets(r.checks.map((p) => `${p.severity === 'fejl' ? 'Fejl' : 'Advarsel'} (${cleanLine(p.area)}): ${sentence(cleanLine(p.message))}`)));
  return blocks;
}

/**
 * What the notat asks the director to decide, first of all, in the sender's words; no section
 * when there is nothing to ask.
 */
function recommendationSection(text: string | undefined): Block[] {
  if (!text || text.trim() === '') return [];
  return [heading('Indstilling', 1), ...textBlocks(text, { run: { bold: true } })];
}

export function statusReportDocument(whole: StatusReportData): Document {
  // Spending up to the period's end: the years up to and including the year it ends in.
  const data: StatusReportData = { ...whole, budget: budgetAsOf(whole.budget, asOfDate(whole)) };
  const plan = planPosition(data);
  const riskList = risksOf(data, plan);
  const facts: Array<[string, string]> = [
    ['Periode', periodLabel(data)],
    ['Til', cleanLine(data.programme.owner) || 'Programejeren'],
    ['Fra', cleanLine(data.programme.leader) || cleanLine(data.header.steeringGroup) || 'Styregruppen'],
    ['Programperiode', `${periodText(data.programme.periodStart, data.programme.periodEnd)}${plan.position === 'efter' ? ' (afsluttet før periodens slutning)' : plan.position === 'før' ? ' (ikke begyndt ved periodens slutning)' : ''}`],
  ];
  if (data.author) facts.push(['Udarbejdet af', authorText(data.author)]);
  if (data.contact) facts.push(['Kontakt', contactText(data.contact)]);
  const overview: Cell[][] = data.initiatives.map((i) => [nameOf(i), statusCell(i.status), cleanLine(i.statusReason) || 'Ingen begrundelse angivet']);
  const children: Block[] = [
    title('Statusnotat'),
    subtitle(cleanLine(data.programme.title)),
    factTable(facts, WIDTH, 2000),
    ...recommendationSection(data.recommendation),
    ...summary(data, { plan, risks: riskList }),
    heading('2. Indsatsernes status', 1),
  ];
  if (data.initiatives.length === 0) children.push(note('Der er ingen indsatser i arbejdsbogen.'));
  else {
    children.push(gridTable({ widths: widthsOf([0.36, 0.12, 0.52]), header: [['Indsats', 'Status', 'Begrundelse']], body: overview }));
    // The status has no date of its own; say so rather than pass today's for the period's.
    if (looksBack(data)) children.push(note('Status og begrundelse er indsatsernes status, som den står på Indsatser-arket, da notatet skrives.'));
  }
  if (data.lights) children.push(...trafficLightsSection(data.lights, widthsOf([0.46, 0.18, 0.18, 0.18])));
  for (const initiative of data.initiatives) children.push(...initiativeSection(data, initiative, plan));
  children.push(...planSection(data, plan), ...budgetSection(data), ...decisionsSection(data), ...actionsSection(data), ...risksSection(data, riskList), ...goalsSection(data));
  return buildDocument(
    { header: data.header, kind: 'Statusnotat', date: data.date, title: `Statusnotat ${periodLabel(data)}`, running: `Statusnotat ${periodLabel(data)}` },
    [{ children }],
  );
}

