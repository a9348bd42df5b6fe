// Initiatives (indsatser) and their detail.
import type { WholeNumberRules } from '../whole-number';

export const INITIATIVE_STATUSES = ['grøn', 'gul', 'rød'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** An initiative's number as typed: 1 to 999, the range the API accepts. */
export const INITIATIVE_NUMBER: WholeNumberRules = { label: 'Nummer', example: 3, min: 1, max: 999 };

/** How many take part (a group of an initiative, an activity); an empty field means not known. */
export const PARTICIPANT_COUNT: WholeNumberRules = { label: 'Antal deltagere', example: 12, min: 0, max: 1_000_000, optional: true };

export interface Initiative {
  id: number;
  position: number;
  number: number;
  title: string;
  responsible: string;
  status: InitiativeStatus;
  statusReason: string;
  targetGroup: string;
  description: string;
  /** Expected effects, one per entry. */
  effects: string[];
  /** How the effects are followed up (fokusgrupper, dialogmøder, løbende samtaler). */
  effectFollowUp: string;
}

/** Who takes part in an initiative, e.g. "Medarbejdere fra dagtilbud", 100. */
export interface InitiativeParticipant {
  id: number;
  initiativeId: number;
  position: number;
  groupName: string;
  count: number | null;
}

export interface InitiativeWithParticipants extends Initiative {
  participants: InitiativeParticipant[];
}

/** "Indsats 3: Det gode forældresamarbejde" */
export function initiativeLabel(initiative: Pick<Initiative, 'number' | 'title'>): string {
  return `Indsats ${initiative.number}: ${initiative.title}`;
}
