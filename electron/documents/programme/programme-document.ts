// Programdokument: the programme document regenerated from the workbook, in the original's
// order — Baggrund, Formål with the goals, Målgruppe, the initiatives, Programplan with its
// quarter table, Økonomi with the budget table, Programopfølgning og evaluering, Programansvar.
// A pure function of its data: the loader (loaders/programme.ts) reads the workbook.
import type { Document, Paragraph } from 'docx';
import { computeBudgetTotals } from '../../../shared/budget-totals';
import type { BudgetData } from '../../../shared/domain/budget';
import { initiativeLabel, type Initiative } from '../../../shared/domain/initiative';
import type { PlanPhase } from '../../../shared/domain/plan';
import { PROGRAM_FIELDS, type Program } from '../../../shared/domain/program';
import { formatQuarter, isQuarterKey } from '../../../shared/quarters';
import { budgetPlanTable } from '../budget-tables';
import { bullets, heading, note, subtitle, textBlocks, textParagraph, title, type Block } from '../blocks';
import { buildDocument, type DocumentHeader, type DocumentPart } from '../layout';
import { planTables } from '../plan-table';
import { factTable } from '../tables';
import { cleanLine, cleanText, lowerFirst } from '../text';
import { A4_LANDSCAPE, A4_PORTRAIT, textWidth } from '../theme';
import type { ProgrammeChange } from '../loaders/programme-changes';
import { changesSection, versionFacts } from './changes-section';

export interface ProgrammeDocumentData {
  header: DocumentHeader;
  /** ISO date the document is dated. */
  date: string;
  program: Program;
  goals: string[];
  initiatives: Initiative[];
  phases: PlanPhase[];
  budget: BudgetData;
  /** The changes to the programme's content since program.approvedOn (none before approval). */
  changes: ProgrammeChange[];
}

const PORTRAIT_WIDTH = textWidth(A4_PORTRAIT);
const LANDSCAPE_WIDTH = textWidth(A4_LANDSCAPE);

/** A section's text, or a remark that the workbook has none yet. */
function sectionText(text: string, missing: string): Paragraph[] {
  const blocks = textBlocks(text);
  return blocks.length > 0 ? blocks : [note(missing)];
}

function period(program: Program): string {
  const valid = isQuarterKey(program.periodStart) && isQuarterKey(program.periodEnd);
  return valid ? `${formatQuarter(program.periodStart)} – ${formatQuarter(program.periodEnd)}` : '';
}

function frontMatter(data: ProgrammeDocumentData): Block[] {
  const p = data.program;
  const facts: Array<[string, string]> = [
    ['Programejer', p.owner],
    ['Programleder', p.leader],
    ['Styregruppe', p.steeringGroup],
    ['Periode', period(p)],
    ['Finansiering', p.fundingSource],
    // The rest of the Program sheet's facts, under its own labels, so the document imports back whole.
    [PROGRAM_FIELDS.supportUnit, p.supportUnit],
    [PROGRAM_FIELDS.followedWith, p.followedWith],
    [PROGRAM_FIELDS.evaluationRecipient, p.evaluationRecipient],
    [PROGRAM_FIELDS.innovatorPlacement, p.innovatorPlacement],
    [PROGRAM_FIELDS.dailyManager, p.dailyManager],
  ];
  const version = { approvedOn: p.approvedOn, changes: data.changes };
  const shown = [...facts.filter(([, value]) => cleanLine(value) !== ''), ...versionFacts(version, data.date)];
  const blocks: Block[] = [title(cleanLine(p.title) || 'Programdokument'), subtitle('Programdokument')];
  blocks.push(factTable(shown.map(([k, v]) => [k, cleanLine(v)]), PORTRAIT_WIDTH, 2100));
  return [...blocks, ...changesSection(version, PORTRAIT_WIDTH)];
}

/** Lines of a short text: several lines become bullets, as the original lists indsats 3's målgruppe. */
function linesOrBullets(text: string, missing: string): Paragraph[] {
  const lines = cleanText(text).split('\n').map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return [note(missing)];
  if (lines.length === 1) return [textParagraph(lines[0]!)];
  return bullets(lines);
}

