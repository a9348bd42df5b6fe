// The programdokument's version (issue 16): the approval date, a version line and the changes to
// the programme's content since the approved version, from the change log
// (loaders/programme-changes.ts). The version is counted so a director can check it: version 1 is
// the approved document, and each change listed below adds one – »Version 4« is the approved
// document with the three changes in the table.
import { formatDateLong, formatDateShort, todayIso } from '../../../shared/dates';
import { heading, note, type Block } from '../blocks';
import { count } from '../format';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import type { ProgrammeChange } from '../loaders/programme-changes';

export interface ProgrammeVersion {
  /** ISO date of approval, or '' when the programme is not approved yet. */
  approvedOn: string;
  changes: ProgrammeChange[];
}

/** The facts for the front matter: Godkendt and Version. */
export function versionFacts(version: ProgrammeVersion, date: string): Array<[string, string]> {
  if (version.approvedOn === '') return [['Godkendt', 'Ikke godkendt endnu']];
  return [
    ['Godkendt', formatDateLong(version.approvedOn)],
    ['Version', `Version ${version.changes.length + 1} af ${formatDateLong(date)}`],
  ];
}

/** »Hanne Holm (Formand)« → »Hanne Holm«: the role is in the change log; the table names people. */
function person(author: string): string {
  return cleanLine(author.replace(/\s*\([^)]*\)\s*$/, '')) || cleanLine(author);
}

/** The section listing what has changed since approval; nothing before approval. */
export function changesSection(version: ProgrammeVersion, width: number): Block[] {
  if (version.approvedOn === '') return [];
  const blocks: Block[] = [heading('Ændringer siden den godkendte udgave', 1)];
  const approved = formatDateLong(version.approvedOn);
  if (version.changes.length === 0) return [...blocks, note(`Programmets indhold er ikke ændret, siden det blev godkendt ${approved}.`)];
  const widths = [0.12, 0.12, 0.3, 0.32].map((f) => Math.round(width * f));
  widths.push(width - widths.reduce((a, b) => a + b, 0));
  blocks.push(
    note(
      `${count(version.changes.length, 'ændring', 'ændringer')} af programmets indhold siden godkendelsen ${approved}, fra arbejdsbogens ændringslog. ` +
        'Hver linje viser feltet, som det stod ved godkendelsen, og som det står nu; ændringer, der siden er taget tilbage, er ikke med. ' +
        'Version 1 er den godkendte udgave, og hver ændring her tæller én.',
    ),
    gridTable({
      widths,
      header: [['Dato', 'Ark', 'Hvad', 'Før → efter', 'Af']],
      body: version.changes.map((c): Cell[] => [
        formatDateShort(todayIso(new Date(c.at))),
        c.sheet,
        cleanLine(c.what),
        `${cleanLine(c.before)} → ${cleanLine(c.after)}`,
        c.by.map(person).join(', '),
      ]),
    }),
  );
  return blocks;
}
