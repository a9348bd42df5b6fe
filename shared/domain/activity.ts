// The life of an initiative on the ground: its activities, the partners they are run with,
// and the follow-ups (fokusgrupper, dialogmøder, samtaler) the document's effect follow-up asks for.

export const ACTIVITY_STATUSES = ['idé', 'planlagt', 'i gang', 'forankret', 'stoppet'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface Activity {
  id: number;
  initiativeId: number;
  position: number;
  name: string;
  status: ActivityStatus;
  /** Who owns it locally (forankring): citizens, an association, the core services. */
  localOwner: string;
  /** ISO date, or null when not started or not known. */
  startDate: string | null;
  participants: number | null;
  note: string;
  /** The partners it is run with, in the order of the partner list. */
  partnerIds: number[];
}

export const PARTNER_KINDS = ['boligorganisation', 'forening', 'institution', 'borgergruppe', 'virksomhed', 'andet'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface Partner {
  id: number;
  position: number;
  name: string;
  kind: PartnerKind;
  contact: string;
  note: string;
  /** How many activities name this partner. */
  activityCount: number;
}

export const FOLLOW_UP_FORMS = ['fokusgruppe', 'dialogmøde', 'samtale'] as const;
export type FollowUpForm = (typeof FOLLOW_UP_FORMS)[number];

export interface FollowUp {
  id: number;
  initiativeId: number;
  /** ISO date. */
  date: string;
  form: FollowUpForm;
  withWhom: string;
  learnt: string;
}

/** The overview of one initiative: activities by status, participants in all, the last follow-up. */
export interface InitiativeOverview {
  initiativeId: number;
  activityCount: number;
  byStatus: Record<ActivityStatus, number>;
  /** Sum of the activities' known participant numbers. */
  participantsTotal: number;
  /** Activities whose number of participants is not filled in. */
  activitiesWithoutCount: number;
  lastFollowUp: FollowUp | null;
  followUpCount: number;
}

export interface InitiativeLife {
  activities: Activity[];
  followUps: FollowUp[];
  overview: InitiativeOverview;
}
