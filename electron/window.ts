// The workbook window: hardened web preferences, no navigation, no new windows.
import { BrowserWindow } from 'electron';
import path from 'node:path';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // AG Grid injects its theme as <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function createWorkbookWindow(preloadPath: string, rendererUrl: string | undefined, rendererFile: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Arbejdsbogen',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The page title would otherwise replace the file name in the title bar.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.on('will-redirect', (event) => event.preventDefault());
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));

  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(rendererFile);
  return window;
}

/** Whether a frame URL is the app's own page (dev server or the built file). */
export function ownPageMatcher(rendererUrl: string | undefined, rendererFile: string): (url: string) => boolean {
  const fileUrl = `file://${path.resolve(rendererFile).replace(/\\/g, '/')}`;
  return (url) => (rendererUrl ? url.startsWith(rendererUrl) : url.replace(/^file:\/\/\/?/, 'file:///').startsWith(fileUrl.replace(/^file:\/\/\/?/, 'file:///')));
}

