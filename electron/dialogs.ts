// Native file dialogs and message boxes, in Danish.
import { dialog, type BrowserWindow } from 'electron';
import type { ShellServices } from './app/session';

const WORKBOOK_FILTER = { name: 'Arbejdsbog', extensions: ['arbejdsbog'] };

export function createShellServices(documentsDir: string, getWindow: () => BrowserWindow | null): ShellServices {
  return {
    documentsDir,
    async chooseFileToOpen() {
      const window = getWindow();
      const options = { title: 'Åbn arbejdsbog', defaultPath: documentsDir, buttonLabel: 'Åbn', filters: [WORKBOOK_FILTER], properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFileToSave(suggestedName, title) {
      const window = getWindow();
      const options = { title, defaultPath: `${documentsDir}/${suggestedName}`, buttonLabel: 'Gem', filters: [WORKBOOK_FILTER] };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
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
