// The Program sheet: the programme's own texts and facts, one record per workbook.

/** Every editable text field of the programme, with its Danish label. Order = order on the sheet. */
export const PROGRAM_FIELDS = {
  title: 'Programmets titel',
  organisation: 'Afsender (kommune)',
  department: 'Forvaltning',
  steeringGroup: 'Styregruppe',
  journalNumber: 'J. nr.',
  caseNumber: 'Sag',
  periodStart: 'Periode fra (kvartal)',
  periodEnd: 'Periode til (kvartal)',
  fundingSource: 'Finansiering',
  /** ISO date the programme document was approved, or '' (migration 015). */
  approvedOn: 'Godkendelsesdato',
  owner: 'Programejer',
  leader: 'Programleder',
  supportUnit: 'Understøttes af',
  followedWith: 'Følges i samarbejde med',
  evaluationRecipient: 'Evalueringer forelægges',
  innovatorPlacement: 'Social innovators arbejdssted',
  dailyManager: 'Daglig leder for social innovator',
  background: 'Baggrund',
  purpose: 'Formål',
  goalsIntro: 'Indledning til målene',
  targetGroup: 'Målgruppe',
  elementsIntro: 'Programmets elementer',
  planText: 'Programplan',
  followUp: 'Programopfølgning og evaluering',
  responsibility: 'Programansvar',
} as const;

export type ProgramField = keyof typeof PROGRAM_FIELDS;
export const PROGRAM_FIELD_NAMES = Object.keys(PROGRAM_FIELDS) as ProgramField[];

/** Fields that hold several paragraphs (edited in a text area). */
export const PROGRAM_LONG_TEXT_FIELDS: readonly ProgramField[] = [
  'background', 'purpose', 'targetGroup', 'elementsIntro', 'planText', 'followUp', 'responsibility',
];

export type Program = Record<ProgramField, string>;

/** The short lists on the Program sheet. */
export const PROGRAM_LISTS = {
  goal: 'Mål',
  focusArea: 'Styregruppens indsatsområder',
  policy: 'Politikker og strategier, programmet understøtter',
} as const;
export type ProgramListKind = keyof typeof PROGRAM_LISTS;
export const PROGRAM_LIST_KINDS = Object.keys(PROGRAM_LISTS) as ProgramListKind[];

export interface ProgramListItem {
  id: number;
  list: ProgramListKind;
  position: number;
  text: string;
}

export interface Member {
  id: number;
  position: number;
  name: string;
  role: string;
  organisation: string;
  email: string;
}

export interface ProgramSheet {
  program: Program;
  lists: Record<ProgramListKind, ProgramListItem[]>;
  members: Member[];
}
