// Which meetings a dagsorden or referat can be made for, and one meeting's document data.
// MERGE: the meeting tables come with the Møder feature (issue 5, another branch). Until it is
// merged, a workbook holds no meetings: `list` truly finds none and `load` finds no meeting.
// At the merge, `meetingSource` gets the Møder feature's readers with these signatures.
import type { MeetingChoice } from '../../../shared/domain/report';
import { UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import type { LoadMeetingDocumentData } from '../meetings/meeting-document-data';

export interface MeetingSource {
  list(wb: Workbook): MeetingChoice[];
  load: LoadMeetingDocumentData;
}

export const meetingSource: MeetingSource = {
  list: () => [],
  load: () => {
    throw new UserFacingError('not_found', 'Mødet findes ikke (måske er det slettet)');
  },
};

function byTime(a: MeetingChoice, b: MeetingChoice): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id - b.id;
}

/** The next meeting from today on, else the latest one; null when there are none. */
export function defaultMeeting(meetings: MeetingChoice[], today: string): MeetingChoice | null {
  const sorted = [...meetings].sort(byTime);
  return sorted.find((m) => m.date >= today) ?? sorted[sorted.length - 1] ?? null;
}

/**
 * The CLI's --meeting: "next" (the first from today on), "latest" (the last held up to today)
 * or a date (YYYY-MM-DD; the first meeting that day).
 */
export function resolveMeeting(meetings: MeetingChoice[], selector: string, today: string): MeetingChoice {
  if (meetings.length === 0) throw new UserFacingError('not_found', 'Arbejdsbogen har ingen møder endnu');
  const sorted = [...meetings].sort(byTime);
  if (selector === 'next') {
    const found = sorted.find((m) => m.date >= today);
    if (!found) throw new UserFacingError('not_found', 'Der er ikke planlagt noget kommende møde');
    return found;
  }
  if (selector === 'latest') {
    const found = sorted.filter((m) => m.date <= today).pop();
    if (!found) throw new UserFacingError('not_found', 'Der er ikke holdt noget møde endnu');
    return found;
  }
  const found = sorted.find((m) => m.date === selector);
  if (!found) throw new UserFacingError('not_found', `Der er intet møde den ${selector}`);
  return found;
}
