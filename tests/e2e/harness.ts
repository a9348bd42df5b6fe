// Drives the built renderer in Debian's Chromium with its bridge wired, through
// page.exposeFunction, to the real dispatcher and handlers on a real workbook file.
// Nothing here is part of the product: it stands in for Electron's preload and IPC only.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { UserProfile } from '../../shared/domain/user';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import { WorkbookRouter } from '../../electron/app/workbook-router';
import { tempDir } from '../support/temp-dirs';

const RENDERER_DIR = path.resolve(import.meta.dirname, '../../out/renderer');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png',
};

export interface HarnessOptions {
  /** The user already set up (skips the first-start dialog); null to see that dialog. */
  user?: UserProfile | null;
  /** Create the default workbook before the page loads (default true). */
  workbook?: 'programme' | 'blank' | 'none';
  /** An existing workbook file to open instead. */
  workbookPath?: string;
  viewport?: { width: number; height: number };
  /** Work on the workbook before the page loads, so a long preparation pays no rendering. */
  prepare?: (dispatch: Dispatch, session: Session) => Promise<void>;
  /** Calls and events through the app's router, as main.ts wires it (shared workbooks can be opened). */
  router?: boolean;
}

export interface Harness {
  page: Page;
  session: Session;
  dispatch: Dispatch;
  dir: string;
  workbookPath: string;
  /** Answers the next native file dialog(s) with these paths. */
  dialogAnswers: Array<string | null>;
  /** Files the app asked the system to open (documents, attachments). */
  openedPaths: string[];
  reload(): Promise<void>;
  close(): Promise<void>;
}

function serveDirectory(root: string): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, server });
    });
  });
}

// Plays the preload's part: window.arbejdsbog with invoke and on. A string, not a function, so
// that no bundler helper leaks into the page.
const BRIDGE_SCRIPT = `
(() => {
  const listeners = new Map();
  window.__arbejdsbogEmit = (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload));
  window.arbejdsbog = {
    invoke: (channel, input) => window.__arbejdsbogInvoke(channel, input),
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
})();
`;

let browser: Browser | null = null;

async function sharedBrowser(): Promise<Browser> {
  if (browser?.isConnected()) return browser;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=da-DK'],
  });
  return browser;
}

/**
 * A browser context of its own – own cookies and storage, like another person's browser – in the
 * shared Chromium, for pages a real server serves (the shared workbook's browser client).
 */
export async function newBrowserContext(viewport = { width: 1440, height: 900 }): Promise<BrowserContext> {
  return (await sharedBrowser()).newContext({ viewport, locale: 'da-DK', acceptDownloads: true });
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('Rendereren er ikke bygget: kør "npm run build" først');
  }
  const dir = tempDir('arbejdsbogen-e2e-');
  const dialogAnswers: Array<string | null> = [];
  const openedPaths: string[] = [];
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  const user = options.user === undefined ? { name: 'Test Formand', role: 'Formand' as const } : options.user;
  if (user) settings.setUser(user);
  const session = new Session({
    settings,
    shell: {
      documentsDir: path.join(dir, 'Dokumenter'),
      chooseFileToOpen: async () => dialogAnswers.shift() ?? null,
      chooseFileToSave: async () => dialogAnswers.shift() ?? null,
      openPath: async (file) => {
        openedPaths.push(file);
        return null;
      },
    },
  });
  const router = options.router
    ? new WorkbookRouter({ session, dispatch: createDispatcher(session), outboxDir: path.join(dir, 'udbakke'), copiesDir: path.join(dir, 'lokale-kopier') })
    : null;
  const dispatch = router?.dispatch ?? createDispatcher(session);
  let workbookPath = options.workbookPath ?? path.join(dir, 'Dokumenter', 'Social balance i Mørkhøj.arbejdsbog');
  const kind = options.workbook ?? 'programme';
  if (options.workbookPath) session.open(options.workbookPath);
  else if (kind !== 'none') {
    fs.mkdirSync(path.dirname(workbookPath), { recursive: true });
    workbookPath = session.create(workbookPath, kind).path;
  }

  await options.prepare?.(dispatch, session);
  const { url, server } = await serveDirectory(RENDERER_DIR);
  const context = await (await sharedBrowser()).newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'da-DK' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('Fejl i siden:', error.message));
  await page.exposeFunction('__arbejdsbogInvoke', (channel: unknown, input: unknown) => dispatch(channel, input));
  await page.addInitScript(BRIDGE_SCRIPT);
  const onEvent = router ? (listener: (event: string, payload: unknown) => void) => router.onEvent(listener) : (listener: (event: string, payload: unknown) => void) => session.onEvent(listener);
  const offEvents = onEvent((event, payload) => {
    page
      .evaluate((args) => (window as unknown as { __arbejdsbogEmit(e: unknown, p: unknown): void }).__arbejdsbogEmit(args[0], args[1]), [event, payload] as const)
      .catch(() => undefined);
  });
  await page.goto(url);

  return {
    page,
    session,
    dispatch,
    dir,
    get workbookPath() {
      return session.current?.filePath ?? workbookPath;
    },
    dialogAnswers,
    openedPaths,
    reload: async () => {
      await page.reload();
    },
    close: async () => {
      offEvents();
      await context.close();
      server.close();
      await router?.close();
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