function initiativeBlocks(initiative: Initiative): Block[] {
  const effects = initiative.effects.map((e) => cleanText(e).trim()).filter(Boolean);
  const blocks: Block[] = [
    heading(initiativeLabel({ number: initiative.number, title: cleanLine(initiative.title) }), 2),
    heading('Beskrivelse', 3),
    ...sectionText(initiative.description, 'Indsatsen er endnu ikke beskrevet.'),
    heading('Målgruppe', 3),
    ...linesOrBullets(initiative.targetGroup, 'Målgruppen er endnu ikke beskrevet.'),
    heading('Effekt', 3),
  ];
  if (effects.length === 0) blocks.push(note('Der er endnu ikke beskrevet forventede effekter.'));
  else if (effects.length === 1) blocks.push(textParagraph(effects[0]!));
  else blocks.push(...bullets(effects));
  blocks.push(...textBlocks(initiative.effectFollowUp));
  return blocks;
}

export function programmeDocument(data: ProgrammeDocumentData): Document {
  const p = data.program;
  const goals = data.goals.map((g) => cleanText(g).trim()).filter(Boolean);
  const opening: Block[] = [
    ...frontMatter(data),
    heading('Baggrund', 1),
    ...sectionText(p.background, 'Baggrunden er endnu ikke beskrevet.'),
    heading('Formål', 1),
    ...sectionText(p.purpose, 'Formålet er endnu ikke beskrevet.'),
  ];
  if (goals.length > 0) {
    if (cleanLine(p.goalsIntro)) opening.push(textParagraph(cleanLine(p.goalsIntro), { keepNext: true }));
    opening.push(...bullets(goals));
  }
  opening.push(heading('Målgruppe', 1), ...sectionText(p.targetGroup, 'Målgruppen er endnu ikke beskrevet.'));
  opening.push(heading('Programmets elementer', 1), ...textBlocks(p.elementsIntro));
  if (data.initiatives.length === 0) opening.push(note('Der er endnu ingen indsatser i arbejdsbogen.'));
  for (const initiative of data.initiatives) opening.push(...initiativeBlocks(initiative));
  opening.push(heading('Programplan', 1), ...textBlocks(p.planText));

  const parts: DocumentPart[] = [];
  let current: DocumentPart = { page: A4_PORTRAIT, children: opening };
  parts.push(current);
  const switchTo = (orientation: 'portrait' | 'landscape') => {
    const page = orientation === 'landscape' ? A4_LANDSCAPE : A4_PORTRAIT;
    if (current.page !== page) {
      current = { page, children: [] };
      parts.push(current);
    }
  };

  if (isQuarterKey(p.periodStart) && isQuarterKey(p.periodEnd)) {
    const plan = planTables(
      { periodStart: p.periodStart, periodEnd: p.periodEnd, initiatives: data.initiatives, phases: data.phases },
      PORTRAIT_WIDTH,
      LANDSCAPE_WIDTH,
    );
    switchTo(plan.orientation);
    if (plan.orientation === 'landscape') current.children.push(heading('Tidsplan pr. kvartal', 2));
    plan.tables.forEach((table, i) => {
      if (plan.tables.length > 1) current.children.push(textParagraph(`Programplan ${plan.ranges[i]}`, { keepNext: true, run: { bold: true } }));
      current.children.push(table, textParagraph(''));
    });
  } else {
    current.children.push(note('Programperioden er ikke angivet, så planen kan ikke vises pr. kvartal.'));
  }

  const budget = budgetPlanTable(data.budget, computeBudgetTotals(data.budget), PORTRAIT_WIDTH, LANDSCAPE_WIDTH);
  switchTo(budget.orientation);
  current.children.push(heading('Økonomi', 1));
  if (cleanLine(p.fundingSource)) current.children.push(textParagraph(`Fra ${lowerFirst(cleanLine(p.fundingSource))}:`, { keepNext: true }));
  if (data.budget.groups.length === 0) current.children.push(note('Der er endnu ikke lagt et budget ind i arbejdsbogen.'));
  else current.children.push(budget.table, note('Beløb i hele kroner.'));

  switchTo('portrait');
  current.children.push(
    heading('Programopfølgning og evaluering', 1),
    ...sectionText(p.followUp, 'Opfølgning og evaluering er endnu ikke beskrevet.'),
    heading('Programansvar', 1),
    ...sectionText(p.responsibility, 'Programansvaret er endnu ikke beskrevet.'),
  );

  return buildDocument({ header: data.header, kind: 'Programdokument', date: data.date, title: cleanLine(p.title) || 'Programdokument' }, parts);
}
