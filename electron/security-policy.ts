// The security decisions of the Electron shell as plain data and pure functions, so that they are
// tested without the Electron binary (tests/unit/security-policy.test.ts). window.ts, ipc.ts,
// main.ts and dialogs.ts apply them. docs/security.md goes through Electron's checklist.

/**
 * The page's Content Security Policy: nothing from outside, no inline or eval'd script. Styles may
 * be inline because AG Grid injects its theme as <style> elements at run time; a style cannot run
 * code. renderer/index.html carries the same policy in a meta tag (for file:// loads).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directives a meta tag cannot carry (browsers ignore them there); they are sent as a header. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors'];

/** The workbook window's webPreferences: every switch of Electron's checklist set explicitly. */
export function workbookWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    enableWebSQL: false,
    // Middle-click would open links in new windows; no page of ours needs it.
    disableBlinkFeatures: 'Auxclick',
    // Off, so Chromium never downloads a Hunspell dictionary from Google's servers.
    spellcheck: false,
  } as const;
}

/** The built renderer's own origin, served by app-protocol.ts (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'arbejdsbogen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a frame URL is the app's own page: the dev server's origin in development, otherwise
 * only app://arbejdsbogen – whatever folder the app is installed in, and never a file: URL (any
 * local file would otherwise pass for the app).
 */
export function ownPageMatcher(rendererUrl: string | undefined): (url: string) => boolean {
  const devOrigin = rendererUrl ? new URL(rendererUrl).origin : null;
  return (url) => {
    try {
      const parsed = new URL(url);
      if (devOrigin) return parsed.origin === devOrigin;
      return parsed.protocol === `${APP_SCHEME}:` && parsed.hostname === APP_HOST && !parsed.port && !parsed.username && !parsed.password;
    } catch {
      return false;
    }
  };
}

export interface SenderFacts {
  /** The URL of the frame that sent the IPC message ('' when it is gone). */
  frameUrl: string;
  /** Whether that frame is the main frame of our one window. */
  isOurMainFrame: boolean;
}

/** IPC is served only to the main frame of the app's own window showing the app's own page. */
export function isTrustedSender(sender: SenderFacts, isOwnPage: (url: string) => boolean): boolean {
  return sender.isOurMainFrame && sender.frameUrl !== '' && isOwnPage(sender.frameUrl);
}

/** Navigation is never allowed: the app is one page; links to the web are not followed. */
export function mayNavigate(_url: string): boolean {
  return false;
}

/** No permission (camera, notifications, geolocation, …) is ever granted to the page. */
export function mayGrantPermission(_permission: string): boolean {
  return false;
}

/** shell.openPath only for documents: see open-policy.ts. */
export { refuseToOpen } from './open-policy';
