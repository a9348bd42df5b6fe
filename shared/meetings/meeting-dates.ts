// Plain date arithmetic on ISO dates (YYYY-MM-DD), free of time zones.

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  const ms = Date.parse(`${b.slice(0, 10)}T12:00:00Z`) - Date.parse(`${a.slice(0, 10)}T12:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/**
 * A date as a Danish user types it – "31.8.2022", "31-08-2022", "31/8 2022" or ISO – as an ISO
 * date; null when it is not a real date.
 */
export function parseDanishDate(text: string): string | null {
  const trimmed = text.trim();
  let year: number, month: number, day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const danish = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{2}|\d{4})$/.exec(trimmed);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) [day, month, year] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  else return null;
  if (year < 100) year += 2000;
  const result = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${result}T12:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === result ? result : null;
}

/** A time as typed – "14", "14.30", "14:30", "1430", "9.5" is not one – as "HH:MM"; null when invalid. */
export function parseClockInput(text: string): string | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text.trim().replace(/^kl\.?\s*/i, ''));
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
