import { z } from 'zod';
import { DOCUMENT_KINDS, EVALUATION_STAGES, isMeetingDocument, SENT_DOCUMENTS, type GeneratedDocument, type ReportOptions, type SentMeetingDocument } from '../domain/report';
import { query } from './channel';
import { isoDate, longText, noInput, rowId, strictInput } from './validation';

export const generateDocumentInput = strictInput(
  {
    kind: z.enum(DOCUMENT_KINDS, { error: `Dokument skal være et af: ${DOCUMENT_KINDS.join(', ')}` }),
    meetingId: rowId('Møde').optional(),
    from: isoDate('Periodens start').optional(),
    to: isoDate('Periodens slutning').optional(),
    /** The sender's own summary at the top of a statusnotat. */
    summary: longText('Sammenfatning').optional(),
    /** What a statusnotat asks the director to decide (»Det indstilles, at …«); empty: none. */
    recommendation: longText('Indstilling').optional(),
    /** Which evaluation: midtvejs (default) or slut. */
    stage: z.enum(EVALUATION_STAGES, { error: `Evalueringen skal være ${EVALUATION_STAGES.join(' eller ')}` }).optional(),
  },
  'dokumentet',
).superRefine((input, ctx) => {
  if (isMeetingDocument(input.kind) && input.meetingId === undefined) {
    ctx.addIssue({ code: 'custom', message: `Vælg det møde, ${input.kind === 'dagsorden' ? 'dagsordenen' : 'referatet'} skal laves for` });
  }
  if (input.recommendation !== undefined && input.recommendation.trim() !== '' && input.kind !== 'statusnotat') {
    ctx.addIssue({ code: 'custom', message: 'En indstilling hører kun til statusnotatet' });
  }
  if (input.stage !== undefined && input.kind !== 'evaluering') {
    ctx.addIssue({ code: 'custom', message: 'Midtvejs- eller slutevaluering kan kun vælges for en evaluering' });
  }
  if (input.kind === 'evaluering' && input.from === undefined && input.to === undefined) {
    ctx.addIssue({ code: 'custom', message: 'Angiv den periode, evalueringen dækker (fra og til)' });
  }
  if ((input.from === undefined) !== (input.to === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'Angiv både periodens start og slutning' });
  } else if (input.from !== undefined && input.to !== undefined && input.from > input.to) {
    ctx.addIssue({ code: 'custom', message: 'Perioden kan ikke slutte, før den begynder' });
  }
});

export const sendMeetingDocumentInput = strictInput(
  {
    meetingId: rowId('Møde'),
    document: z.enum(SENT_DOCUMENTS, { error: `Det, der sendes, skal være ${SENT_DOCUMENTS.join(' eller ')}` }),
  },
  'udsendelsen',
);

/** The Word documents. Generating changes nothing in the workbook, so these are queries. */
export const reportChannels = {
  'reports.options': query<ReportOptions>()(noInput),
  /** Asks where to save (default beside the workbook), writes the .docx and opens it; null when the user cancels. */
  'reports.generate': query<GeneratedDocument | null>()(generateDocumentInput),
  /**
   * "Send dagsorden" / "Send referat": writes an unsent e-mail draft (.eml) to the participants with
   * the Word document attached – and for the dagsorden a calendar invitation (.ics) – and opens them.
   */
  'reports.send': query<SentMeetingDocument>()(sendMeetingDocumentInput),
};
