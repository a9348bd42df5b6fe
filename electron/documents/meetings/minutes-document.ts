// Referat: the agenda's items with, under each, what was said (Referat) and what was decided
// (Beslutning: each "at" of the Indstilling with its outcome, text and dissents), and at the end the table of actions agreed (Hvad, Hvem, Hvornår).
import type { Document } from 'docx';
import { formatDateLong } from '../../../shared/dates';
import { heading, label, note, subtitle, textBlocks, title, type Block } from '../blocks';
import { buildDocument } from '../layout';
import { STYLE } from '../styles';
import { agendaItemBlocks, meetingSubtitle } from './agenda-document';
import type { MeetingDocumentData } from './meeting-document-data';
import { actionsTable, meetingFacts, shownItems, type ShownItem } from './meeting-parts';
import { pointDecisionBlocks } from './point-decision-blocks';

/**
 * Referat and Beslutning under an item: the decision on each "at" of the Indstilling, then the
 * item's own decision text. A decision item without a recorded decision is pointed out in a
 * draft, where it can still be written; approved minutes say only what was recorded.
 */
function minutesOf(data: MeetingDocumentData, { item }: ShownItem, approved: boolean): Block[] {
  const blocks: Block[] = [label('Referat')];
  const said = textBlocks(item.minutesText);
  blocks.push(...(said.length > 0 ? said : [note('Ingen bemærkninger.')]));
  const decided = [...pointDecisionBlocks(data, item, approved), ...textBlocks(item.decision, { style: STYLE.decision })];
  if (decided.length > 0) blocks.push(label('Beslutning'), ...decided);
  else if (item.type === 'Beslutning' && !approved) blocks.push(label('Beslutning'), note('Der er ikke registreret en beslutning.'));
  return blocks;
}

export function minutesDocument(data: MeetingDocumentData): Document {
  const items = shownItems(data);
  const approved = data.meeting.status === 'referat godkendt';
  const children: Block[] = [
    title('Referat'),
    subtitle(`${meetingSubtitle(data)}${approved ? '' : ' – udkast, ikke godkendt'}`),
    meetingFacts(data, 'Til stede'),
  ];
  if (items.length === 0) children.push(note('Mødet havde ingen punkter på dagsordenen.'));
  for (const shown of items) children.push(...agendaItemBlocks(data, shown), ...minutesOf(data, shown, approved));
  children.push(heading('Handlinger', 1), ...actionsTable(data));
  return buildDocument({ header: data.header, kind: 'Referat', date: data.date, title: `Referat ${formatDateLong(data.meeting.date)}`, running: `Referat af mødet ${formatDateLong(data.meeting.date)}` }, [{ children }]);
}
