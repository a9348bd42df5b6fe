// The files "Send dagsorden" and "Send referat" write – the e-mail draft (.eml) with the Word
// document attached and, for the dagsorden, the calendar invitation (.ics) – and the command line's
// `export email|invitation`. Plain Node: the handler opens what is written, the CLI only writes.
import fs from 'node:fs';
import path from 'node:path';
import { todayIso } from '../../../shared/dates';
import type { SentDocument } from '../../../shared/domain/report';
import { writeFileWhole } from '../../features/reports/save-document';
import type { Workbook } from '../../workbook/workbook';
import { loadMeetingDocumentData } from '../loaders/meetings';
import type { MeetingDocumentData } from '../meetings/meeting-document-data';
import { agendaLines, coverText, meetingTitle, placeText } from './cover-text';
import { composeEmailDraft, DOCX_CONTENT_TYPE, type DraftAttachment } from './email-draft';
import { composeInvitation, sequenceIn } from './invitation';
import { readMeetingRecipients, type MeetingRecipients } from './recipients';

export interface WordDocument {
  /** "Dagsorden 2026-12-09.docx" */
  fileName: string;
  buffer: Buffer;
}

export interface SendingContext {
  /** Where the files go; made when missing. */
  folder: string;
  now: Date;
  /** Who signs the e-mail (the app's user), or null. */
  sender: string | null;
}

export interface WrittenSending {
  emailPath: string;
  /** With the dagsorden (and `export invitation`) only. */
  invitationPath: string | null;
  recipients: MeetingRecipients;
}

/** SEQUENCE counts in seconds from here: see invitationSequence. */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);

/**
 * A SEQUENCE higher than any earlier sending of the meeting: the seconds since 2020 grow on every
 * machine that sends (the chair's laptop, the secretariat's, the command line) without a count
 * kept anywhere, and a file re-sent within the same second still goes one above the last one
 * written to this folder. 32 bits last until 2088.
 */
function invitationSequence(now: Date, earlierFile: string): number {
  let earlier: number | null = null;
  try {
    earlier = sequenceIn(fs.readFileSync(earlierFile, 'utf8'));
  } catch {
    // No earlier invitation in this folder.
  }
  return Math.max(Math.floor((now.getTime() - SEQUENCE_EPOCH) / 1000), earlier === null ? 0 : earlier + 1);
}

/** Stable per meeting and per workbook (its identity survives renaming and moving the file). */
function invitationUid(wb: Workbook, meetingId: number): string {
  const row = wb.db.prepare('SELECT uuid FROM workbook_identity WHERE id = 1').get() as { uuid: string } | undefined;
  return `moede-${meetingId}-${row?.uuid ?? 'arbejdsbog'}@arbejdsbogen`;
}

export const invitationFileName = (data: MeetingDocumentData) => `Kalenderinvitation ${data.meeting.date}.ics`;

/** The agenda as the invitation's description: the meeting's facts are its own fields. */
function invitationDescription(data: MeetingDocumentData): string {
  const agenda = agendaLines(data);
  return [`Dagsorden:`, ...(agenda.length > 0 ? agenda : ['Ingen punkter endnu.'])].join('\n');
}

function invitationText(wb: Workbook, data: MeetingDocumentData, recipients: MeetingRecipients, context: SendingContext, target: string): string {
  return composeInvitation({
    uid: invitationUid(wb, data.meeting.id),
    sequence: invitationSequence(context.now, target),
    stamp: context.now,
    date: data.meeting.date,
    startTime: data.meeting.startTime,
    endTime: data.meeting.endTime,
    summary: meetingTitle(data),
    location: placeText(data),
    description: invitationDescription(data),
    organizer: recipients.chair,
    attendees: recipients.to,
  });
}

function meetingData(wb: Workbook, meetingId: number, now: Date): { data: MeetingDocumentData; recipients: MeetingRecipients } {
  const data = loadMeetingDocumentData(wb, meetingId, todayIso(now));
  return { data, recipients: readMeetingRecipients(wb, data.participants) };
}

/** Writes only the meeting's calendar invitation (`export invitation`). */
export function writeMeetingInvitation(wb: Workbook, meetingId: number, context: SendingContext): { invitationPath: string; recipients: MeetingRecipients } {
  const { data, recipients } = meetingData(wb, meetingId, context.now);
  fs.mkdirSync(context.folder, { recursive: true });
  const target = path.resolve(context.folder, invitationFileName(data));
  writeFileWhole(target, Buffer.from(invitationText(wb, data, recipients, context, target), 'utf8'));
  return { invitationPath: target, recipients };
}

/**
 * Writes the e-mail draft with the Word document attached, named as the document with .eml; for
 * the dagsorden also the invitation, which the e-mail carries too, so the recipients get it
 * when the draft is sent. `withInvitationFile` false leaves out the separate .ics (`export email`).
 */
export async function writeMeetingSending(
  wb: Workbook,
  meetingId: number,
  document: SentDocument,
  word: WordDocument,
  context: SendingContext & { withInvitationFile: boolean },
): Promise<WrittenSending> {
  const { data, recipients } = meetingData(wb, meetingId, context.now);
  fs.mkdirSync(context.folder, { recursive: true });
  const attachments: DraftAttachment[] = [{ fileName: word.fileName, content: word.buffer, contentType: DOCX_CONTENT_TYPE }];
  let invitationPath: string | null = null;
  if (document === 'dagsorden') {
    const target = path.resolve(context.folder, invitationFileName(data));
    const ics = invitationText(wb, data, recipients, context, target);
    attachments.push({ fileName: invitationFileName(data), content: ics, contentType: 'text/calendar; charset=utf-8; method=REQUEST' });
    if (context.withInvitationFile) invitationPath = writeFileWhole(target, Buffer.from(ics, 'utf8'));
  }
  const { subject, body } = coverText(document, data, context.sender);
  const eml = await composeEmailDraft({ to: recipients.to, subject, text: body, attachments, date: context.now });
  const emailPath = writeFileWhole(path.resolve(context.folder, word.fileName.replace(/\.docx$/i, '') + '.eml'), eml);
  return { emailPath, invitationPath, recipients };
}
