// Logging in to an Arbejdsbogen-server with an invitation code and opening the member's socket:
// the two requests every connection (and every reconnection) of the app makes. Every answer is
// read as a stranger's until it proves to be the server's.
import WebSocket from 'ws';
import type { Envelope } from '../../shared/api/envelope';
import { LOGIN_COOKIE, LOGIN_PATH, SOCKET_PATH, type LoginAnswer, type LoginRequest } from '../../shared/api/socket-protocol';
import { USER_ROLES, type UserProfile } from '../../shared/domain/user';
import { describeConnectionError, RemoteFailure } from './connection-errors';

/** Downloads (a workbook copy) may be large; the server's own limit for incoming frames is far lower. */
const MAX_INCOMING_BYTES = 256 * 1024 * 1024;

export interface ServerAddress {
  /** The server's origin. */
  server: string;
  /** Its host, for messages. */
  host: string;
  timeoutMs: number;
}

/** The socket's login was refused (expired, or the server restarted): log in again with the code. */
export class LoginNeeded extends Error {}

/** Logs in with the code; rejects with a Danish RemoteFailure (wrong code: the server's own words). */
export async function logIn(target: ServerAddress & { workbook: string; code: string }): Promise<{ cookie: string; member: UserProfile }> {
  const { server, host } = target;
  let response: Response;
  try {
    const request: LoginRequest = { workbook: target.workbook, code: target.code };
    response = await fetch(`${server}${LOGIN_PATH}`, {
      method: 'POST',
      // The server accepts a login only with its own Origin (or none); we say it, as a browser would.
      headers: { 'content-type': 'application/json', origin: server },
      body: JSON.stringify(request),
      // The code goes to the server the user chose and nowhere else.
      redirect: 'error',
      signal: AbortSignal.timeout(target.timeoutMs),
    });
  } catch (error) {
    throw describeConnectionError(error, host);
  }
  const body = await readEnvelope(response);
  if (!body) throw new RemoteFailure(`${host} svarer, men ikke som en Arbejdsbogen-server (HTTP ${response.status}). Tjek adressen`, response.status >= 500);
  if (!body.ok) {
    // 401/403: the code or the workbook is wrong, or revoked – trying again will not help.
    const final = response.status === 401 || response.status === 403 || response.status === 400;
    throw new RemoteFailure(body.error.message, !final);
  }
  // Read as a stranger's answer: only a member with a known role and a cookie is a login.
  const value = body.value as Partial<Record<keyof LoginAnswer, unknown>>;
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith(`${LOGIN_COOKIE}=`));
  const role = USER_ROLES.find((r) => r === value.role);
  if (!cookie || typeof value.name !== 'string' || !role) {
    throw new RemoteFailure(`${host} svarer, men ikke som en Arbejdsbogen-server (intet login). Tjek adressen`, false);
  }
  return { cookie, member: { name: value.name, role } };
}

/** Opens the member's socket; `onMessage` is attached as it opens. A refused login rejects with LoginNeeded. */
export function openMemberSocket(target: ServerAddress, cookie: string, onMessage: (data: WebSocket.RawData, isBinary: boolean) => void): Promise<WebSocket> {
  const { server, host } = target;
  const url = `${server.replace(/^http/, 'ws')}${SOCKET_PATH}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, {
      // The server takes a socket only with its own Origin; a Node client says it outright.
      headers: { origin: server, cookie },
      handshakeTimeout: target.timeoutMs,
      maxPayload: MAX_INCOMING_BYTES,
      followRedirects: false,
    });
    socket.once('open', () => {
      socket.removeAllListeners('error');
      socket.on('message', onMessage);
      resolve(socket);
    });
    socket.once('unexpected-response', (request, response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        request.destroy();
        const text = Buffer.concat(chunks).toString('utf8');
        const message = messageOf(text) ?? `Serveren ${host} afviste forbindelsen (HTTP ${response.statusCode})`;
        if (response.statusCode === 401) reject(new LoginNeeded(message));
        else reject(new RemoteFailure(message, (response.statusCode ?? 500) >= 500));
      });
    });
    socket.once('error', (error) => reject(describeConnectionError(error, host)));
  });
}

async function readEnvelope(response: Response): Promise<Envelope<unknown> | null> {
  try {
    const body = (await response.json()) as Envelope<unknown>;
    if (body && typeof body === 'object' && (body.ok === true || (body.ok === false && typeof body.error?.message === 'string'))) return body;
    return null;
  } catch {
    return null;
  }
}

function messageOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } } | null;
    return typeof body?.error?.message === 'string' ? body.error.message : null;
  } catch {
    return null;
  }
}
