// What the app knows about the Mørkhøj programme beyond its document, for the default workbook:
// the document itself is imported (programme-document-text.ts, seed-workbook.ts). The steering
// group's focus areas and the policies served are named in the document's Baggrund; the roles,
// who is responsible for each initiative and the innovator's employment follow from its text.

export const PROGRAMME_FOCUS_AREAS = [
  'Styrket forældresamarbejde',
  'Bedre fritidsmuligheder',
  'Visionen om et bydelshus eller lignende kulturelt og socialt kraftcenter i Mørkhøj',
];

export const PROGRAMME_POLICIES = [
  'Gladsaxe Kommunes Kultur-, Fritids- og Idrætspolitik',
  'Børne- og skolepolitikken',
  'Gladsaxe Kommunes medborgerskabsstrategi',
];

/** The document names roles, not people: names are left for the group to fill in. */
export const PROGRAMME_MEMBERS = [
  { name: '', role: 'Formand for styregruppen (programleder)', organisation: 'Gladsaxe Kommune', email: '' },
  { name: '', role: 'Social innovator (refererer til styregruppen)', organisation: 'Mørkhøj Bibliotek', email: '' },
  { name: '', role: 'Filialleder, daglig leder for den sociale innovator', organisation: 'Mørkhøj Bibliotek', email: '' },
  { name: '', role: 'Støtte til opfølgning og udvikling', organisation: 'SOB-enheden', email: '' },
];

/** Who is responsible, by initiative number (»Den social innovators arbejde bliver hovedsageligt arbejdet med indsats 1 og 2 …«). */
export const PROGRAMME_RESPONSIBLE: Readonly<Record<number, string>> = {
  1: 'Social innovator',
  2: 'Social innovator og arbejdsgruppen for indsats 2',
  3: 'Styregruppens arbejdsgruppe for indsats 3',
};

/** "Der ansættes en social innovator for 3 år" from 2019 K4 at 575.000 kr. a year: the salary line's employment. */
export const PROGRAMME_EMPLOYMENT = {
  costType: 'Løn', title: 'Social innovator', annualSalary: 575_000, start: '2019-K4', end: '2022-K3',
} as const;
