// Word documents are made in a worker thread (document-worker.ts): building and packing a
// document with megabytes of text takes seconds, and in the main process that would freeze every
// sheet and the window meanwhile. The worker reads the workbook file through its own read-only
// connection (Workbook.readerSource()); the dispatcher stays the one door and awaits the answer.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import type { ApiErrorCode } from '../../../shared/api/envelope';
import type { DocumentJob, DocumentReply, JobFailure } from './document-job';
import type { DocumentRequest, RenderContext, RenderedDocument } from './render';

interface Waiting {
  resolve: (document: RenderedDocument) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

/**
 * The worker's script. In the built app it is its own entry beside main.js
 * (electron.vite.config.ts). Run from the TypeScript source (vitest, tsx: the CLI, the bench)
 * it is the .ts file beside this one, loaded through tsx's require hook – a worker cannot be
 * given tsx's ESM loader on Node 20.
 */
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(path.join(path.dirname(here), 'document-worker.js'));
  const source = path.join(path.dirname(here), 'document-worker.ts');
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)}); require(${JSON.stringify(source)});`, { eval: true });
}

function errorOf(failure: JobFailure): Error {
  if (failure.userFacing) return new UserFacingError(failure.code as ApiErrorCode, failure.message);
  // The dispatcher logs it and answers in Danish; an SQLite code keeps its Danish description.
  const error = Object.assign(new Error(failure.message), { name: failure.name, code: failure.code });
  if (failure.stack) error.stack = failure.stack;
  return error;
}

function failAll(error: Error): void {
  for (const { reject } of waiting.values()) reject(error);
  waiting.clear();
}

/** The one worker, started on first use and kept (docx stays loaded); it never keeps the process alive while idle. */
function documentWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
  started.on('message', (reply: DocumentReply) => {
    const entry = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (waiting.size === 0) started.unref();
    if (!entry) return;
    if (reply.ok) {
      const { buffer, ...rest } = reply.document;
      entry.resolve({ ...rest, buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    } else {
      entry.reject(errorOf(reply.failure));
    }
  });
  // A worker that dies (out of memory, a bug) fails the documents it was making, not the app;
  // the next document starts a new one.
  started.on('error', (error) => {
    if (worker === started) worker = null;
    failAll(error);
  });
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    failAll(new Error(`Dokumenttråden stoppede (kode ${code})`));
  });
  worker = started;
  return started;
}

/** The document, made in the worker from the workbook as it is now. */
export function renderInWorker(
  wb: Workbook,
  request: DocumentRequest,
  context: RenderContext,
): Promise<RenderedDocument> {
  const job: DocumentJob = { id: nextId++, source: wb.readerSource(), filePath: wb.filePath, nativeBinding: wb.nativeBinding, request, context };
  const thread = documentWorker();
  return new Promise<RenderedDocument>((resolve, reject) => {
    waiting.set(job.id, { resolve, reject });
    thread.ref();
    thread.postMessage(job);
  });
}
