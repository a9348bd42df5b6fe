// The actions list across meetings: which are open, overdue or done.
import type { ActionRecord } from '../domain/meeting-views';
import { isOpen } from './carry-over';

export const ACTION_FILTERS = { alle: 'Alle', åbne: 'Åbne', overskredne: 'Overskredne', færdige: 'Færdige' } as const;
export type ActionFilter = keyof typeof ACTION_FILTERS;

/** Open and past its deadline (today is the first day it is not overdue). */
export function isOverdue(action: Pick<ActionRecord, 'status' | 'deadline'>, today: string): boolean {
  return isOpen(action) && action.deadline !== null && action.deadline < today;
}

export function matchesActionFilter(action: Pick<ActionRecord, 'status' | 'deadline'>, filter: ActionFilter, today: string): boolean {
  switch (filter) {
    case 'alle':
      return true;
    case 'åbne':
      return isOpen(action);
    case 'overskredne':
      return isOverdue(action, today);
    case 'færdige':
      return !isOpen(action);
  }
}

/** What a status change does to the completion date: set when marked færdig, cleared when reopened. */
export function completionAfterStatusChange(
  action: Pick<ActionRecord, 'status' | 'completedOn'>,
  nextStatus: ActionRecord['status'],
  today: string,
): string | null {
  if (nextStatus !== 'færdig') return null;
  return action.status === 'færdig' ? action.completedOn : today;
}

/** Case-insensitive search: every word of the query occurs somewhere in the fields. */
export function matchesSearch(query: string, ...fields: Array<string | null | undefined>): boolean {
  const words = normalise(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = normalise(fields.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('da-DK');
}
