// "Send dagsorden" and "Send referat": the Word document made as reports.generate makes it, put
// into an unsent e-mail draft to the participants – with a calendar invitation for the dagsorden –
// written without a dialog into the shell's folder for them, and opened with the system's
// programs (Outlook, the calendar). On the server that folder is the connection's own, and the
// files go to the member as downloads like any document.
import path from 'node:path';
import { todayIso } from '../../../shared/dates';
import type { GeneratedDocument } from '../../../shared/domain/report';
import type { ShellServices } from '../../app/session';
import { writeMeetingSending } from '../../documents/sending/meeting-sending';
import type { Handler } from '../handler';
import { renderInWorker } from './render-in-worker';

/** Where e-mail drafts and invitations are written: the shell's own folder for them, else its documents folder. */
export function outgoingFolder(shell: ShellServices): string {
  return shell.outgoingDir ?? shell.documentsDir;
}

async function opened(shell: ShellServices, filePath: string): Promise<GeneratedDocument> {
  const openError = await shell.openPath(filePath);
  return { path: filePath, fileName: path.basename(filePath), opened: openError === null, openError };
}

export const sendMeetingDocument: Handler<'reports.send'> = async (input, ctx) => {
  const wb = ctx.workbook();
  const now = new Date();
  const word = await renderInWorker(wb, { kind: input.document, meetingId: input.meetingId }, { today: todayIso(now), lastStatusReportTo: null });
  const written = await writeMeetingSending(wb, input.meetingId, input.document, word, {
    folder: outgoingFolder(ctx.shell),
    now,
    sender: ctx.user?.name ?? null,
    withInvitationFile: true,
  });
  // The invitation first: the e-mail, opened last, is what the user sees on top.
  const invitation = written.invitationPath ? await opened(ctx.shell, written.invitationPath) : null;
  const email = await opened(ctx.shell, written.emailPath);
  return {
    document: input.document,
    email,
    invitation,
    recipients: written.recipients.to.map((r) => `${r.name} <${r.email}>`),
    withoutEmail: written.recipients.withoutEmail,
  };
};
