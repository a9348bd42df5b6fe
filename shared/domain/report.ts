// The Word documents Arbejdsbogen generates (Rapporter sheet, a meeting's page, the CLI).
import type { MeetingStatus } from './meeting';

export const DOCUMENT_KINDS = ['dagsorden', 'referat', 'statusnotat', 'evaluering', 'programdokument'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  dagsorden: 'Dagsorden',
  referat: 'Referat',
  statusnotat: 'Statusnotat',
  evaluering: 'Evaluering',
  programdokument: 'Programdokument',
};

export const DOCUMENT_DESCRIPTIONS: Record<DocumentKind, string> = {
  dagsorden: 'Mødets tid, sted og deltagere og de accepterede punkter med tid, type, indstilling, sagsfremstilling og bilag.',
  referat: 'Som dagsordenen, med referat og beslutning under hvert punkt og en tabel over aftalte handlinger.',
  statusnotat: 'Til direktøren: indstilling, sammenfatning, indsatsernes status, planen, budget mod forbrug, beslutninger, åbne handlinger, risici og programmets mål for en periode – som de stod ved periodens slutning.',
  evaluering: 'Udkast til midtvejs- eller slutevaluering for en periode: aktiviteter, deltagere, partnere og forankring, læring fra opfølgningerne, effekter, økonomi, beslutninger og indstilling om videreførelse.',
  programdokument: 'Programdokumentet genskabt fra arbejdsbogen med programplan pr. kvartal og budgettabel, version og ændringer siden den godkendte udgave.',
};

/** The programme document promises a midway and a final evaluation (midtvejs- og slutevaluering). */
export const EVALUATION_STAGES = ['midtvejs', 'slut'] as const;
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

export const EVALUATION_LABELS: Record<EvaluationStage, string> = {
  midtvejs: 'Midtvejsevaluering',
  slut: 'Slutevaluering',
};

/** Documents about one meeting. */
export function isMeetingDocument(kind: DocumentKind): kind is 'dagsorden' | 'referat' {
  return kind === 'dagsorden' || kind === 'referat';
}

/** A meeting the user can make a dagsorden or referat for. */
export interface MeetingChoice {
  id: number;
  /** ISO date */
  date: string;
  startTime: string;
  endTime: string;
  status: MeetingStatus;
}

export interface ReportOptions {
  /** ISO date the app takes as today */
  today: string;
  meetings: MeetingChoice[];
  /** The next meeting, else the latest; null when there are none. */
  defaultMeetingId: number | null;
  /** Since the last statusnotat, else the current quarter, up to today. */
  defaultPeriod: { from: string; to: string };
  /** An evaluation's suggested period: the programme period's start to its end, or to today while it runs. */
  evaluationPeriod: { from: string; to: string };
  /** End of the last statusnotat's period made from this workbook on this machine. */
  lastStatusReportTo: string | null;
  /** Where documents are suggested saved: the workbook's folder. */
  folder: string;
}

export interface GeneratedDocument {
  path: string;
  fileName: string;
  /** False when the system could not open the file; openError says why (in the system's words). */
  opened: boolean;
  openError: string | null;
}

/** The meeting documents that can be sent: as an e-mail draft, the dagsorden with a calendar invitation. */
export const SENT_DOCUMENTS = ['dagsorden', 'referat'] as const;
export type SentDocument = (typeof SENT_DOCUMENTS)[number];

/** What "Send dagsorden" and "Send referat" wrote and opened. */
export interface SentMeetingDocument {
  document: SentDocument;
  /** The e-mail draft (.eml, unsent), with the Word document attached. */
  email: GeneratedDocument;
  /** The calendar invitation (.ics); with the dagsorden only. */
  invitation: GeneratedDocument | null;
  /** The e-mail's addressees, "Navn <adresse>". */
  recipients: string[];
  /** Participants the e-mail is not addressed to: no (usable) e-mail address on the member. */
  withoutEmail: string[];
}

/** The notice naming participants without an e-mail address (sheet and command line), or null. */
export function withoutEmailNotice(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  const who = names.length === 1 ? `${names[0]} har ingen e-mailadresse og er` : `${names.length} deltagere har ingen e-mailadresse og er`;
  const list = names.length === 1 ? '' : `: ${names.join('; ')}`;
  return `${who} ikke med som modtager${list}. Send dokumentet på anden vis, eller skriv e-mailadressen på medlemmet under Program → Styregruppens medlemmer.`;
}
