// The workbook window: hardened web preferences, no navigation, no new windows.
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL, mayNavigate } from './security-policy';

export { CONTENT_SECURITY_POLICY, ownPageMatcher } from './security-policy';

export function createWorkbookWindow(preloadPath: string, rendererUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Arbejdsbogen',
    show: false,
    // Written out here (not spread from a helper) so that static checkers such as
    // electronegativity see every switch; a unit test holds it equal to workbookWebPreferences().
    webPreferences: {
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
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

  // The built page comes from app://arbejdsbogen (app-protocol.ts), never from file://.
  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadURL(APP_INDEX_URL);
  return window;
}
