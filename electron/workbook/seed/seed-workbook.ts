import { PROGRAM_FIELD_NAMES, type Program } from '../../../shared/domain/program';
import { importIsClean, type ImportedProgramme } from '../../../shared/import/imported-programme';
import { recogniseProgramme } from '../../../shared/import/recognise-programme';
import { textToStructure } from '../../../shared/import/text-blocks';
import { quarterKey } from '../../../shared/quarters';
import { toRow } from '../columns';
import type { Transaction } from '../transaction';
import { PROGRAMME_EMPLOYMENT, PROGRAMME_FOCUS_AREAS, PROGRAMME_MEMBERS, PROGRAMME_POLICIES, PROGRAMME_RESPONSIBLE } from './programme-document';
import { PROGRAMME_DOCUMENT_TEXT } from './programme-document-text';
import { seedPlanAndActivities } from './plan-and-activities';
import { seedFromImport } from './seed-imported';

/** The programme document the app ships, read as any imported document is. */
export function importedProgrammeDocument(): ImportedProgramme {
  const imported = recogniseProgramme(textToStructure(PROGRAMME_DOCUMENT_TEXT));
  // The shipped text is ours: anything not placed is a defect here, never a user's problem.
  if (!importIsClean(imported)) {
    throw new Error(`Programdokumentet, appen leveres med, blev ikke læst helt: ${[...imported.unplaced.map((u) => u.text), ...imported.warnings].join('; ')}`);
  }
  return imported;
}

/**
 * Fills an empty workbook with the programme document: imported like any programme document
 * (one code path), then what the app knows beyond the document – the roles of the steering
 * group, its focus areas and the policies served, who is responsible for each initiative, the
 * innovator's employment behind the salary line, the milestones, partners and activity ideas.
 */
export function seedFromProgrammeDocument(tx: Transaction): void {
  const imported = importedProgrammeDocument();
  const { lineIds } = seedFromImport(tx, imported, { responsible: PROGRAMME_RESPONSIBLE });
  const lists: Array<[string, string[]]> = [['focusArea', PROGRAMME_FOCUS_AREAS], ['policy', PROGRAMME_POLICIES]];
  for (const [list, texts] of lists) texts.forEach((text, i) => tx.insert('program_list_item', { list, text, position: i + 1 }));
  PROGRAMME_MEMBERS.forEach((m, i) => tx.insert('member', { ...m, position: i + 1 }));
  seedPlanAndActivities(tx, imported.program.periodStart, imported.program.periodEnd);
  const salaryLine = imported.budget[0]?.lines.findIndex((l) => l.costType === PROGRAMME_EMPLOYMENT.costType) ?? -1;
  const lineId = lineIds[0]?.[salaryLine];
  if (lineId !== undefined) {
    const e = PROGRAMME_EMPLOYMENT;
    tx.insert('budget_employment', { line_id: lineId, position: 1, title: e.title, annual_salary: e.annualSalary, start_quarter: e.start, end_quarter: e.end });
  }
}

/** A blank workbook: only a title and a three-year period from this year. */
export function seedBlank(tx: Transaction, today = new Date()): void {
  const year = today.getFullYear();
  const empty = Object.fromEntries(PROGRAM_FIELD_NAMES.map((f) => [f, ''])) as Program;
  tx.insert('program', {
    id: 1,
    ...toRow({ ...empty, title: 'Ny arbejdsbog', periodStart: quarterKey(year, 1), periodEnd: quarterKey(year + 2, 4) }),
    approved_on: null,
  });
}
