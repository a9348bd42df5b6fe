// Dagsorden: the meeting's facts, an overview of the items with their times, and each item with
// its time slot, type, presenter, Indstilling, Sagsfremstilling and Bilag. Changed after it
// was sent, it is a "Revideret dagsorden": dated, with new and changed items marked and
// withdrawn items named, so a member who read the first one sees what to read again.
import { Paragraph, type Document } from 'docx';
import { formatDateLong, formatDateShort } from '../../../shared/dates';
import { agendaRevisedOn, revisionNote } from '../../../shared/meetings/revisions';
import { heading, note, run, subtitle, textParagraph, title, type Block } from '../blocks';
import { buildDocument } from '../layout';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import type { MeetingDocumentData } from './meeting-document-data';
import {
  attachments, caseText, carriedOverTable, itemHeading, meetingFacts, recommendation, shownItems, sinceLastBlocks, WIDTH, type ShownItem,
} from './meeting-parts';

export function meetingSubtitle(data: MeetingDocumentData): string {
  const group = cleanLine(data.header.steeringGroup);
  return group ? `Møde i ${group.charAt(0).toLocaleLowerCase('da-DK')}${group.slice(1)}` : 'Møde';
}

/** "Revideret 03.12.2026. …", what else changed, and a line for each withdrawn item. */
function revisionNotice(data: MeetingDocumentData, revisedOn: string): Block[] {
  const lead = ['Dagsordenen er ændret, efter den blev udsendt.'];
  if (shownItems(data).some(({ item }) => revisionNote(item))) lead.push('Nye og ændrede punkter er markeret.');
  const facts = data.meeting.factsRevisedOn;
  if (facts) lead.push(`Mødets tidspunkt eller sted er ændret ${formatDateShort(facts)}.`);
  return [
    new Paragraph({ keepNext: true, children: [run(`Revideret ${formatDateShort(revisedOn)}. `, { bold: true }), run(lead.join(' '))] }),
    ...data.withdrawnItems.map((w) => textParagraph(`Udgået: ${cleanLine(w.title) || 'Punkt uden titel'} (${formatDateShort(w.withdrawnOn)})`)),
  ];
}

function overview(items: ShownItem[], revised: boolean): Block[] {
  if (items.length === 0) return [note('Der er endnu ingen punkter på dagsordenen.')];
  const widths = [Math.round(WIDTH * 0.07), Math.round(WIDTH * 0.55), Math.round(WIDTH * 0.16)];
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  return [
    gridTable({
      widths,
      header: [['Nr.', 'Punkt', 'Type', 'Tid']],
      body: items.map(({ item, number, slot }): Cell[] => [
        { text: String(number), align: 'center' },
        [cleanLine(item.title) || 'Punkt uden titel', revised ? revisionNote(item) : null].filter(Boolean).join(' '),
        item.type,
        slot,
      ]),
    }),
  ];
}

/**
 * The body of one item as the agenda shows it (the referat adds its own parts after). In a
 * revised dagsorden the heading carries the item's mark.
 */
export function agendaItemBlocks(data: MeetingDocumentData, shown: ShownItem, revised = false): Block[] {
  const { item, number } = shown;
  const remark = revised ? (revisionNote(item) ?? undefined) : undefined;
  const blocks: Block[] = [...itemHeading(data, shown, remark), ...recommendation(item), ...caseText(item)];
  if (item.standing === 'followUp') blocks.push(...sinceLastBlocks(data), ...carriedOverTable(data));
  blocks.push(...attachments(item, number));
  return blocks;
}

/** "Dagsorden", or "Revideret dagsorden" once it has changed after it was sent. */
export function agendaKind(data: MeetingDocumentData): string {
  return agendaRevisedOn(data) ? 'Revideret dagsorden' : 'Dagsorden';
}

export function agendaDocument(data: MeetingDocumentData): Document {
  const items = shownItems(data);
  const revisedOn = agendaRevisedOn(data);
  const kind = agendaKind(data);
  const children: Block[] = [
    title(kind),
    subtitle(meetingSubtitle(data)),
    ...(revisedOn ? revisionNotice(data, revisedOn) : []),
    meetingFacts(data, 'Deltagere'),
    heading('Punkter', 1),
    ...overview(items, revisedOn !== null),
  ];
  for (const shown of items) children.push(...agendaItemBlocks(data, shown, revisedOn !== null));
  const date = formatDateLong(data.meeting.date);
  return buildDocument({ header: data.header, kind, date: data.date, title: `${kind} ${date}`, running: `${kind} til mødet ${date}` }, [{ children }]);
}
