// What the main thread and the document worker say to each other (render-in-worker.ts and
// document-worker.ts). Plain data, so it crosses postMessage as it is.
import type { ReaderSource } from '../../workbook/workbook';
import type { DocumentRequest, RenderContext, RenderedDocument } from './render';

export interface DocumentJob {
  id: number;
  /** Where the worker reads the workbook: its file, or on a network drive an image of it. */
  source: ReaderSource;
  filePath: string;
  nativeBinding: string | undefined;
  request: DocumentRequest;
  context: RenderContext;
}

/** A failure as plain data: a UserFacingError keeps its code and Danish message, an SQLite error its code. */
export interface JobFailure {
  userFacing: boolean;
  code: string | undefined;
  name: string;
  message: string;
  stack: string | undefined;
}

export type DocumentReply =
  | { id: number; ok: true; document: Omit<RenderedDocument, 'buffer'> & { buffer: Uint8Array } }
  | { id: number; ok: false; failure: JobFailure };
