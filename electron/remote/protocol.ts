// The frames the shared workbook server sends (electron/server/server.ts), as the app's client
// reads them. Defined here until the wire types live in shared/api/socket-protocol.ts (being
// added beside the browser client); then these become re-exports of those.
import type { Envelope } from '../../shared/api/envelope';

export type CallId = string | number;

/** A file a handler "saved" on the server: sent for a call just before its answer. */
export interface DownloadFile {
  fileName: string;
  contentType: string;
  base64: string;
}

/** Who is in the workbook now; the window shows it in its title bar. */
export interface PresencePayload {
  server: string;
  workbook: string;
  me: { name: string; role: string };
  online: Array<{ name: string; role: string }>;
}

export const PRESENCE_EVENT = 'workbook.presence';

export type ServerFrame =
  | { kind: 'answer'; id: CallId | null; envelope: Envelope<unknown> }
  | { kind: 'download'; id: CallId; download: DownloadFile }
  | { kind: 'event'; event: string; payload: unknown };

/** The client's call: the same shape the server's frameSchema accepts. */
export interface CallFrame {
  id: CallId;
  channel: string;
  input: unknown;
}

const isId = (value: unknown): value is CallId => typeof value === 'string' || typeof value === 'number';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && isRecord(value.error) && typeof value.error.code === 'string' && typeof value.error.message === 'string';
}

function isDownload(value: unknown): value is DownloadFile {
  return isRecord(value) && typeof value.fileName === 'string' && typeof value.contentType === 'string' && typeof value.base64 === 'string';
}

/** One text frame from the server, or null when it is not one of the three shapes. */
export function parseServerFrame(text: string): ServerFrame | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  if (typeof data.event === 'string') return { kind: 'event', event: data.event, payload: data.payload };
  if (isId(data.id) && isDownload(data.download)) return { kind: 'download', id: data.id, download: data.download };
  if ((isId(data.id) || data.id === null) && isEnvelope(data.envelope)) return { kind: 'answer', id: data.id, envelope: data.envelope };
  return null;
}
