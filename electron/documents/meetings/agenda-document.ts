// Dagsorden: the meeting's facts, an overview of the items with their times, and each item with
// its time slot, type, presenter, Indstilling, Sagsfremstilling and Bilag.
import type { Document } from 'docx';
import { formatDateLong } from '../../../shared/dates';
import { heading, note, subtitle, title, type Block } from '../blocks';
import { buildDocument } from '../layout';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import type { MeetingDocumentData } from './meeting-document-data';
import {
  attachments, caseText, carriedOverTable, itemHeading, meetingFacts, recommendation, shownItems, WIDTH, type ShownItem,
} from './meeting-parts';

export function meetingSubtitle(data: MeetingDocumentData): string {
  const group = cleanLine(data.header.steeringGroup);
  return group ? `Møde i ${group.charAt(0).toLocaleLowerCase('da-DK')}${group.slice(1)}` : 'Møde';
}

function overview(items: ShownItem[]): Block[] {
  if (items.length === 0) return [note('Der er endnu ingen punkter på dagsordenen.')];
  const widths = [Math.round(WIDTH * 0.07), Math.round(WIDTH * 0.55), Math.round(WIDTH * 0.16)];
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  return [
    gridTable({
      widths,
      header: [['Nr.', 'Punkt', 'Type', 'Tid']],
      body: items.map(({ item, number, slot }): Cell[] => [
        { text: String(number), align: 'center' },
        cleanLine(item.title) || 'Punkt uden titel',
        item.type,
        slot,
      ]),
    }),
  ];
}

/** The body of one item as the agenda shows it (the referat adds its own parts after). */
export function agendaItemBlocks(data: MeetingDocumentData, shown: ShownItem): Block[] {
  const { item, number } = shown;
  const blocks: Block[] = [...itemHeading(data, shown), ...recommendation(item), ...caseText(item)];
  if (item.standing === 'followUp') blocks.push(...carriedOverTable(data));
  blocks.push(...attachments(item, number));
  return blocks;
}

export function agendaDocument(data: MeetingDocumentData): Document {
  const items = shownItems(data);
  const children: Block[] = [
    title('Dagsorden'),
    subtitle(meetingSubtitle(data)),
    meetingFacts(data, 'Deltagere'),
    heading('Punkter', 1),
    ...overview(items),
  ];
  for (const shown of items) children.push(...agendaItemBlocks(data, shown));
  return buildDocument({ header: data.header, kind: 'Dagsorden', date: data.date, title: `Dagsorden ${formatDateLong(data.meeting.date)}`, running: `Dagsorden til mødet ${formatDateLong(data.meeting.date)}` }, [
    { children },
  ]);
}
