// What the importer found, as the user reads it (CLI and preview alike): counts and names of
// what was placed, then everything not placed with its text, then every warning.
import { formatKroner } from '../money';
import { formatQuarter } from '../quarters';
import type { ImportedProgramme } from './imported-programme';

export function importReportLines(imported: ImportedProgramme): string[] {
  const p = imported.program;
  const lines: string[] = [`Titel: ${p.title || '(ikke fundet)'}`];
  if (p.periodStart && p.periodEnd) lines.push(`Periode: ${formatQuarter(p.periodStart)} – ${formatQuarter(p.periodEnd)}`);
  if (p.journalNumber || p.caseNumber) lines.push(`J. nr.: ${p.journalNumber || '–'}   Sag: ${p.caseNumber || '–'}`);
  if (p.fundingSource) lines.push(`Finansiering: ${p.fundingSource}`);
  const texts: Array<[string, string]> = [
    ['Baggrund', p.background], ['Formål', p.purpose], ['Målgruppe', p.targetGroup], ['Programplan', p.planText],
    ['Programopfølgning og evaluering', p.followUp], ['Programansvar', p.responsibility],
  ];
  lines.push(`Tekster: ${texts.map(([name, text]) => `${name} ${text ? '✓' : '–'}`).join(', ')}`);
  lines.push(`Mål: ${imported.goals.length}`);
  for (const i of imported.initiatives) {
    lines.push(`Indsats ${i.number}: ${i.title} – ${i.effects.length} effekt${i.effects.length === 1 ? '' : 'er'}, ${i.phases.length} fase${i.phases.length === 1 ? '' : 'r'} i planen`);
  }
  const total = imported.budget.flatMap((g) => g.lines).reduce((sum, l) => sum + Object.values(l.budget).reduce((a, b) => a + b, 0), 0);
  const lineCount = imported.budget.reduce((n, g) => n + g.lines.length, 0);
  lines.push(imported.budget.length > 0 ? `Budget: ${imported.budget.length} grupper, ${lineCount} linjer, i alt ${formatKroner(total)} kr.` : 'Budget: intet fundet');
  if (imported.unplaced.length > 0) {
    lines.push('', `Ikke placeret (${imported.unplaced.length}):`);
    for (const u of imported.unplaced) lines.push(`  [${u.where}] ${u.text.replace(/\n/g, ' / ')}`);
  }
  if (imported.warnings.length > 0) {
    lines.push('', `Advarsler (${imported.warnings.length}):`);
    for (const w of imported.warnings) lines.push(`  ${w}`);
  }
  return lines;
}
