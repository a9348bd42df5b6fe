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

/** A time as typed – "14", "14.30", "14:30", "1430", "9.5" is not one – as "HH:MM"; null when invalid. */
export function parseClockInput(text: string): string | null {
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(text.trim().replace(/^kl\.?\s*/i, ''));
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
