// `export invitation <fil> --meeting … [--out <mappe>]` and `export email <fil> --meeting …
// --document dagsorden|referat [--out <mappe>]`: the calendar invitation and the e-mail draft that
// "Send dagsorden/referat" writes, from the same code, into --out (default: the current folder).
// Nothing is opened.
import path from 'node:path';
import { sendMeetingDocumentInput } from '../../../shared/api/report-channels';
import { describeValidationError } from '../../../shared/api/validation';
import { isIsoDate, todayIso } from '../../../shared/dates';
import { withoutEmailNotice } from '../../../shared/domain/report';
import { meetingIdFor } from '../../documents/loaders/meetings';
import type { MeetingRecipients } from '../../documents/sending/recipients';
import { writeMeetingInvitation, writeMeetingSending } from '../../documents/sending/meeting-sending';
import { renderInWorker } from '../../features/reports/render-in-worker';
import { outgoingFolder } from '../../features/reports/send-meeting';
import { ExportUsageError, type Exporter } from './exporter';

function recipientLines(recipients: MeetingRecipients): string[] {
  const to = recipients.to.map((r) => `${r.name} <${r.email}>`);
  const missing = withoutEmailNotice(recipients.withoutEmail);
  return [to.length > 0 ? `Til: ${to.join(', ')}` : 'Ingen af deltagerne har en e-mailadresse: der er ingen modtagere.', ...(missing ? [missing] : [])];
}

export const sendingExporter: Exporter = {
  kinds: ['invitation', 'email'],
  usage: [
    'invitation <fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> [--out <mappe>]',
    'email <fil> --meeting <id|ÅÅÅÅ-MM-DD|latest|next> --document dagsorden|referat [--out <mappe>]',
  ],
  flags: ['meeting', 'document'],
  outIsOptional: true,

  async run(kind, file, out, flags, { session, out: print }) {
    const meeting = flags.get('meeting');
    const document = flags.get('document');
    if (meeting === undefined) throw new ExportUsageError('--meeting mangler: angiv mødets id, dato (ÅÅÅÅ-MM-DD), latest eller next');
    if (!/^\d+$/.test(meeting) && meeting !== 'latest' && meeting !== 'next' && !isIsoDate(meeting)) {
      throw new ExportUsageError(`--meeting skal være et møde-id, en dato (ÅÅÅÅ-MM-DD), latest eller next – ikke "${meeting}"`);
    }
    if (kind === 'invitation' && document !== undefined) throw new ExportUsageError('--document gælder kun email');
    if (kind === 'email' && document === undefined) throw new ExportUsageError('--document mangler: angiv dagsorden eller referat');

    session.open(file);
    const wb = session.requireWorkbook();
    const now = new Date();
    const meetingId = meetingIdFor(wb, meeting, todayIso(now));
    const context = { folder: path.resolve(out || outgoingFolder(session.shell)), now, sender: null };

    if (kind === 'invitation') {
      const written = writeMeetingInvitation(wb, meetingId, context);
      const organizer = written.recipients.chair ? `Arrangør: ${written.recipients.chair.name} <${written.recipients.chair.email}>` : 'Ingen arrangør: formanden har ingen e-mailadresse.';
      print([`Kalenderinvitation gemt: ${written.invitationPath}`, organizer, ...recipientLines(written.recipients)].join('\n') + '\n');
      return 0;
    }
    const parsed = sendMeetingDocumentInput.safeParse({ meetingId, document });
    if (!parsed.success) throw new ExportUsageError(describeValidationError(parsed.error));
    const word = await renderInWorker(wb, { kind: parsed.data.document, meetingId }, { today: todayIso(now), lastStatusReportTo: null });
    const written = await writeMeetingSending(wb, meetingId, parsed.data.document, word, { ...context, withInvitationFile: false });
    const attached = parsed.data.document === 'dagsorden' ? `${word.fileName} og kalenderinvitationen` : word.fileName;
    print([`E-mail gemt: ${written.emailPath} (med ${attached} vedhæftet, klar til at sende)`, ...recipientLines(written.recipients)].join('\n') + '\n');
    return 0;
  },
};
