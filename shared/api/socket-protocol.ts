// The wire format between a shared workbook's server and its clients (the browser page and the
// app's main process): one JSON object per WebSocket message. The client calls channels of the
// contract; the server answers each call once, may send the files a call made before its answer,
// and pushes the workbook's events to every connection.
import { z } from 'zod';
import type { AppEventName, AppEvents } from './bridge';
import type { Envelope } from './envelope';
import type { UserProfile } from '../domain/user';

/** Where the server answers, relative to its own origin. */
export const LOGIN_PATH = '/api/login';
export const LOGOUT_PATH = '/api/logout';
export const SOCKET_PATH = '/api/socket';
/** The HttpOnly cookie a login sets (for the /api paths); the app's client sends it as a browser would. */
export const LOGIN_COOKIE = 'arbejdsbog_login';
/** The socket's close code when the login has ended (expired, or the invitation revoked): log in again. */
export const LOGGED_OUT_CLOSE_CODE = 4001;
/**
 * The answer to a call that arrived after the login ended: the call was not run. A client with
 * an outbox keeps the change waiting and sends it again once logged in anew.
 */
export const LOGGED_OUT_MESSAGE = 'Du er ikke længere logget ind (eller invitationen er trukket tilbage). Intet er ændret';

export type CallId = string | number;

/** Client → server: run one channel of the contract. */
export interface CallFrame {
  id: CallId;
  channel: string;
  input?: unknown;
  /**
   * The client's lasting id for a change (a UUID), kept when the call is sent again after a lost
   * answer or a reconnect: the server applies a change with a given callId at most once.
   */
  callId?: string;
}

export const callFrameSchema = z.object({
  id: z.union([z.string().max(100), z.number().int()]),
  channel: z.string().max(200),
  input: z.unknown().optional(),
  callId: z.string().min(8).max(100).optional(),
}).strict();

/** Server → client: the answer to a call (id null: a frame that could not be read at all). */
export interface AnswerFrame {
  id: CallId | null;
  envelope: Envelope<unknown>;
}

/** A file a call wrote (a Word document, an Excel export, a copy of the workbook), sent before its answer. */
export interface DownloadedFile {
  /** A file name only, never a path on the server. */
  fileName: string;
  contentType: string;
  base64: string;
}

export interface DownloadFrame {
  id: CallId;
  download: DownloadedFile;
}

/** Server → every connection of the workbook: the same events the app's window gets. */
export interface EventFrame<E extends AppEventName = AppEventName> {
  event: E;
  payload: AppEvents[E];
}

export type ServerFrame = AnswerFrame | DownloadFrame | EventFrame;

const callId = z.union([z.string(), z.number()]);
const envelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    // changedBy is part of a conflict: without it a sheet cannot tell a conflict from a refusal.
    error: z.object({ code: z.string(), message: z.string(), changedBy: z.object({ author: z.string(), at: z.string() }).optional() }),
  }),
]);

/**
 * Reads a frame from the server; null for anything else. The server is trusted for content
 * (it runs our handlers), so only the frame's shape is checked, not every event's payload.
 */
export function parseServerFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'object' || data === null) return null;
  if ('download' in data) {
    const frame = z.object({
      id: callId,
      download: z.object({ fileName: z.string().min(1), contentType: z.string(), base64: z.string() }),
    }).safeParse(data);
    return frame.success ? frame.data : null;
  }
  if ('event' in data) {
    const frame = z.object({ event: z.string(), payload: z.unknown() }).safeParse(data);
    return frame.success ? (frame.data as EventFrame) : null;
  }
  const frame = z.object({ id: callId.nullable(), envelope: envelopeSchema }).safeParse(data);
  return frame.success ? (frame.data as AnswerFrame) : null;
}

/** POST LOGIN_PATH's body: the workbook's file name (with or without .arbejdsbog) and the invitation code. */
export const loginRequestSchema = z.object({ workbook: z.string().min(1).max(400), code: z.string().min(1).max(200) }).strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/** The answer to a login (POST) and to "who am I" (GET LOGIN_PATH): the workbook and the member. */
export interface LoginAnswer extends UserProfile {
  workbook: string;
}
