// What a shared workbook is opened with and the states it reports – kept apart from
// RemoteWorkbook so the router, the downloads and the tests can name them without the class.
import type { DownloadedFile } from '../../shared/api/socket-protocol';

/** Turns a file the server sent for a call into the call's local result (asks where, writes it). */
export interface DownloadSaver {
  /** sent: every file the call sent (most send one) and the server's own answer. */
  save(channel: string, download: DownloadedFile, sent: { files: DownloadedFile[]; answer: unknown }): Promise<unknown>;
}

export interface RemoteWorkbookOptions {
  /** The server's origin, as the user chose it (https://arbejdsbog.kommune.dk). */
  server: string;
  /** The workbook's file name on the server. */
  workbook: string;
  code: string;
  /** Where files the server sends go; without it such a call is answered with a refusal. */
  downloads?: DownloadSaver;
  /** How long a call may wait for its answer. */
  callTimeoutMs?: number;
  /** How long a login or a socket upgrade may take. */
  connectTimeoutMs?: number;
  /** Waits between reconnection attempts; the last one repeats. */
  reconnectDelaysMs?: readonly number[];
  /**
   * The folder for changes waiting for the server (the app's data folder). With it, a change
   * made while the connection is lost is kept on disk and sent when it is back; without it,
   * it is refused as before.
   */
  outboxDir?: string;
  /** Where a change the server refused on a resend is logged. */
  log?: (line: string) => void;
}

export type RemoteStatus =
  | { state: 'connected'; resumed: boolean }
  | { state: 'reconnecting'; message: string; attempt: number }
  | { state: 'closed'; message: string | null };

/** The waits used when the options name none. */
export const DEFAULTS = {
  callTimeoutMs: 120_000,
  connectTimeoutMs: 15_000,
  reconnectDelaysMs: [500, 1_000, 2_000, 5_000, 10_000, 30_000],
};
