// The page's login: the server sets an HttpOnly cookie the page never sees; the page only learns
// who it is logged in as.
import type { Envelope } from '../../shared/api/envelope';
import { LOGIN_PATH, LOGOUT_PATH, SOCKET_PATH, type LoginAnswer, type LoginRequest } from '../../shared/api/socket-protocol';

const UNREACHABLE = 'Serveren kan ikke nås. Tjek din netværksforbindelse, og prøv igen';

async function readEnvelope(response: Response): Promise<Envelope<LoginAnswer>> {
  try {
    const body = (await response.json()) as Partial<Envelope<LoginAnswer>>;
    if (body.ok === true && body.value) return { ok: true, value: body.value };
    if (body.ok === false && body.error?.message) return { ok: false, error: body.error };
  } catch {
    // Not our server's JSON (a proxy's error page): said below in Danish.
  }
  return { ok: false, error: { code: 'internal', message: `Serveren svarede uventet (${response.status}). Prøv igen om lidt` } };
}

export async function logIn(request: LoginRequest): Promise<Envelope<LoginAnswer>> {
  try {
    const response = await fetch(LOGIN_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
      credentials: 'same-origin',
    });
    return await readEnvelope(response);
  } catch {
    return { ok: false, error: { code: 'internal', message: UNREACHABLE } };
  }
}

/** Who the page is logged in as, or null; throws when the server cannot be reached. */
export async function currentLogin(): Promise<LoginAnswer | null> {
  const response = await fetch(LOGIN_PATH, { credentials: 'same-origin', cache: 'no-store' });
  if (response.status === 401) return null;
  const envelope = await readEnvelope(response);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

export async function logOut(): Promise<void> {
  await fetch(LOGOUT_PATH, { method: 'POST', credentials: 'same-origin' }).catch(() => undefined);
}

/** The socket's address on the server the page came from. */
export function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${SOCKET_PATH}`;
}
