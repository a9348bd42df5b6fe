// The workbook window: hardened web preferences, no navigation, no new windows.
import { BrowserWindow } from 'electron';
import { mayNavigate, workbookWebPreferences } from './security-policy';

export { CONTENT_SECURITY_POLICY, ownPageMatcher } from './security-policy';

export function createWorkbookWindow(preloadPath: string, rendererUrl: string | undefined, rendererFile: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Arbejdsbogen',
    show: false,
    webPreferences: workbookWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  // The page title would otherwise replace the file name in the title bar.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.webContents.on('will-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  window.webContents.on('will-frame-navigate', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  window.webContents.on('will-redirect', (event) => {
    if (!mayNavigate(event.url)) event.preventDefault();
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));

  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(rendererFile);
  return window;
}
