// The headings Danish programme documents use, with the variants real documents have: spelling,
// numbering ("3. Økonomi"), a trailing colon, another word for the same section. A heading is
// recognised by what it says, never by its position or its font, so a .txt serves as well as a .docx.

export type SectionKind =
  | 'background' | 'purpose' | 'goals' | 'targetGroup' | 'elements' | 'plan' | 'budget' | 'followUp' | 'responsibility'
  /** Arbejdsbogen's own programdokument: what changed since approval, written from the change log. */
  | 'history';

const SECTION_NAMES: ReadonlyArray<[SectionKind, RegExp]> = [
  ['background', /^(baggrund|baggrund for programmet|indledning)$/],
  ['purpose', /^(formål|programmets formål|formål med programmet)$/],
  ['goals', /^(mål|målene er,? at|målene er|programmets mål|målsætninger?)$/],
  ['targetGroup', /^(målgruppen?|programmets målgruppe)$/],
  ['elements', /^(programmets elementer|elementer|indsatser|programmets indsatser)$/],
  ['plan', /^(programplan|tidsplan|plan|tids- og aktivitetsplan)$/],
  ['budget', /^(økonomi|budget|programmets økonomi)$/],
  ['followUp', /^(programopfølgning og evaluering|opfølgning og evaluering|evaluering|programopfølgning)$/],
  ['responsibility', /^(programansvar|ansvar|organisering|organisering og ansvar)$/],
  ['history', /^ændringer siden (den )?godkendte udgave$/],
];

/** "3.2 Økonomi:" → "økonomi": the words of a heading without numbering, colon or case. */
function headingWords(line: string): string {
  return line
    .trim()
    .replace(/^(\d+(\.\d+)*\.?|[IVX]+\.)\s+/, '')
    .replace(/\s*:\s*$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

export function sectionOfHeading(line: string): SectionKind | null {
  if (line.length > 60) return null;
  const words = headingWords(line);
  for (const [kind, pattern] of SECTION_NAMES) if (pattern.test(words)) return kind;
  return null;
}

export interface InitiativeHeading {
  number: number;
  title: string;
}

// "Indsats 1: Fællesskabende aktiviteter i Mørkhøj", "Indsats 2 – Bedre fritidsmuligheder",
// "Indsats 3. Det gode forældresamarbejde". Not "Indsats 1 og 2 – social innovator" (a budget group).
const INITIATIVE_HEADING = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?indsats\s+(\d{1,2})\s*[:.–—-]\s*(\S.*)$/i;

export function initiativeHeading(line: string): InitiativeHeading | null {
  if (line.length > 120) return null;
  const match = INITIATIVE_HEADING.exec(line.trim());
  if (!match) return null;
  return { number: Number(match[1]), title: (match[2] ?? '').trim().replace(/\s*:\s*$/, '') };
}

/** A line that is a heading by itself (and so never part of the paragraph around it). */
export function isStandaloneHeading(line: string): boolean {
  return sectionOfHeading(line) !== null || initiativeHeading(line) !== null;
}
