// Which meetings a dagsorden or referat can be made for, and one meeting's document data,
// read with the Møder feature's own readers so the documents show what the sheet shows.
import { formatDateLong } from '../../../shared/dates';
import type { MeetingChoice } from '../../../shared/domain/report';
import { compareMeetings } from '../../../shared/meetings/carry-over';
import { readInitiatives } from '../../features/initiatives';
import { readMeetingDetail, readMeetingRecord, readMeetingRecords } from '../../features/meetings/read-meeting';
import { readSinceLast } from '../../features/meetings/since-last';
import { UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import type { MeetingDocumentData } from '../meetings/meeting-document-data';
import { loadDocumentHeader } from './header';

/** Every meeting in the order held. */
export function listMeetingChoices(wb: Workbook): MeetingChoice[] {
  return readMeetingRecords(wb).map(({ id, date, startTime, endTime, status }) => ({ id, date, startTime, endTime, status }));
}

/** One meeting with its participants, agenda, minutes, actions and carried-over actions; dated `date`. */
export function loadMeetingDocumentData(wb: Workbook, meetingId: number, date: string): MeetingDocumentData {
  return {
    ...readMeetingDetail(wb, meetingId),
    header: loadDocumentHeader(wb),
    date,
    initiatives: readInitiatives(wb).map(({ id, number, title }) => ({ id, number, title })),
    sinceLast: readSinceLast(wb, meetingId, date),
  };
}

function sortedByTime(meetings: MeetingChoice[]): MeetingChoice[] {
  return [...meetings].sort(compareMeetings);
}

/** The next meeting from today on, else the latest one; null when there are none. */
export function defaultMeeting(meetings: MeetingChoice[], today: string): MeetingChoice | null {
  const sorted = sortedByTime(meetings);
  return sorted.find((m) => m.date >= today) ?? sorted[sorted.length - 1] ?? null;
}

/**
 * The CLI's --meeting: "next" (the first from today on), "latest" (the last held up to today)
 * or a date (YYYY-MM-DD; the first meeting that day).
 */
export function resolveMeeting(meetings: MeetingChoice[], selector: string, today: string): MeetingChoice {
  if (meetings.length === 0) throw new UserFacingError('not_found', 'Arbejdsbogen har ingen møder endnu');
  const sorted = sortedByTime(meetings);
  if (selector === 'next') {
    const found = sorted.find((m) => m.date >= today);
    if (!found) throw new UserFacingError('not_found', `Der er ikke planlagt noget møde fra i dag og frem; det seneste var ${formatDateLong(sorted.at(-1)!.date)}`);
    return found;
  }
  if (selector === 'latest') {
    const found = sorted.filter((m) => m.date <= today).pop();
    if (!found) throw new UserFacingError('not_found', 'Der er ikke holdt noget møde endnu');
    return found;
  }
  const found = sorted.find((m) => m.date === selector);
  if (!found) throw new UserFacingError('not_found', `Der er intet møde den ${formatDateLong(selector)}`);
  return found;
}

/** The CLI's --meeting that also takes a meeting's id (as the Møder sheet's numbers): the id, or resolveMeeting's choice. */
export function meetingIdFor(wb: Workbook, selector: string, today: string): number {
  if (/^\d+$/.test(selector)) return readMeetingRecord(wb, Number(selector)).id;
  return resolveMeeting(listMeetingChoices(wb), selector, today).id;
}
