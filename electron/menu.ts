// The Danish application menu. File commands run in the main process; undo and redo go to the
// page, which decides whether Ctrl+Z means "undo typing in this field" or "undo the last change".
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import type { MenuCommand } from '../shared/api/bridge';
import type { Dispatch } from './app/dispatcher';
import type { Session } from './app/session';
import { showAbout, showError } from './dialogs';

export function buildMenu(session: Session, dispatch: Dispatch, getWindow: () => BrowserWindow | null, version: string): void {
  const run = (channel: string, input: unknown = {}) => async () => {
    const result = await dispatch(channel, input);
    if (!result.ok) showError(getWindow(), result.error.message);
    buildMenu(session, dispatch, getWindow, version); // refresh "Seneste filer"
  };
  const sendCommand = (command: MenuCommand, sharedId?: string) => () => {
    const window = getWindow();
    if (window) session.emit('menu.command', sharedId ? { command, sharedId } : { command });
  };
  const localFiles: MenuItemConstructorOptions[] = session.settings.recentFiles.map((file) => ({
    label: `${path.basename(file)} — ${path.dirname(file)}`, click: run('workbook.openRecent', { path: file }),
  }));
  // A shared workbook whose code is not kept opens the dialog, filled in, to ask for it.
  const sharedFiles: MenuItemConstructorOptions[] = session.settings.sharedWorkbooks.map((entry) => ({
    label: `${entry.workbook} — Delt · ${entry.host}`,
    click: entry.codeRemembered ? run('workbook.openRecentShared', { id: entry.id }) : sendCommand('openShared', entry.id),
  }));
  const recent: MenuItemConstructorOptions[] = localFiles.length || sharedFiles.length
    ? [...localFiles, ...(localFiles.length && sharedFiles.length ? [{ type: 'separator' as const }] : []), ...sharedFiles]
    : [{ label: 'Ingen seneste filer', enabled: false }];

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Filer',
      submenu: [
        { label: 'Ny arbejdsbog for Mørkhøj-programmet…', accelerator: 'CmdOrCtrl+N', click: run('workbook.newFromProgrammeDialog') },
        { label: 'Ny tom arbejdsbog…', click: run('workbook.newBlankDialog') },
        // The window shows what the document holds before anything is created (workbook.import.*).
        { label: 'Ny arbejdsbog fra programdokument…', click: sendCommand('importProgramme') },
        { label: 'Åbn…', accelerator: 'CmdOrCtrl+O', click: run('workbook.openDialog') },
        { label: 'Åbn delt arbejdsbog…', click: sendCommand('openShared') },
        // A shared workbook's changes the server refused after a lost connection (empty for a local file).
        { label: 'Konflikter…', click: sendCommand('conflicts') },
        { label: 'Gem kopi som…', accelerator: 'CmdOrCtrl+Shift+S', click: run('workbook.saveCopyDialog') },
        { label: 'Gendan fra sikkerhedskopi…', click: sendCommand('restoreBackup') },
        { type: 'separator' },
        { label: 'Navn og rolle…', click: sendCommand('editUser') },
        { type: 'separator' },
        { label: 'Seneste filer', submenu: recent },
        { type: 'separator' },
        { label: 'Afslut', role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        // Shown but not registered: the page handles the keys so text fields keep their own undo.
        { label: 'Fortryd', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: sendCommand('undo') },
        { label: 'Gentag', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false, click: sendCommand('redo') },
        { type: 'separator' },
        { label: 'Klip', role: 'cut' },
        { label: 'Kopiér', role: 'copy' },
        { label: 'Sæt ind', role: 'paste' },
        { label: 'Markér alt', role: 'selectAll' },
      ],
    },
    {
      label: 'Hjælp',
      submenu: [{ label: 'Om Arbejdsbogen', click: () => showAbout(getWindow(), version) }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
