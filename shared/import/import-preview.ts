// What the import dialog shows before anything is created: the importer's findings as they will
// be stored, plus the two tables the user checks by eye – the plan laid out over the quarters and
// the budget with the totals per group, per year and in all (computed here, never read back).
import { compareQuarters, quartersBetween, type QuarterKey } from '../quarters';
import type { ImportedPhase, ImportedProgramme } from './imported-programme';
import { importIsClean } from './imported-programme';

/** As electron/workbook/file-format's WORKBOOK_EXTENSION (shared/ cannot import electron/). */
const WORKBOOK_FILE_EXTENSION = '.arbejdsbog';

export interface PreviewPlanLane {
  initiative: number;
  /** The phases of one row, none overlapping; each spans quarters[from..to]. */
  phases: Array<{ title: string; from: number; to: number; openEnded: boolean }>;
}

export interface PreviewPlan {
  quarters: QuarterKey[];
  lanes: PreviewPlanLane[];
}

export interface PreviewBudgetRow {
  label: string;
  /** Whole kroner per year of `years`; null where the document gives none. */
  amounts: Array<number | null>;
  total: number;
}

export interface PreviewBudget {
  years: number[];
  groups: Array<{ title: string; initiatives: number[]; lines: PreviewBudgetRow[]; totals: PreviewBudgetRow }>;
  totals: PreviewBudgetRow;
}

export interface ImportPreview {
  /** Names the document kept in the main process; the only thing the window sends back. */
  token: string;
  fileName: string;
  /** The new workbook's suggested file name. */
  suggestedName: string;
  imported: ImportedProgramme;
  plan: PreviewPlan | null;
  budget: PreviewBudget | null;
  clean: boolean;
}

/** A file name from the programme's title: no characters Windows or a network drive refuses. */
export function suggestedWorkbookName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+|\.+$/g, '').slice(0, 120).trim();
  return `${cleaned || 'Ny arbejdsbog'}${WORKBOOK_FILE_EXTENSION}`;
}

function planQuarters(imported: ImportedProgramme): QuarterKey[] {
  const { periodStart, periodEnd } = imported.program;
  const phases = imported.initiatives.flatMap((i) => i.phases);
  const keys = [periodStart, periodEnd, ...phases.flatMap((p) => (p.end ? [p.start, p.end] : [p.start]))].filter(Boolean).sort(compareQuarters);
  if (phases.length === 0 || keys.length === 0) return [];
  return quartersBetween(keys[0]!, keys.at(-1)!);
}

/** The plan as the Plan sheet will show it: one row per initiative, more where its phases overlap. */
export function previewPlan(imported: ImportedProgramme): PreviewPlan | null {
  const quarters = planQuarters(imported);
  if (quarters.length === 0) return null;
  const index = (key: QuarterKey) => quarters.indexOf(key);
  const lanes: PreviewPlanLane[] = [];
  for (const initiative of imported.initiatives) {
    const own: PreviewPlanLane[] = [];
    const placed = (phase: ImportedPhase) => ({ title: phase.title, from: index(phase.start), to: phase.end ? index(phase.end) : quarters.length - 1, openEnded: !phase.end });
    for (const phase of initiative.phases) {
      const span = placed(phase);
      const lane = own.find((l) => l.phases.every((p) => p.to < span.from || p.from > span.to));
      if (lane) lane.phases.push(span);
      else own.push({ initiative: initiative.number, phases: [span] });
    }
    for (const lane of own) lane.phases.sort((a, b) => a.from - b.from);
    lanes.push(...(own.length > 0 ? own : [{ initiative: initiative.number, phases: [] }]));
  }
  return { quarters, lanes };
}

function row(label: string, amounts: Array<number | null>): PreviewBudgetRow {
  return { label, amounts, total: amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) };
}

function sumRows(label: string, years: number[], rows: PreviewBudgetRow[]): PreviewBudgetRow {
  return row(label, years.map((_, i) => rows.reduce<number>((sum, r) => sum + (r.amounts[i] ?? 0), 0)));
}

/** The budget per group and line with each year's amount, the groups' subtotals and the grand total. */
export function previewBudget(imported: ImportedProgramme): PreviewBudget | null {
  if (imported.budget.length === 0) return null;
  const years = [...new Set(imported.budget.flatMap((g) => g.lines.flatMap((l) => Object.keys(l.budget).map(Number))))].sort((a, b) => a - b);
  const groups = imported.budget.map((group) => {
    const lines = group.lines.map((line) => row(line.costType, years.map((y) => line.budget[y] ?? null)));
    return { title: group.title, initiatives: group.initiatives, lines, totals: sumRows(`I alt ${group.title}`, years, lines) };
  });
  return { years, groups, totals: sumRows('I alt', years, groups.map((g) => g.totals)) };
}

export function buildImportPreview(imported: ImportedProgramme, fileName: string, token: string): ImportPreview {
  return {
    token, fileName, suggestedName: suggestedWorkbookName(imported.program.title), imported,
    plan: previewPlan(imported), budget: previewBudget(imported), clean: importIsClean(imported),
  };
}
