// One recogniser over the blocks any reader gives: the headings Danish programme documents use
// (headings.ts) open sections; each section's paragraphs, bullets and tables land in the
// workbook's fields. What fits nowhere is listed with where it stood – never dropped, never guessed.
import { PROGRAM_FIELD_NAMES, type Program } from '../domain/program';
import { addQuarters, compareQuarters, formatQuarter, quarterKey } from '../quarters';
import { readBudgetTable } from './budget-table';
import { readColumnlessBudget } from './columnless-budget';
import { columnlessPlanPeriod, yearsOfColumnlessTables } from './columnless-plan-period';
import type { DocumentBlock, DocumentStructure } from './document-blocks';
import { initiativeHeading, sectionOfHeading, type SectionKind } from './headings';
import type { ImportedProgramme, UnplacedText } from './imported-programme';
import { emptyInitiativeTexts, initiativeFromTexts, initiativeLabel, type InitiativePart, type InitiativeTexts } from './initiative-text';
import { isLetterhead, readFactsTable } from './facts-table';
import { readPlanTable } from './plan-table';
import { programFactsFrom } from './programme-facts';

const SECTION_NAMES: Record<SectionKind | 'preamble', string> = {
  preamble: 'Før Baggrund', background: 'Baggrund', purpose: 'Formål', goals: 'Målene', targetGroup: 'Målgruppe',
  elements: 'Programmets elementer', plan: 'Programplan', budget: 'Økonomi', followUp: 'Programopfølgning og evaluering',
  responsibility: 'Programansvar', history: 'Ændringer siden den godkendte udgave',
};

const TEXT_FIELD: Partial<Record<SectionKind, keyof Program>> = {
  background: 'background', purpose: 'purpose', targetGroup: 'targetGroup', elements: 'elementsIntro',
  plan: 'planText', followUp: 'followUp', responsibility: 'responsibility',
};

interface OpenInitiative {
  number: number;
  title: string;
  texts: InitiativeTexts;
  part: InitiativePart;
}

