// Native file dialogs and message boxes, in Danish.
import { dialog, shell, type BrowserWindow } from 'electron';
import path from 'node:path';
import type { ShellServices } from './app/session';
import { refuseToOpen } from './security-policy';

const WORKBOOK_FILTER = { name: 'Arbejdsbog', extensions: ['arbejdsbog'] };
/** In Dokumenter: the e-mail drafts and invitations "Send dagsorden/referat" writes, kept apart from the user's own files. */
const OUTGOING_FOLDER = 'E-mails og invitationer fra Arbejdsbogen';

export function createShellServices(documentsDir: string, getWindow: () => BrowserWindow | null): ShellServices {
  return {
    documentsDir,
    outgoingDir: path.join(documentsDir, OUTGOING_FOLDER),
    async chooseFileToOpen(request = {}) {
      const window = getWindow();
      const options = {
        title: request.title ?? 'Åbn arbejdsbog',
        defaultPath: documentsDir,
        buttonLabel: 'Åbn',
        filters: request.filters ?? [WORKBOOK_FILTER],
        properties: ['openFile' as const],
      };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(suggested, title, filter = WORKBOOK_FILTER) {
      const window = getWindow();
      const defaultPath = path.isAbsolute(suggested) ? suggested : path.join(documentsDir, suggested);
      const options = { title, defaultPath, buttonLabel: 'Gem', filters: [filter] };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
    async openPath(filePath) {
      // Only documents: never a program, a script, a folder or a web address.
      const refusal = refuseToOpen(filePath);
      if (refusal) return refusal;
      const error = await shell.openPath(filePath);
      return error || null;
    },
    async chooseFolder(title) {
      const window = getWindow();
      const options = { title, defaultPath: documentsDir, buttonLabel: 'Vælg mappe', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

export function showError(window: BrowserWindow | null, message: string): void {
  const options = { type: 'error' as const, title: 'Arbejdsbogen', message, buttons: ['OK'] };
  if (window) void dialog.showMessageBox(window, options);
  else void dialog.showMessageBox(options);
}

export function showAbout(window: BrowserWindow | null, version: string): void {
  const options = {
    type: 'info' as const,
    title: 'Om Arbejdsbogen',
    message: `Arbejdsbogen ${version}`,
    detail: 'Styregruppens arbejdsbog for Styrket indsats for social balance i Mørkhøj.\nGladsaxe Kommune, Børne- og Kulturforvaltningen.',
    buttons: ['OK'],
  };
  if (window) void dialog.showMessageBox(window, options);
  else void dialog.showMessageBox(options);
}
