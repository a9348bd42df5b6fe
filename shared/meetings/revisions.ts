// Once the dagsorden has gone out, the members prepare from it. A later change must show, in
// the sheet and in a revised dagsorden: which items changed or are new, which were withdrawn,
// whether the time or place moved, and from which day the revision is.
import { formatDateShort } from '../dates';
import type { AgendaItem, MeetingStatus } from '../domain/meeting';
import type { MeetingDetail } from '../domain/meeting-views';
import { isOnAgenda } from './proposals';

/** From "Dagsorden udsendt" on, the agenda is out; a held meeting's agenda went out too. */
export function isAgendaSent(status: MeetingStatus): boolean {
  return status !== 'planlagt';
}

/**
 * The item fields the dagsorden prints. Changing one after sending marks the item; the
 * minutes (Referat, Beslutning) are written after the meeting and mark nothing.
 */
export const AGENDA_CONTENT_FIELDS: ReadonlySet<string> = new Set(['title', 'type', 'presenter', 'minutes', 'initiativeId', 'recommendation', 'caseText']);

/** The day of the latest change after sending (items, withdrawals, time and place), or null. */
export function agendaRevisedOn(detail: Pick<MeetingDetail, 'meeting' | 'items' | 'withdrawnItems'>): string | null {
  if (!isAgendaSent(detail.meeting.status)) return null;
  const days = [
    ...detail.items.filter((i) => isOnAgenda(i) && i.revision !== null).map((i) => i.revisedOn),
    ...detail.withdrawnItems.map((w) => w.withdrawnOn),
    detail.meeting.factsRevisedOn,
  ].filter((d): d is string => typeof d === 'string' && d !== '');
  return days.length === 0 ? null : days.reduce((a, b) => (b > a ? b : a));
}

/** The sheet's badge: "Ny efter udsendelse" or "Ændret efter udsendelse 03.12.2026"; null when as sent. */
export function revisionBadge(item: Pick<AgendaItem, 'revision' | 'revisedOn' | 'proposalState'>): string | null {
  if (!isOnAgenda(item) || item.revision === null) return null;
  if (item.revision === 'ny') return 'Ny efter udsendelse';
  return item.revisedOn ? `Ændret efter udsendelse ${formatDateShort(item.revisedOn)}` : 'Ændret efter udsendelse';
}

/** Beside the title in a revised dagsorden: "(nyt punkt)" or "(ændret 03.12.2026)"; null when as sent. */
export function revisionNote(item: Pick<AgendaItem, 'revision' | 'revisedOn' | 'proposalState'>): string | null {
  if (!isOnAgenda(item) || item.revision === null) return null;
  if (item.revision === 'ny') return '(nyt punkt)';
  return item.revisedOn ? `(ændret ${formatDateShort(item.revisedOn)})` : '(ændret)';
}
