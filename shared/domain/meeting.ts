// Meetings of the steering group: agenda, minutes, decisions and actions.
// These types are the contract between the Møder sheet and the Word documents.

export const MEETING_STATUSES = ['planlagt', 'dagsorden udsendt', 'afholdt', 'referat godkendt'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const AGENDA_ITEM_TYPES = ['Orientering', 'Drøftelse', 'Beslutning'] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];

/** What a »Forslag til dagsorden« is drawn from; an item taken from one keeps it. */
export const SUGGESTION_SOURCE_KINDS = ['handling', 'fase', 'milepæl', 'budgetlinje', 'indsats', 'forslag', 'udsat punkt', 'program'] as const;
export type SuggestionSourceKind = (typeof SUGGESTION_SOURCE_KINDS)[number];

/** A proposal from someone other than the chair waits for the chair's answer. */
export const PROPOSAL_STATES = ['accepteret', 'foreslået', 'afvist'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** The standing items every meeting gets; null for ordinary items. */
export const STANDING_ITEMS = {
  approveAgenda: 'Godkendelse af dagsorden',
  followUp: 'Opfølgning på referat og handlinger',
  anyOtherBusiness: 'Eventuelt',
} as const;
export type StandingItemKind = keyof typeof STANDING_ITEMS;

/** How an item differs from the agenda as sent: changed since, or added since. */
export const AGENDA_REVISIONS = ['ændret', 'ny'] as const;
export type AgendaRevision = (typeof AGENDA_REVISIONS)[number];

export const ACTION_STATUSES = ['åben', 'i gang', 'færdig'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const DEFAULT_MEETING_PLACE = 'Mørkhøj Bibliotek';

export interface Meeting {
  id: number;
  /** ISO date, YYYY-MM-DD */
  date: string;
  /** "14:00" */
  startTime: string;
  endTime: string;
  place: string;
  status: MeetingStatus;
}

export interface MeetingParticipant {
  id: number;
  meetingId: number;
  /** The steering-group member, when the participant is one. */
  memberId: number | null;
  name: string;
  role: string;
  present: boolean;
  /** e.g. "afbud" with a reason */
  absenceNote: string;
}

export interface Attachment {
  id: number;
  itemId: number;
  name: string;
  path: string;
}

export interface AgendaItem {
  id: number;
  meetingId: number;
  position: number;
  title: string;
  type: AgendaItemType;
  presenter: string;
  /** Minutes allotted */
  minutes: number;
  initiativeId: number | null;
  /** Indstilling: the "at …" points */
  recommendation: string[];
  /** Sagsfremstilling, several paragraphs */
  caseText: string;
  standing: StandingItemKind | null;
  proposedBy: string;
  proposalState: ProposalState;
  declineReason: string;
  /** Referat */
  minutesText: string;
  /** Beslutning */
  decision: string;
  attachments: Attachment[];
  /** Changed or added after the agenda was sent; null while it reads as sent. */
  revision: AgendaRevision | null;
  /** ISO date of the latest change after sending, or null. */
  revisedOn: string | null;
  /** Taken from »Forslag til dagsorden«: what it was suggested from; null for items written by hand. */
  sourceKind: SuggestionSourceKind | null;
  sourceId: number | null;
}

export interface ActionItem {
  id: number;
  meetingId: number;
  itemId: number | null;
  what: string;
  who: string;
  memberId: number | null;
  /** ISO date or null */
  deadline: string | null;
  status: ActionStatus;
}

/** A computed time slot "kl. 14.00–14.20". */
export interface TimeSlot {
  start: string;
  end: string;
}
