// Mødeplan: the dates of a series, its template agenda and how it is described, shared by the
// handlers (which create the meetings), the panel (which previews them) and the command line.
import { formatDateLong, readDanishDate } from '../dates';
import { STANDING_ITEMS, type StandingItemKind } from '../domain/meeting';
import { SERIES_WEEKDAYS, type SeriesSchedule, type SeriesWeekday, type SkippedDate, type TemplateItem } from '../domain/meeting-series';
import { STANDING_ITEM_TEMPLATES } from './agenda';
import { addDays } from './meeting-dates';
import { formatClock } from './time-slots';

/** More than a weekly series for two years: a plan this long is a typo in a year. */
export const MAX_SERIES_DATES = 110;
export const MAX_EVERY_WEEKS = 52;
export const MAX_TEMPLATE_ITEMS = 30;
export const DEFAULT_SERIES_TITLE = 'Styregruppens møder';

/** For the change log: each weekday is stored by its Danish name. */
export const WEEKDAY_CHOICES: Readonly<Record<SeriesWeekday, string>> = Object.fromEntries(SERIES_WEEKDAYS.map((d) => [d, d])) as Record<SeriesWeekday, string>;

/** The weekday of an ISO date, in Danish. */
export function weekdayOf(iso: string): SeriesWeekday {
  const sundayFirst = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return SERIES_WEEKDAYS[(sundayFirst + 6) % 7]!;
}

/** Every `everyWeeks` weeks on `weekday`, from the first such day on or after `from`, up to and including `to`. */
export function intervalDates(from: string, to: string, everyWeeks: number, weekday: SeriesWeekday): string[] {
  let date = from;
  while (weekdayOf(date) !== weekday) date = addDays(date, 1);
  const dates: string[] = [];
  // One beyond the cap is enough to tell the caller the plan is too long.
  while (date <= to && dates.length <= MAX_SERIES_DATES) {
    dates.push(date);
    date = addDays(date, everyWeeks * 7);
  }
  return dates;
}

/** The dates a schedule gives, sorted and each once. */
export function scheduleDates(schedule: SeriesSchedule): string[] {
  if (schedule.kind === 'interval') return intervalDates(schedule.from, schedule.to, schedule.everyWeeks, schedule.weekday);
  return [...new Set(schedule.dates)].sort();
}

/** Why a schedule gives no usable plan, in Danish; null when it does. */
export function scheduleProblem(schedule: SeriesSchedule): string | null {
  if (schedule.kind === 'interval') {
    if (schedule.to < schedule.from) return 'Sidste dato skal ligge efter første dato';
    if (schedule.everyWeeks < 1 || schedule.everyWeeks > MAX_EVERY_WEEKS) return `Hver n. uge skal være mellem 1 og ${MAX_EVERY_WEEKS}`;
  }
  const dates = scheduleDates(schedule);
  if (dates.length === 0) {
    return schedule.kind === 'interval'
      ? `Der er ingen ${schedule.weekday} mellem ${formatDateLong(schedule.from)} og ${formatDateLong(schedule.to)}`
      : 'Skriv mindst én dato';
  }
  if (dates.length > MAX_SERIES_DATES) return `En mødeplan kan højst have ${MAX_SERIES_DATES} møder – er årstallet skrevet rigtigt?`;
  return null;
}

/** The dates that become meetings and those skipped because a meeting is already there. */
export function planSeries(dates: readonly string[], existingMeetingDates: ReadonlySet<string>): { create: string[]; skipped: SkippedDate[] } {
  const create: string[] = [];
  const skipped: SkippedDate[] = [];
  for (const date of dates) {
    if (existingMeetingDates.has(date)) skipped.push({ date, reason: `Der er allerede et møde ${formatDateLong(date)}` });
    else create.push(date);
  }
  return { create, skipped };
}

/** The standing items as every new meeting gets them today: the template a new series starts from. */
export function defaultTemplate(): TemplateItem[] {
  return STANDING_ITEM_TEMPLATES.map((t) => ({ standing: t.standing, title: t.title, type: t.type, presenter: '', minutes: t.minutes, recommendation: [...t.recommendation] }));
}

/** A stored template item as the template's input names it (templateItemId), for editing it. */
export function templateInput(item: TemplateItem & { id: number }): TemplateItem & { templateItemId: number } {
  return { standing: item.standing, title: item.title, type: item.type, presenter: item.presenter, minutes: item.minutes, recommendation: item.recommendation, templateItemId: item.id };
}

/** A new recurring item as the template editor adds it. */
export function newRecurringItem(): TemplateItem {
  return { standing: null, title: '', type: 'Orientering', presenter: '', minutes: 15, recommendation: [] };
}

const STANDING_ORDER: Record<StandingItemKind, number> = { approveAgenda: 0, followUp: 1, anyOtherBusiness: 3 };

/**
 * The template in agenda order: approval and follow-up first, recurring items as given, any other
 * business last – so "Eventuelt" stays last on every meeting made from it, as on any agenda.
 */
export function orderTemplate<T extends Pick<TemplateItem, 'standing'>>(items: readonly T[]): T[] {
  const rank = (item: T) => (item.standing ? STANDING_ORDER[item.standing] : 2);
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index).map((e) => e.item);
}

/** Why a template cannot be used, in Danish; null when it can. */
export function templateProblem(items: ReadonlyArray<Pick<TemplateItem, 'standing'>>): string | null {
  for (const kind of Object.keys(STANDING_ITEMS) as StandingItemKind[]) {
    if (items.filter((i) => i.standing === kind).length > 1) return `Det faste punkt »${STANDING_ITEMS[kind]}« må kun stå én gang i skabelonen`;
  }
  return null;
}

/** "hver 6. uge, onsdag 14.00–16.00, Mørkhøj Bibliotek" or "5 datoer, 14.00–16.00, …". */
export function describeSeries(series: { everyWeeks: number | null; weekday: SeriesWeekday | null; startTime: string; endTime: string; place: string }, dateCount?: number): string {
  const when = series.everyWeeks && series.weekday
    ? `${series.everyWeeks === 1 ? 'hver uge' : `hver ${series.everyWeeks}. uge`}, ${series.weekday}`
    : `${dateCount ?? ''} ${dateCount === 1 ? 'dato' : 'datoer'}`.trim() + ',';
  return `${when} ${formatClock(series.startTime)}–${formatClock(series.endTime)}, ${series.place}`;
}

export type DateListReading = { ok: true; dates: string[] } | { ok: false; message: string };

/** A pasted list of dates – one a line, or separated by commas, semicolons or spaces – read the Danish way. */
export function readDateList(text: string): DateListReading {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'Skriv mindst én dato, fx 13.01.2027' };
  const dates: string[] = [];
  for (const part of parts) {
    const reading = readDanishDate(part);
    if (!reading.ok) return { ok: false, message: `»${part}«: ${reading.message}` };
    dates.push(reading.iso);
  }
  return { ok: true, dates: [...new Set(dates)].sort() };
}

/** A weekday as typed ("onsdag", "Ons", "on"), or null. */
export function readWeekday(text: string): SeriesWeekday | null {
  const typed = text.trim().toLocaleLowerCase('da-DK');
  if (typed.length < 2) return null;
  return SERIES_WEEKDAYS.find((d) => d.startsWith(typed)) ?? null;
}
