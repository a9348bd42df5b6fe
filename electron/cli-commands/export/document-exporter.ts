// `export dagsorden|referat|statusnotat|programdokument <fil> --out <sti.docx> …`: the same
// documents as the Rapporter sheet, from the same code, written where --out says.
import path from 'node:path';
import { generateDocumentInput } from '../../../shared/api/report-channels';
import { describeValidationError } from '../../../shared/api/validation';
import { isIsoDate, todayIso } from '../../../shared/dates';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, isMeetingDocument, type DocumentKind } from '../../../shared/domain/report';
import { defaultMeeting, listMeetingChoices, resolveMeeting } from '../../documents/loaders/meetings';
import { renderInWorker } from '../../features/reports/render-in-worker';
import { writeDocumentFile } from '../../features/reports/save-document';
import { UserFacingError } from '../../workbook/errors';
import { ExportUsageError, type Exporter } from './exporter';

export const documentExporter: Exporter = {
  // The evaluation has its own exporter (evaluation-exporter.ts): its dates and --slut.
  kinds: DOCUMENT_KINDS.filter((k) => k !== 'evaluering'),
  usage: [
    'dagsorden <fil> --out <sti.docx> [--meeting ÅÅÅÅ-MM-DD|latest|next]',
    'referat <fil> --out <sti.docx> [--meeting ÅÅÅÅ-MM-DD|latest|next]',
    'statusnotat <fil> --out <sti.docx> [--from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD] [--indstilling "Det indstilles, at …"]',
    'programdokument <fil> --out <sti.docx>',
  ],
  flags: ['meeting', 'from', 'to', 'indstilling'],

  async run(kindText, file, out, flags, { session, out: print }) {
    const kind = kindText as DocumentKind;
    const meetingFlag = flags.get('meeting');
    if (meetingFlag !== undefined && !isMeetingDocument(kind)) throw new ExportUsageError(`--meeting gælder kun dagsorden og referat`);
    if ((flags.has('from') || flags.has('to')) && kind !== 'statusnotat') throw new ExportUsageError('--from og --to gælder kun statusnotat');
    if (flags.has('indstilling') && kind !== 'statusnotat') throw new ExportUsageError('--indstilling gælder kun statusnotat');
    if (meetingFlag !== undefined && meetingFlag !== 'latest' && meetingFlag !== 'next' && !isIsoDate(meetingFlag)) {
      throw new ExportUsageError(`--meeting skal være en dato (ÅÅÅÅ-MM-DD), latest eller next – ikke "${meetingFlag}"`);
    }

    session.open(file);
    const wb = session.requireWorkbook();
    const today = todayIso();
    let meetingId: number | undefined;
    if (isMeetingDocument(kind)) {
      const meetings = listMeetingChoices(wb);
      const chosen = meetingFlag ? resolveMeeting(meetings, meetingFlag, today) : defaultMeeting(meetings, today);
      if (!chosen) throw new UserFacingError('not_found', 'Arbejdsbogen har ingen møder endnu');
      meetingId = chosen.id;
    }
    const parsed = generateDocumentInput.safeParse({ kind, meetingId, from: flags.get('from'), to: flags.get('to'), recommendation: flags.get('indstilling') });
    if (!parsed.success) throw new ExportUsageError(describeValidationError(parsed.error));

    const rendered = await renderInWorker(wb, parsed.data, { today, lastStatusReportTo: null, author: session.settings.user });
    const written = writeDocumentFile(out, rendered.buffer);
    const size = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(rendered.buffer.length / 1024);
    print(`${DOCUMENT_LABELS[kind]} gemt: ${path.resolve(written)} (${size} kB)\n`);
    return 0;
  },
};
