// The built renderer for members who use a browser: the same sheets as the app, with web.html
// as the page (it puts the socket in place of the app's preload). Every answer of the server
// carries strict headers; the page's policy lets it load only its own files and talk only to
// this server.
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { CONTENT_SECURITY_POLICY } from '../security-policy';

/** out/renderer, built by `npm run build` (electron-vite), beside this file's project. */
export const DEFAULT_RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');

/** The browser's page; index.html is the app's own (it expects the preload) and is not served. */
export const WEB_PAGE = 'web.html';

/** The page's policy: as in the app, and connections to this server's own socket only. */
export function webContentSecurityPolicy(origin: string): string {
  const socketOrigin = origin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", `connect-src 'self' ${socketOrigin}`);
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export interface WebPagesOptions {
  rendererDir: string;
  /** The origin members' browsers use (for the socket in the page's policy). */
  originOf(request: { headers: Record<string, string | string[] | undefined> }): string;
  /** Under TLS: browsers are told to come back over https only. */
  secure: boolean;
}

export async function serveWebPages(app: FastifyInstance, options: WebPagesOptions): Promise<void> {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    reply.header('content-security-policy', webContentSecurityPolicy(options.originOf(request)));
    if (options.secure) reply.header('strict-transport-security', 'max-age=31536000');
    return payload;
  });

  const built = fs.existsSync(path.join(options.rendererDir, WEB_PAGE));
  if (!built) {
    app.get('/', async (_request, reply) => reply.code(503).type('text/plain; charset=utf-8')
      .send('Arbejdsbogen i browseren er ikke bygget på serveren. Kør "npm run build" i appens mappe, og start serveren igen.'));
    return;
  }
  await app.register(fastifyStatic, {
    root: options.rendererDir,
    prefix: '/',
    index: false,
    dotfiles: 'deny',
    allowedPath: (pathName) => pathName !== '/index.html',
  });
  // The page is asked for anew each time, so a rebuilt renderer reaches everyone.
  app.get('/', async (_request, reply) => reply.header('cache-control', 'no-cache').sendFile(WEB_PAGE, { cacheControl: false }));
}
