// One generated document: its bytes and the file name to suggest. Runs in the document worker
// (document-worker.ts), which the Rapporter sheet's handler and `npm run cli -- export` both use
// (render-in-worker.ts), so both make exactly the same file.
import type { z } from 'zod';
import type { generateDocumentInput } from '../../../shared/api/report-channels';
import { DOCUMENT_LABELS, EVALUATION_LABELS, type DocumentKind } from '../../../shared/domain/report';
import { packDocument } from '../../documents/layout';
import { loadEvaluationData } from '../../documents/loaders/evaluation';
import { loadMeetingDocumentData } from '../../documents/loaders/meetings';
import { loadProgrammeDocumentData } from '../../documents/loaders/programme';
import { loadStatusReportData } from '../../documents/loaders/status-report';
import { evaluationDocument } from '../../documents/evaluation/evaluation-document';
import { agendaDocument, agendaKind } from '../../documents/meetings/agenda-document';
import { minutesDocument } from '../../documents/meetings/minutes-document';
import { programmeDocument } from '../../documents/programme/programme-document';
import { defaultStatusPeriod } from '../../documents/status/status-analysis';
import { statusReportDocument } from '../../documents/status/status-report';
import type { Document } from 'docx';
import type { Workbook } from '../../workbook/workbook';
import type { UserProfile } from '../../../shared/domain/user';

export type DocumentRequest = z.output<typeof generateDocumentInput>;

/** What the document is made with besides the request: the day, the last notat's end, who makes it. */
export interface RenderContext {
  today: string;
  lastStatusReportTo: string | null;
  /** The user making the document (the statusnotat names its author); null or absent: not known. */
  author?: UserProfile | null;
}

export interface RenderedDocument {
  kind: DocumentKind;
  buffer: Buffer;
  /** "Dagsorden 2026-12-02.docx" */
  fileName: string;
  /** The period a statusnotat covers, to remember for the next one. */
  period: { from: string; to: string } | null;
}

/** Builds the document (loading first, so a missing meeting is refused before anything else). */
function prepareDocument(
  wb: Workbook,
  request: DocumentRequest,
  context: RenderContext,
): { kind: DocumentKind; document: Document; fileName: string; period: RenderedDocument['period'] } {
  const name = (date: string) => `${DOCUMENT_LABELS[request.kind]} ${date}.docx`;
  switch (request.kind) {
    case 'dagsorden':
    case 'referat': {
      const data = loadMeetingDocumentData(wb, request.meetingId!, context.today);
      const document = request.kind === 'dagsorden' ? agendaDocument(data) : minutesDocument(data);
      // A revised dagsorden is saved beside the one sent, not over it.
      const fileName = request.kind === 'dagsorden' ? `${agendaKind(data)} ${data.meeting.date}.docx` : name(data.meeting.date);
      return { kind: request.kind, document, fileName, period: null };
    }
    case 'statusnotat': {
      const period = request.from && request.to ? { from: request.from, to: request.to } : defaultStatusPeriod(context.today, context.lastStatusReportTo);
      const data = loadStatusReportData(wb, {
        date: context.today, period, summaryText: request.summary, recommendation: request.recommendation, author: context.author ?? null,
      });
      return { kind: 'statusnotat', document: statusReportDocument(data), fileName: name(period.to), period };
    }
    case 'evaluering': {
      // The channel refuses an evaluation without a period.
      const period = { from: request.from!, to: request.to! };
      const data = loadEvaluationData(wb, { stage: request.stage ?? 'midtvejs', date: context.today, period, author: context.author ? `${context.author.name} (${context.author.role})` : '' });
      const label = EVALUATION_LABELS[data.stage];
      return { kind: 'evaluering', document: evaluationDocument(data), fileName: `${label} ${period.from} til ${period.to}.docx`, period: null };
    }
    case 'programdokument':
      return { kind: 'programdokument', document: programmeDocument(loadProgrammeDocumentData(wb, context.today)), fileName: name(context.today), period: null };
  }
}

export async function renderDocument(
  wb: Workbook,
  request: DocumentRequest,
  context: RenderContext,
): Promise<RenderedDocument> {
  const prepared = prepareDocument(wb, request, context);
  return { kind: prepared.kind, buffer: await packDocument(prepared.document), fileName: prepared.fileName, period: prepared.period };
}
