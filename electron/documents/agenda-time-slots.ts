// Time slots of an agenda, computed from the meeting's start and each item's minutes.
// MERGE: the Møder feature writes shared/meetings/time-slots.ts; this file is to be replaced
// by it (same idea: start time + minutes allotted → "kl. 14.00–14.20").
import type { TimeSlot } from '../../shared/domain/meeting';

const MINUTES_PER_DAY = 24 * 60;

/** "14:00" or "14.00" → minutes since midnight; null for anything else. */
export function parseClock(value: string): number | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Minutes since midnight → "14:05" (past midnight it wraps, as a clock does). */
export function clockOf(totalMinutes: number): string {
  const m = ((Math.round(totalMinutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * One slot per item, back to back from the start time. Null when the start time is not a
 * time of day (then the documents leave the slots out rather than invent them).
 */
export function computeTimeSlots(startTime: string, minutes: readonly number[]): TimeSlot[] | null {
  let at = parseClock(startTime);
  if (at === null) return null;
  return minutes.map((m) => {
    const start = at!;
    at = start + Math.max(0, Math.round(m));
    return { start: clockOf(start), end: clockOf(at) };
  });
}

/** Minutes the agenda runs past the meeting's end (0 when it fits or the times are unknown). */
export function overrunMinutes(startTime: string, endTime: string, minutes: readonly number[]): number {
  const start = parseClock(startTime);
  const end = parseClock(endTime);
  if (start === null || end === null) return 0;
  const total = minutes.reduce((a, m) => a + Math.max(0, Math.round(m)), 0);
  return Math.max(0, start + total - end);
}
