import path from 'node:path';
import type { reportChannels } from '../../../shared/api/report-channels';
import { todayIso } from '../../../shared/dates';
import { DOCUMENT_LABELS } from '../../../shared/domain/report';
import { defaultMeeting, listMeetingChoices } from '../../documents/loaders/meetings';
import { defaultEvaluationPeriod } from '../../documents/evaluation/evaluation-analysis';
import { defaultStatusPeriod } from '../../documents/status/status-analysis';
import { readProgram } from '../program';
import type { HandlerMap } from '../handler';
import { renderInWorker } from './render-in-worker';
import { WORD_FILTER, writeDocumentFile } from './save-document';
import { sendMeetingDocument } from './send-meeting';

export const reportHandlers: HandlerMap<keyof typeof reportChannels> = {
  'reports.options': (_input, ctx) => {
    const wb = ctx.workbook();
    const today = todayIso();
    const meetings = listMeetingChoices(wb);
    const last = ctx.session.settings.lastStatusReportTo(wb.filePath);
    return {
      today,
      meetings,
      defaultMeetingId: defaultMeeting(meetings, today)?.id ?? null,
      defaultPeriod: defaultStatusPeriod(today, last),
      evaluationPeriod: defaultEvaluationPeriod(readProgram(wb), today),
      lastStatusReportTo: last,
      folder: path.dirname(wb.filePath),
    };
  },

  'reports.generate': async (input, ctx) => {
    const wb = ctx.workbook();
    const settings = ctx.session.settings;
    // Made in full before the dialog, so a missing meeting is refused before anything is asked;
    // in the worker thread, so the app goes on answering meanwhile.
    const rendered = await renderInWorker(wb, input, { today: todayIso(), lastStatusReportTo: settings.lastStatusReportTo(wb.filePath), author: ctx.user });
    const suggested = path.join(path.dirname(wb.filePath), rendered.fileName);
    const target = await ctx.shell.chooseFileToSave(suggested, `Gem ${DOCUMENT_LABELS[rendered.kind].toLowerCase()}`, WORD_FILTER);
    if (!target) return null;
    const written = writeDocumentFile(target, rendered.buffer);
    if (rendered.period) settings.rememberStatusReport(wb.filePath, rendered.period.to);
    const openError = await ctx.shell.openPath(written);
    return { path: written, fileName: path.basename(written), opened: openError === null, openError };
  },

  'reports.send': sendMeetingDocument,
};
