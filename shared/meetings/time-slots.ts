// Time slots of an agenda ("kl. 14.00–14.20"), computed from the meeting's start and the
// minutes allotted to each item on the agenda. Stored times are "HH:MM"; shown as "14.00".
import type { AgendaSchedule } from '../domain/meeting-views';
import type { TimeSlot } from '../domain/meeting';

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

export function isClockTime(value: string): boolean {
  return CLOCK_PATTERN.test(value);
}

/** "14:20" → 860 (minutes since midnight). */
export function parseClock(value: string): number {
  const match = CLOCK_PATTERN.exec(value);
  if (!match) throw new Error(`Ugyldigt klokkeslæt: "${value}" (forventet fx 14:00)`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 860 → "14:20"; wraps past midnight rather than showing "25:10". */
export function clockFromMinutes(total: number): string {
  const wrapped = ((Math.round(total) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(wrapped / 60)).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** "14:20" → "14.20", the Danish way of writing a time. */
export function formatClock(value: string): string {
  return value.replace(':', '.');
}

/** { start: "14:00", end: "14:20" } → "kl. 14.00–14.20" */
export function formatTimeSlot(slot: TimeSlot): string {
  return `kl. ${formatClock(slot.start)}–${formatClock(slot.end)}`;
}

/** 130 → "2 t. 10 min.", 45 → "45 min.", 120 → "2 t." */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min.`;
  return rest === 0 ? `${hours} t.` : `${hours} t. ${rest} min.`;
}

/** Minutes between start and end; an end at or before the start gives 0. */
export function meetingLength(startTime: string, endTime: string): number {
  // A damaged time in the file (check names it) gives no length rather than failing the sheet.
  if (!isClockTime(startTime) || !isClockTime(endTime)) return 0;
  return Math.max(0, parseClock(endTime) - parseClock(startTime));
}

export interface SlotInput {
  id: number;
  minutes: number;
  /** Only items on the agenda take time; open proposals and declined items do not. */
  onAgenda: boolean;
}

/**
 * Consecutive slots from the start time, in the given order, and how far the agenda runs
 * past the meeting's end (0 when it fits).
 */
export function scheduleAgenda(meeting: { startTime: string; endTime: string }, items: readonly SlotInput[]): AgendaSchedule {
  const slots: Record<number, TimeSlot> = {};
  // Without a readable start time (a damaged value) the items have no times, but the agenda reads on.
  const timed = isClockTime(meeting.startTime);
  let cursor = timed ? parseClock(meeting.startTime) : 0;
  let planned = 0;
  for (const item of items) {
    if (!item.onAgenda) continue;
    const length = Math.max(0, item.minutes);
    if (timed) slots[item.id] = { start: clockFromMinutes(cursor), end: clockFromMinutes(cursor + length) };
    cursor += length;
    planned += length;
  }
  const available = meetingLength(meeting.startTime, meeting.endTime);
  return { slots, plannedMinutes: planned, availableMinutes: available, overrunMinutes: Math.max(0, planned - available) };
}

/** The Danish warning for an agenda longer than its meeting, or null when it fits. */
export function overrunMessage(schedule: AgendaSchedule): string | null {
  if (schedule.overrunMinutes <= 0) return null;
  return `Dagsordenen varer ${formatDuration(schedule.plannedMinutes)}, men mødet er kun ${formatDuration(schedule.availableMinutes)} – ${formatDuration(schedule.overrunMinutes)} for lang`;
}
