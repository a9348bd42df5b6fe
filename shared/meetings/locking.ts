// When a meeting's agenda and minutes are protected against accidental edits.
// Held (afholdt): the agenda is history, but the minutes are still being written.
// Referat godkendt: the minutes are approved too. Unlocking lifts both until the status changes.
import type { MeetingStatus } from '../domain/meeting';

export interface LockState {
  status: MeetingStatus;
  unlocked: boolean;
}

export function isAgendaLocked(meeting: LockState): boolean {
  return !meeting.unlocked && (meeting.status === 'afholdt' || meeting.status === 'referat godkendt');
}

export function isMinutesLocked(meeting: LockState): boolean {
  return !meeting.unlocked && meeting.status === 'referat godkendt';
}

/** Whether the meeting has anything locked that "Lås op" would lift. */
export function canUnlock(meeting: LockState): boolean {
  return isAgendaLocked(meeting) || isMinutesLocked(meeting);
}

/** The Danish refusal for an agenda edit, or null when the agenda may change. */
export function agendaLockMessage(meeting: LockState): string | null {
  if (!isAgendaLocked(meeting)) return null;
  return meeting.status === 'referat godkendt'
    ? 'Referatet er godkendt, så dagsordenen er låst. Lås mødet op for at rette'
    : 'Mødet er afholdt, så dagsordenen er låst. Lås mødet op for at rette';
}

/** The Danish refusal for a minutes edit, or null when the minutes may change. */
export function minutesLockMessage(meeting: LockState): string | null {
  if (!isMinutesLocked(meeting)) return null;
  return 'Referatet er godkendt og derfor låst. Lås mødet op for at rette';
}

/** Why the status cannot move from one value to another, or null when it can. */
export function statusChangeProblem(from: MeetingStatus, to: MeetingStatus): string | null {
  if (to === 'referat godkendt' && from !== 'afholdt' && from !== 'referat godkendt') {
    return 'Mødet skal være markeret som afholdt, før referatet kan godkendes';
  }
  return null;
}
