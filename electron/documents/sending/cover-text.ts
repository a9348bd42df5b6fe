// The short Danish text of a sent dagsorden or referat (subject and body) and the agenda as plain
// text, which the e-mail and the calendar invitation's description share. Pure functions of the
// same MeetingDocumentData the Word documents are made from, so all three say the same.
import { formatDateWithWeekday } from '../../../shared/dates';
import type { SentDocument } from '../../../shared/domain/report';
import { formatTimeSlot } from '../../../shared/meetings/time-slots';
import { agendaKind } from '../meetings/agenda-document';
import type { MeetingDocumentData } from '../meetings/meeting-document-data';
import { shownItems } from '../meetings/meeting-parts';
import { cleanLine } from '../text';

export interface CoverText {
  subject: string;
  body: string;
}

/** "Styregruppemøde onsdag den 9. december 2026" */
export function meetingTitle(data: MeetingDocumentData): string {
  return `Styregruppemøde ${formatDateWithWeekday(data.meeting.date)}`;
}

export function placeText(data: MeetingDocumentData): string {
  return cleanLine(data.meeting.place) || 'Ikke angivet';
}

/** "1. Godkendelse af dagsorden (kl. 14.00–14.05)", one line per item on the agenda. */
export function agendaLines(data: MeetingDocumentData): string[] {
  return shownItems(data).map(({ item, number, slot }) => `${number}. ${cleanLine(item.title)}${slot ? ` (${slot})` : ''}`);
}

function factLines(data: MeetingDocumentData): string[] {
  return [
    `Dato: ${formatDateWithWeekday(data.meeting.date)}`,
    `Tid: ${formatTimeSlot({ start: data.meeting.startTime, end: data.meeting.endTime })}`,
    `Sted: ${placeText(data)}`,
  ];
}

/** Whether the minutes are approved, and if not, what the reader is asked to do. */
function approvalNote(data: MeetingDocumentData): string {
  switch (data.meeting.status) {
    case 'referat godkendt':
      return 'Referatet er godkendt.';
    case 'afholdt':
      return 'Referatet er ikke godkendt endnu. Har du bemærkninger, så svar på denne e-mail inden næste møde, hvor referatet godkendes.';
    default:
      return 'Mødet er ikke afholdt endnu, så referatet er et udkast.';
  }
}

function signature(data: MeetingDocumentData, sender: string | null): string[] {
  return ['Med venlig hilsen', ...[cleanLine(sender), cleanLine(data.header.steeringGroup)].filter(Boolean)];
}

/** The e-mail's subject and body. sender: who signs (the app's user), or null. */
export function coverText(document: SentDocument, data: MeetingDocumentData, sender: string | null): CoverText {
  const title = meetingTitle(data);
  if (document === 'dagsorden') {
    const kind = agendaKind(data);
    const revised = kind !== 'Dagsorden';
    const agenda = agendaLines(data);
    return {
      subject: `${kind}: ${title}`,
      body: [
        'Kære alle',
        '',
        `Hermed ${revised ? 'den reviderede dagsorden' : 'dagsordenen'} til styregruppens møde.`,
        '',
        ...factLines(data),
        '',
        ...(agenda.length > 0 ? ['Dagsorden:', ...agenda] : ['Dagsordenen har ingen punkter endnu.']),
        '',
        `${revised ? 'Den reviderede dagsorden' : 'Dagsordenen'} er vedhæftet som Word-dokument, og mødet ligger ved som kalenderinvitation.`,
        '',
        ...signature(data, sender),
      ].join('\n'),
    };
  }
  return {
    subject: `Referat: ${title}`,
    body: [
      'Kære alle',
      '',
      'Hermed referatet fra styregruppens møde.',
      '',
      ...factLines(data),
      '',
      approvalNote(data),
      '',
      'Referatet er vedhæftet som Word-dokument.',
      '',
      ...signature(data, sender),
    ].join('\n'),
  };
}
