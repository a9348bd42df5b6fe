// Mødeplan: a series of meetings made in one step from a rule or a list of dates, with a
// template agenda that the series' meetings not yet sent can be brought in line with.
import type { AgendaItemType, MeetingStatus, StandingItemKind } from './meeting';

export const SERIES_WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'] as const;
export type SeriesWeekday = (typeof SERIES_WEEKDAYS)[number];

/** An item of a template agenda: a standing item (with its kind) or a recurring item (standing null). */
export interface TemplateItem {
  standing: StandingItemKind | null;
  title: string;
  type: AgendaItemType;
  presenter: string;
  minutes: number;
  /** Indstilling: the "at …" points every meeting's item starts with. */
  recommendation: string[];
}

/** A template item as stored. */
export interface SeriesTemplateItem extends TemplateItem {
  id: number;
  seriesId: number;
  position: number;
}

/** How the dates are given: every n weeks on a weekday between two dates, or as a list. */
export type SeriesSchedule =
  | { kind: 'interval'; from: string; to: string; everyWeeks: number; weekday: SeriesWeekday }
  | { kind: 'dates'; dates: string[] };

export interface MeetingSeriesRecord {
  id: number;
  title: string;
  startTime: string;
  endTime: string;
  place: string;
  /** null for a series given as a list of dates. */
  everyWeeks: number | null;
  weekday: SeriesWeekday | null;
  firstDate: string;
  lastDate: string;
}

export interface SeriesMeeting {
  id: number;
  date: string;
  status: MeetingStatus;
}

/** A series as the Mødeplan panel shows it: the rule, the template and the meetings still in it. */
export interface SeriesOverview extends MeetingSeriesRecord {
  template: SeriesTemplateItem[];
  meetings: SeriesMeeting[];
}

/** A date of the plan that got no meeting, and why (in Danish). */
export interface SkippedDate {
  date: string;
  reason: string;
}

export interface SeriesCreated {
  /** The series' id, as any added row answers with its id. */
  id: number;
  series: SeriesOverview;
  created: SeriesMeeting[];
  skipped: SkippedDate[];
}

/** What applying a changed template did to the series' meetings not yet sent. */
export interface TemplateApplied {
  series: SeriesOverview;
  /** Meetings not yet sent that were brought in line (0 when the template alone was saved). */
  meetings: number;
  added: number;
  updated: number;
  removed: number;
  /** Meetings of the series whose agenda is sent (or held): left as they are. */
  sent: number;
}
