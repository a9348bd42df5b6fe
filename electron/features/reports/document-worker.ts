// The document worker thread: makes Word documents, reading the workbook itself, so that
// building and packing a large document (seconds for megabytes of text) never holds up the main
// process's event loop – the sheets, the dispatcher and the window go on answering meanwhile.
// Started by render-in-worker.ts; built as its own entry (electron.vite.config.ts).
import { parentPort } from 'node:worker_threads';
import { UserFacingError } from '../../workbook/errors';
import { Workbook } from '../../workbook/workbook';
import type { DocumentJob, DocumentReply, JobFailure } from './document-job';
import { renderDocument } from './render';

function failureOf(error: unknown): JobFailure {
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: unknown }).code;
  return { userFacing: e instanceof UserFacingError, code: typeof code === 'string' ? code : undefined, name: e.name, message: e.message, stack: e.stack };
}

async function run(job: DocumentJob): Promise<DocumentReply> {
  let wb: Workbook | null = null;
  try {
    wb = Workbook.openReader(job.source, job.filePath, { nativeBinding: job.nativeBinding });
    // One read transaction: every part of the document from the same committed state, even
    // while the main thread goes on saving changes.
    wb.db.exec('BEGIN');
    const document = await renderDocument(wb, job.request, job.context);
    return { id: job.id, ok: true, document };
  } catch (error) {
    return { id: job.id, ok: false, failure: failureOf(error) };
  } finally {
    wb?.close();
  }
}

parentPort!.on('message', (job: DocumentJob) => {
  void run(job).then((reply) => parentPort!.postMessage(reply));
});