export function recogniseProgramme(structure: DocumentStructure): ImportedProgramme {
  const texts: Partial<Record<keyof Program, string[]>> = {};
  const goals: string[] = [];
  const unplaced: UnplacedText[] = [];
  const warnings: string[] = [];
  const opened: OpenInitiative[] = [];
  let title = '';
  let goalsIntro = '';
  // Asserted, not narrowed: the block handler below changes it.
  let section = 'preamble' as SectionKind | 'preamble';
  let expectTitle = false;
  // Asserted, not narrowed: the block handler below sets them.
  let plan = null as ReturnType<typeof readPlanTable>;
  let budget = null as ReturnType<typeof readBudgetTable>;
  let fundingSource = '';
  const current = (): OpenInitiative | undefined => (section === 'elements' ? opened[opened.length - 1] : undefined);
  const addText = (field: keyof Program, text: string): void => {
    (texts[field] ??= []).push(text);
  };

  const paragraph = (block: Extract<DocumentBlock, { kind: 'paragraph' | 'heading' }>): void => {
    const text = block.text;
    const listItem = block.kind === 'paragraph' && block.listItem;
    const initiative = current();
    // Inside an initiative, "Målgruppe:" and "Effekt:" are its own parts, not the programme's sections.
    const label = section === 'elements' && opened.length > 0 ? initiativeLabel(text) : null;
    if (label && initiative) {
      initiative.part = label.part;
      if (label.rest) pushInitiativeText(initiative, label.rest, false);
      return;
    }
    const heading = listItem ? null : initiativeHeading(text);
    if (heading && (section === 'elements' || section === 'targetGroup' || section === 'purpose' || section === 'goals')) {
      section = 'elements';
      opened.push({ number: heading.number, title: heading.title, texts: emptyInitiativeTexts(), part: 'description' });
      return;
    }
    const kind = listItem ? null : sectionOfHeading(text);
    if (kind) {
      section = kind;
      if (kind === 'goals') goalsIntro = text;
      return;
    }
    if (section === 'preamble') {
      const marker = /^programdokument\s*:?\s*(.*)$/i.exec(text);
      if (marker) {
        if (marker[1]) title = marker[1];
        else expectTitle = true;
      } else if (expectTitle || !title) {
        title = text;
        expectTitle = false;
      } else unplaced.push({ where: SECTION_NAMES.preamble, text });
      return;
    }
    if (initiative) {
      pushInitiativeText(initiative, text, listItem);
      return;
    }
    // The document's own history since approval: the new workbook's change log starts afresh.
    if (section === 'history') return;
    if (section === 'goals') {
      if (listItem) goals.push(text);
      else unplaced.push({ where: SECTION_NAMES.goals, text });
      return;
    }
    if (section === 'budget') {
      // "Beløb i hele kroner." says how to read the table; it is no text of the programme.
      if (/^beløb(ene)? (er )?i (hele )?(kr\.?|kroner)\.?$/i.test(text)) return;
      const funding = /^fra (.+?)\s*:?$/i.exec(text);
      if (funding?.[1] && !fundingSource) fundingSource = funding[1].charAt(0).toUpperCase() + funding[1].slice(1);
      else unplaced.push({ where: SECTION_NAMES.budget, text });
      return;
    }
    const field = TEXT_FIELD[section];
    if (field) addText(field, listItem ? `- ${text}` : text);
    else unplaced.push({ where: SECTION_NAMES[section], text });
  };

  const tableFacts: Partial<Program> = {};
  const letterhead: string[] = [];
  structure.blocks.forEach((block, index) => {
    if (block.kind !== 'table') {
      if (section !== 'preamble' && isTableCaption(block, structure.blocks[index + 1])) return;
      paragraph(block);
      return;
    }
    if (section === 'preamble' && isLetterhead(block.rows)) {
      letterhead.push(...block.rows.flatMap((r) => r.flatMap((c) => c.split(/(?=J\.\s*nr\.|Sag:|Dato:)/))));
      return;
    }
    if (section === 'history') return;
    const facts = readFactsTable(block.rows);
    if (facts) {
      Object.assign(tableFacts, facts);
      return;
    }
    const asPlan: ReturnType<typeof readPlanTable> = section === 'plan' || (section !== 'budget' && !plan) ? readPlanTable(block.rows) : null;
    if (asPlan && asPlan.rows.some((r) => r.phases.length > 0) && !plan) {
      plan = asPlan;
      return;
    }
    const asBudget: ReturnType<typeof readBudgetTable> = section === 'budget' || !budget ? readBudgetTable(block.rows) : null;
    if (asBudget && (asBudget.groups.length > 0 || asBudget.unplaced.length > 0) && !budget) {
      budget = asBudget;
      return;
    }
    if (block.rows.every((r) => r.length <= 1)) {
      // A budget whose figures fall into their years one way only is read as if it had columns.
      const columnless = budget ? null : readColumnlessBudget(block.rows.map((r) => r[0] ?? ''));
      if (columnless) {
        budget = columnless;
        return;
      }
      warnings.push(
        `En tabel i afsnittet »${SECTION_NAMES[section]}« står som tekst uden kolonner (som i en tekstudskrift af en PDF): hvilket tal hører til hvilket år eller kvartal kan ikke aflæses, så den er listet som ikke placeret`,
      );
      unplaced.push({ where: `${SECTION_NAMES[section]}, tabel uden kolonner`, text: block.rows.map((r) => r[0] ?? '').join('\n') });
      return;
    }
    for (const row of block.rows) {
      const cells = row.filter((c) => c.trim());
      if (cells.length > 0) unplaced.push({ where: `${SECTION_NAMES[section]}, tabel`, text: cells.join(' | ') });
    }
  });

  const initiatives = opened.map((o) => initiativeFromTexts(o.number, o.title, o.texts));
  if (plan) {
    unplaced.push(...plan.unplaced);
    for (const row of plan.rows) {
      const initiative = initiatives.find((i) => i.number === row.number);
      if (initiative) initiative.phases = row.phases;
      else if (row.phases.length > 0) {
        unplaced.push({ where: 'Programplan', text: `${row.label}: ${row.phases.map((p) => p.title).join(' → ')}` });
      }
    }
  }
  if (budget) {
    unplaced.push(...budget.unplaced);
    warnings.push(...budget.warnings);
  }

  const program = Object.fromEntries(PROGRAM_FIELD_NAMES.map((f) => [f, ''])) as Program;
  for (const [field, paragraphs] of Object.entries(texts)) program[field as keyof Program] = (paragraphs ?? []).join('\n\n');
  program.title = title;
  program.goalsIntro = goalsIntro;
  program.fundingSource = fundingSource;
  Object.assign(program, programFactsFrom({ ...structure, pageFurniture: [...structure.pageFurniture, ...letterhead] }, program));

  const quarters = plan?.columns.filter((c): c is string => c !== null) ?? [];
  const first = quarters[0];
  const last = quarters.at(-1);
  const columnlessPeriod = first && last ? null : columnlessPlanPeriod(unplaced);
  if (first && last) {
    program.periodStart = first;
    // A table of years only gives each year's first quarter: the period runs to the last year's end.
    program.periodEnd = quarters.every((c) => c.endsWith('K1')) ? addQuarters(last, 3) : last;
  } else if (columnlessPeriod) {
    program.periodStart = columnlessPeriod.start;
    program.periodEnd = columnlessPeriod.end;
  } else if (budget && budget.years.length > 0) {
    program.periodStart = quarterKey(Math.min(...budget.years), 1);
    program.periodEnd = quarterKey(Math.max(...budget.years), 4);
  } else {
    const years = yearsOfColumnlessTables(unplaced);
    if (years.length > 0) {
      program.periodStart = quarterKey(Math.min(...years), 1);
      program.periodEnd = quarterKey(Math.max(...years), 4);
      warnings.push(
        `Programperioden kan ikke aflæses af en tabel med kolonner; arbejdsbogen får årene, tabellernes overskrifter nævner (${formatQuarter(program.periodStart)} – ${formatQuarter(program.periodEnd)}) – ret perioden på Program-arket`,
      );
    } else {
      warnings.push('Programperioden fremgår hverken af en plantabel eller af budgettets år; arbejdsbogen får tre år fra i år – ret perioden på Program-arket');
    }
  }
  // What a table of facts states outright wins over what was read from sentences and the plan.
  for (const [field, value] of Object.entries(tableFacts)) if (value) program[field as keyof Program] = value;
  if (!title) warnings.push('Dokumentet har ingen titel, som kunne findes');
  for (const initiative of initiatives) {
    for (const phase of initiative.phases) {
      if (program.periodEnd && compareQuarters(phase.start, program.periodEnd) > 0) {
        warnings.push(`Fasen »${phase.title}« i indsats ${initiative.number} begynder efter programperioden`);
      }
    }
  }
  return { program, goals, initiatives, budget: budget?.groups ?? [], unplaced, warnings };

  function pushInitiativeText(initiative: OpenInitiative, text: string, listItem: boolean): void {
    const t = initiative.texts;
    if (initiative.part === 'effects') t.effects.push({ text, listItem });
    else if (initiative.part === 'targetGroup') t.targetGroup.push(text);
    else if (initiative.part === 'followUp') t.followUp.push(text);
    else t.description.push(text);
  }
}

/** A heading of no section right above a table ("Tidsplan pr. kvartal") names the table: it is no text of its own. */
function isTableCaption(block: DocumentBlock, next: DocumentBlock | undefined): boolean {
  if (block.kind !== 'heading' || next?.kind !== 'table') return false;
  return sectionOfHeading(block.text) === null && initiativeHeading(block.text) === null && initiativeLabel(block.text) === null;
}
