// The programme's facts as its own sentences state them: J. nr. and Sag from the letterhead,
// "Programejer er …", "… er programleder", "… forelægges …". Only what a sentence says outright;
// a fact the document does not state stays empty for the user to fill in.
import type { Program } from '../domain/program';
import type { DocumentStructure } from './document-blocks';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function firstMatch(text: string, pattern: RegExp): string {
  const m = pattern.exec(text);
  return m?.[1] ? capitalise(m[1].trim()) : '';
}

/** The most frequent "X Kommune" in the text: the sender. */
function organisationOf(text: string): string {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b(\p{Lu}[\p{L}-]+ Kommune)s?\b/gu)) if (m[1]) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

export function programFactsFrom(structure: DocumentStructure, program: Program): Partial<Program> {
  const all = [
    ...structure.pageFurniture,
    ...structure.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.join(' ')) : [b.text])),
  ].join('\n');
  const furniture = structure.pageFurniture.join('\n') + '\n' + all;
  // "J. nr. 85.00.00P20 2": the number, not the page number a PDF's footer adds after it.
  const journalNumber = /J\.\s*nr\.?:?\s*([0-9][\w.]*)/i.exec(furniture)?.[1] ?? '';
  const caseNumber = /Sag\s*(?:nr\.)?:\s*([0-9][\d/]*(?: \d{3})?)/i.exec(furniture)?.[1] ?? '';
  const responsibility = `${program.responsibility}\n${program.followUp}\n${program.planText}`;
  return {
    journalNumber,
    caseNumber,
    organisation: organisationOf(all),
    department: firstMatch(all, /direktør(?:en)? i ((?:[\p{L}-]+ og )?[\p{L}-]+forvaltningen)/iu),
    steeringGroup: firstMatch(all, /\b(styregruppen for [\p{L} ]+? i [\p{Lu}][\p{L}]+)/u),
    owner: firstMatch(responsibility, /programejer er ([^.]+)\./i),
    leader: firstMatch(responsibility, /(?:^|\.\s+)([^.]+?) er programleder/i),
    supportUnit: firstMatch(responsibility, /(?:^|\.\s+)([\p{L}-]+enheden) understøtter/iu),
    followedWith: firstMatch(responsibility, /følges løbende i et tæt samarbejde mellem [^.]+? og ([^.]+)\./i),
    evaluationRecipient: firstMatch(responsibility, /forelægges ([^.]+)\./i),
    innovatorPlacement: firstMatch(responsibility, /primær arbejdsplads på ([^.]+?) og /i),
    dailyManager: firstMatch(responsibility, / og ([^.]+?) som daglig leder/i),
  };
}
