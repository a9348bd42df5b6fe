// Logging in with an invitation code, asking who the cookie logs in as, and logging out – the
// HTTP side of a member's login. Split out of server.ts so that file holds the socket and the
// hosted workbooks; the logins themselves stay in the server's one map (the socket checks them).
import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { failure } from '../../shared/api/envelope';
import { LOGIN_COOKIE, loginRequestSchema, LOGIN_PATH, LOGOUT_PATH, type LoginAnswer } from '../../shared/api/socket-protocol';
import { MemberStore } from './members';
import type { ServerLimits } from './server-options';

export interface Login {
  workbook: string;
  memberId: string;
  expiresAt: number;
}

/** The logins handed out, by the token in their cookie. */
export type Logins = Map<string, Login>;

/** What the login routes need of the running server. */
export interface LoginRouteContext {
  limits: ServerLimits;
  log: (line: string) => void;
  secure: boolean;
  /** The workbook file a client names: a file directly in the folder, never a path. */
  workbookFile: (name: string) => { name: string; file: string } | null;
  /** The Origin a browser sends for a page served from this server. */
  ownOrigin: (request: Pick<FastifyRequest, 'headers'>) => string;
}

/** The login the request's cookie names; an expired one is forgotten as soon as it is asked for. */
export function currentLogin(logins: Logins, request: FastifyRequest): Login | null {
  const token = request.cookies[LOGIN_COOKIE];
  const login = token ? logins.get(token) : undefined;
  if (!login) return null;
  if (login.expiresAt <= Date.now()) {
    logins.delete(token!);
    return null;
  }
  return login;
}

export function registerLoginRoutes(app: FastifyInstance, logins: Logins, { limits, log, secure, workbookFile, ownOrigin }: LoginRouteContext): void {
  app.post(LOGIN_PATH, { config: { rateLimit: { max: limits.loginsPerWindow, timeWindow: limits.loginWindowMs } } }, async (request, reply) => {
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== ownOrigin(request)) {
      log(`afvist login fra ${request.ip}: fremmed Origin ${origin}`);
      return reply.code(403).send(failure('refused', 'Login er kun tilladt fra serverens egen side'));
    }
    const body = loginRequestSchema.safeParse(request.body);
    if (!body.success) return reply.code(400).send(failure('invalid_input', 'Angiv arbejdsbog og invitationskode'));
    const target = workbookFile(body.data.workbook);
    const member = target ? await new MemberStore(target.file).verify(body.data.code) : null;
    if (!target || !member) {
      log(`afvist login til "${body.data.workbook}" fra ${request.ip}`);
      return reply.code(401).send(failure('refused', 'Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation'));
    }
    const token = crypto.randomBytes(32).toString('base64url');
    const login: Login = { workbook: target.name, memberId: member.id, expiresAt: Date.now() + limits.sessionMs };
    logins.set(token, login);
    reply.setCookie(LOGIN_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/api', maxAge: Math.floor(limits.sessionMs / 1000) });
    return { ok: true, value: { workbook: target.name, name: member.name, role: member.role } satisfies LoginAnswer };
  });

  // Who the cookie logs in as (the page cannot read its HttpOnly cookie): a reload needs no new code.
  app.get(LOGIN_PATH, async (request, reply) => {
    const login = currentLogin(logins, request);
    const target = login ? workbookFile(login.workbook) : null;
    const member = login && target ? new MemberStore(target.file).list().find((m) => m.id === login.memberId && !m.revokedAt) : undefined;
    if (!login || !member) return reply.code(401).send(failure('refused', 'Du er ikke logget ind'));
    return { ok: true, value: { workbook: login.workbook, name: member.name, role: member.role } satisfies LoginAnswer };
  });

  app.post(LOGOUT_PATH, async (request, reply) => {
    const token = request.cookies[LOGIN_COOKIE];
    if (token) logins.delete(token);
    reply.clearCookie(LOGIN_COOKIE, { path: '/api' });
    return { ok: true, value: null };
  });
}
