// The built renderer is served from app://arbejdsbogen/…, not file://. Under file:// the page's
// CSP (script-src 'self') would admit a script from any local folder; under its own origin it
// admits only what this handler serves: files inside the built renderer folder, nothing else.
// Plain Node (main.ts registers it with Electron); tested in tests/unit/app-protocol.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy';

export { APP_HOST, APP_INDEX_URL, APP_ORIGIN, APP_SCHEME } from './security-policy';

/**
 * protocol.registerSchemesAsPrivileged: a standard URL (so relative paths and the origin work)
 * and a secure context. Not bypassCSP, no service workers, no CORS.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type AppRequest = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

const inside = (root: string, candidate: string) => {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The file an app:// URL names inside rendererDir, or why not. Never a file outside the folder. */
export function resolveAppRequest(url: string, rendererDir: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== APP_HOST || parsed.port || parsed.username || parsed.password) {
    return { ok: false, status: 403 };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  // No second level of path syntax: backslashes, drive colons, NUL or dot segments after decoding.
  if (/[\\:\0]/.test(decoded) || decoded.split('/').some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(rendererDir);
  const candidate = path.join(root, relative);
  if (!inside(root, candidate)) return { ok: false, status: 403 };
  let real: string;
  try {
    real = fs.realpathSync(candidate);
    // A link inside the folder that leads out of it is refused, like a path that does.
    if (!inside(fs.realpathSync(root), real)) return { ok: false, status: 403 };
    if (!fs.statSync(real).isFile()) return { ok: false, status: 404 };
  } catch {
    return { ok: false, status: 404 };
  }
  return { ok: true, file: candidate, mimeType: MIME_TYPES[path.extname(candidate).toLowerCase()] ?? 'application/octet-stream' };
}

/** The protocol handler's answer: the file with its type and the CSP header, or an empty refusal. */
export async function appProtocolResponse(url: string, rendererDir: string): Promise<Response> {
  const request = resolveAppRequest(url, rendererDir);
  if (!request.ok) return new Response(null, { status: request.status });
  const body = await fs.promises.readFile(request.file);
  return new Response(body, {
    status: 200,
    headers: { 'content-type': request.mimeType, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
  });
}
