// What the importer found in a programme document, before anything is created: shown to the
// user as a preview, printed by the CLI, and – once confirmed – written into a new workbook.
import type { Program } from '../domain/program';
import type { QuarterKey } from '../quarters';

export interface ImportedPhase {
  title: string;
  start: QuarterKey;
  /** null: the phase runs on to the end of the period (the table gives no end before it). */
  end: QuarterKey | null;
}

export interface ImportedInitiative {
  number: number;
  title: string;
  description: string;
  targetGroup: string;
  effects: string[];
  effectFollowUp: string;
  participants: Array<{ groupName: string; count: number | null }>;
  phases: ImportedPhase[];
}

export interface ImportedBudgetLine {
  costType: string;
  /** Whole kroner per year, as the table gives them (a year left blank is absent). */
  budget: Record<number, number>;
}

export interface ImportedBudgetGroup {
  title: string;
  /** The numbers of the initiatives the group's money belongs to ("Indsats 1 og 2"). */
  initiatives: number[];
  lines: ImportedBudgetLine[];
}

/** Text the importer could not place: shown with where it stood, never dropped, never guessed. */
export interface UnplacedText {
  where: string;
  text: string;
}

export interface ImportedProgramme {
  program: Program;
  goals: string[];
  initiatives: ImportedInitiative[];
  budget: ImportedBudgetGroup[];
  unplaced: UnplacedText[];
  /** Disagreements the user must see: a total that does not add up, a phase outside the period. */
  warnings: string[];
}

/** Whether the document was placed whole and consistent (the CLI's exit 0). */
export function importIsClean(imported: ImportedProgramme): boolean {
  return imported.unplaced.length === 0 && imported.warnings.length === 0;
}
