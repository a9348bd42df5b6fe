// What a dagsorden and a referat are made from: the types of shared/domain/meeting.ts plus the
// letterhead. The generators are pure functions of this; a loader fills it from the workbook.
import type { Initiative } from '../../../shared/domain/initiative';
import type { ActionItem, AgendaItem, Meeting, MeetingParticipant } from '../../../shared/domain/meeting';
import type { Workbook } from '../../workbook/workbook';
import type { DocumentHeader } from '../layout';

/** An open action from an earlier meeting, carried onto "Opfølgning på referat og handlinger". */
export interface CarriedOverAction extends ActionItem {
  /** ISO date of the meeting that agreed it. */
  meetingDate: string;
}

export interface MeetingDocumentData {
  header: DocumentHeader;
  /** ISO date the document is dated (the day it is sent). */
  date: string;
  meeting: Meeting;
  participants: MeetingParticipant[];
  /** All the meeting's items in agenda order; only items the chair has accepted are shown. */
  items: AgendaItem[];
  /** Actions agreed at this meeting (the referat's table). */
  actions: ActionItem[];
  /** Open actions from earlier meetings, listed under the follow-up item. */
  carriedOver: CarriedOverAction[];
  /** For "Indsats 2: Bedre fritidsmuligheder" beside an item linked to an initiative. */
  initiatives: Array<Pick<Initiative, 'id' | 'number' | 'title'>>;
}

/**
 * MERGE: reads one meeting's document data from the workbook. The meeting tables are written by
 * the Møder feature (issue 5) on another branch; its loader has exactly this signature and
 * takes the place of `meetingSource.load` in loaders/meetings.ts.
 */
export type LoadMeetingDocumentData = (wb: Workbook, meetingId: number, date: string) => MeetingDocumentData;
