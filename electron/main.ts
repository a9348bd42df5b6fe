// Electron main process: wires the window, the menu and the IPC bridge to the plain-Node
// session and dispatcher. Everything with behaviour lives outside this file and is tested.
import { app, BrowserWindow, protocol, safeStorage, session as electronSession } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatcher } from './app/dispatcher';
import { Session } from './app/session';
import { SettingsStore, type CodeCipher } from './app/settings';
import { WorkbookRouter } from './app/workbook-router';
import { createShellServices, showError } from './dialogs';
import { APP_ORIGIN, APP_SCHEME, APP_SCHEME_PRIVILEGES, appProtocolResponse } from './app-protocol';
import { bindIpc } from './ipc';
import { buildMenu } from './menu';
import { mayGrantPermission } from './security-policy';
import { CONTENT_SECURITY_POLICY, createWorkbookWindow, ownPageMatcher } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/preload.cjs');
const rendererDir = path.join(here, '../renderer');
const rendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

/** better-sqlite3 built for Electron's ABI by scripts/electron-native.mjs, if present. */
function electronNativeBinding(): string | undefined {
  const candidate = path.join(app.getAppPath(), '.native', `electron-${process.versions.electron}-${process.platform}-${process.arch}`, 'better_sqlite3.node');
  return fs.existsSync(candidate) ? candidate : undefined;
}

/**
 * The system's key store for invitation codes. Without one – or on Linux with only Chromium's
 * fixed-key fallback ('basic_text') – no code is kept: the user types it each time.
 */
function codeCipher(): CodeCipher | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return { encrypt: (plain) => safeStorage.encryptString(plain), decrypt: (encrypted) => safeStorage.decryptString(encrypted) };
}

let mainWindow: BrowserWindow | null = null;
const getWindow = () => mainWindow;

// Every renderer sandboxed, whatever a window's options say.
app.enableSandbox();
// The built page's own origin, app://arbejdsbogen (must be registered before ready).
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  void app.whenReady().then(() => {
    // Only files inside the built renderer folder; path traversal and links out are refused.
    protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url, rendererDir));
    // No spell-checker dictionary is fetched from Google: spellcheck is off, and the download
    // address points at our own origin, which has none.
    electronSession.defaultSession.setSpellCheckerEnabled(false);
    electronSession.defaultSession.setSpellCheckerDictionaryDownloadURL(`${APP_ORIGIN}/ingen-ordbog/`);
    electronSession.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
    });
    electronSession.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(mayGrantPermission(permission)));
    electronSession.defaultSession.setPermissionCheckHandler((_wc, permission) => mayGrantPermission(permission));
    // No page, frame or window of ours is ever created for content from elsewhere.
    app.on('web-contents-created', (_event, contents) => {
      contents.setWindowOpenHandler(() => ({ action: 'deny' }));
      contents.on('will-attach-webview', (event) => event.preventDefault());
      contents.on('will-navigate', (event) => event.preventDefault());
    });

    const session = new Session({
      settings: new SettingsStore(app.getPath('userData'), { cipher: codeCipher() }),
      shell: createShellServices(app.getPath('documents'), getWindow),
      nativeBinding: electronNativeBinding(),
    });
    // Calls go to the local workbook, or to the server while a shared workbook is open.
    // Changes to a shared workbook wait in the app's data folder while the server cannot be reached.
    const outboxDir = path.join(app.getPath('userData'), 'udbakke');
    const copiesDir = path.join(app.getPath('userData'), 'lokale-kopier');
    const router = new WorkbookRouter({ session, dispatch: createDispatcher(session), outboxDir, copiesDir, log: (line) => console.warn(line) });
    const dispatch = router.dispatch;
    bindIpc(dispatch, (listener) => router.onEvent(listener), getWindow, ownPageMatcher(rendererUrl));
    buildMenu(session, dispatch, getWindow, app.getVersion());
    const showTitle = () => {
      const title = router.windowTitle();
      if (title) mainWindow?.setTitle(title);
    };
    router.onEvent((event) => {
      if (event === 'workbook.opened') {
        showTitle();
        buildMenu(session, dispatch, getWindow, app.getVersion());
      }
      if (event === 'workbook.presence') showTitle();
    });
    router.onRemoteStatus((status) => {
      showTitle();
      if (status.state === 'closed' && status.message) showError(getWindow(), `Forbindelsen til den delte arbejdsbog er lukket: ${status.message}`);
    });

    mainWindow = createWorkbookWindow(preloadPath, rendererUrl);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    app.on('before-quit', () => {
      void router.close();
      session.close();
    });
  });

  app.on('window-all-closed', () => app.quit());
}
