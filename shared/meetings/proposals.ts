// Who puts items on the agenda: the chair directly, everyone else as a proposal the chair
// accepts or declines. Declined items stay visible with the reason.
import type { AgendaItem, ProposalState } from '../domain/meeting';
import type { UserRole } from '../domain/user';

export const CHAIR_ROLE: UserRole = 'Formand';

export function isChair(role: UserRole | null | undefined): boolean {
  return role === CHAIR_ROLE;
}

/** How a new item starts: accepted when the chair adds it, a proposal stamped with the name otherwise. */
export function newItemProposal(user: { name: string; role: UserRole } | null, fallbackName: string): { proposedBy: string; proposalState: ProposalState } {
  if (user && isChair(user.role)) return { proposedBy: '', proposalState: 'accepteret' };
  return { proposedBy: user?.name ?? fallbackName, proposalState: 'foreslået' };
}

/** Only accepted items are on the agenda: they get a time slot, a number and go in the documents. */
export function isOnAgenda(item: Pick<AgendaItem, 'proposalState'>): boolean {
  return item.proposalState === 'accepteret';
}

/** "foreslået af Mette Hansen" for an item someone proposed; empty for the chair's own items. */
export function proposalLabel(item: Pick<AgendaItem, 'proposedBy' | 'proposalState'>): string {
  if (!item.proposedBy) return '';
  if (item.proposalState === 'afvist') return `foreslået af ${item.proposedBy} – afvist`;
  return `foreslået af ${item.proposedBy}`;
}

export interface ProposalDecision {
  accept: boolean;
  reason: string;
}

/**
 * Why the chair's answer to a proposal cannot be recorded, or null when it can. A declined
 * proposal needs a reason, so the proposer can read why.
 */
export function proposalDecisionProblem(role: UserRole | null | undefined, item: Pick<AgendaItem, 'proposalState' | 'standing'>, decision: ProposalDecision): string | null {
  if (!isChair(role)) return 'Kun formanden kan acceptere eller afvise forslag til dagsordenen';
  if (item.standing !== null && !decision.accept) return 'Et fast punkt på dagsordenen kan ikke afvises';
  if (!decision.accept && decision.reason.trim() === '') return 'Skriv en begrundelse for at afvise forslaget';
  if (decision.accept && item.proposalState === 'accepteret') return 'Punktet er allerede på dagsordenen';
  return null;
}

/** The fields a decision sets. Accepting clears an earlier reason for declining. */
export function proposalDecisionPatch(decision: ProposalDecision): { proposalState: ProposalState; declineReason: string } {
  return decision.accept
    ? { proposalState: 'accepteret', declineReason: '' }
    : { proposalState: 'afvist', declineReason: decision.reason.trim() };
}

type Editor = { name: string; role: UserRole } | null | undefined;

/** Whether this user proposed the item (and so may keep working on it). */
export function isOwnProposal(user: Editor, item: Pick<AgendaItem, 'proposedBy'>): boolean {
  return !!user && item.proposedBy !== '' && item.proposedBy === user.name;
}

/**
 * Why this user may not change an item's agenda fields (title, Indstilling, Sagsfremstilling,
 * bilag …), or null. The chair plans the agenda; others work on the items they proposed.
 */
export function agendaEditProblem(user: Editor, item: Pick<AgendaItem, 'proposedBy'>): string | null {
  if (isChair(user?.role) || isOwnProposal(user, item)) return null;
  return 'Kun formanden kan ændre dette punkt. Du kan foreslå et nyt punkt til dagsordenen';
}

/** Why this user may not reorder the agenda, or null: ordering the agenda is the chair's. */
export function reorderProblem(user: Editor): string | null {
  return isChair(user?.role) ? null : 'Kun formanden kan ændre rækkefølgen på dagsordenen';
}

/** Why this user may not remove the item, or null: the chair may; a proposer may withdraw an open proposal. */
export function removeItemProblem(user: Editor, item: Pick<AgendaItem, 'proposedBy' | 'proposalState'>): string | null {
  if (isChair(user?.role)) return null;
  if (isOwnProposal(user, item) && item.proposalState !== 'accepteret') return null;
  return 'Kun formanden kan fjerne punkter fra dagsordenen';
}
