// The security decisions of the Electron shell as plain data and pure functions, so that they are
// tested without the Electron binary (tests/unit/security-policy.test.ts). window.ts, ipc.ts,
// main.ts and dialogs.ts apply them. docs/security.md goes through Electron's checklist.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
    spellcheck: true,
  } as const;
}

/**
 * Whether a frame URL is the app's own page (dev server or the built file). The built file is
 * compared as a path: Chromium reports a file: URL percent-encoded (`Program%20Files`,
 * `S%C3%B8ren`), so a raw path would never match in such an install folder.
 */
export function ownPageMatcher(rendererUrl: string | undefined, rendererFile: string): (url: string) => boolean {
  if (rendererUrl) {
    const origin = new URL(rendererUrl).origin;
    return (url) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    };
  }
  const expected = path.resolve(rendererFile);
  return (url) => {
    try {
      const parsed = new URL(url);
      if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
      parsed.search = '';
      parsed.hash = '';
      return fileURLToPath(parsed) === expected;
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
