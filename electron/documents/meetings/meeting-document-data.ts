// What a dagsorden and a referat are made from: the Møder feature's MeetingDetail (the same
// record the Møder sheet shows) plus the letterhead and the initiatives items may be linked
// to. The generators are pure functions of this; loaders/meetings.ts fills it from the workbook.
import type { Initiative } from '../../../shared/domain/initiative';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { SinceLastMeeting } from '../../../shared/meetings/since-last';
import type { DocumentHeader } from '../layout';

export interface MeetingDocumentData extends MeetingDetail {
  header: DocumentHeader;
  /** ISO date the document is dated (the day it is made). */
  date: string;
  /** For "Indsats 2: Bedre fritidsmuligheder" beside an item linked to an initiative. */
  initiatives: Array<Pick<Initiative, 'id' | 'number' | 'title'>>;
  /** »Siden sidst« under the follow-up item, as of the document's date. */
  sinceLast: SinceLastMeeting;
}
