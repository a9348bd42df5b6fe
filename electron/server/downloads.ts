// Files a member's call makes (a Word document, an Excel export, a copy of the workbook) go to
// the member's browser or app, not onto the server: the connection's shell answers "where to
// save" with a private temp folder of its own, and after the call the server sends what landed
// there and deletes it. The handlers stay exactly as in the app.
import fs from 'node:fs';
import path from 'node:path';
import type { DownloadedFile } from '../../shared/api/socket-protocol';
import type { ShellServices } from '../app/session';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';

const CONTENT_TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.eml': 'message/rfc822',
  '.ics': 'text/calendar',
  [WORKBOOK_EXTENSION]: 'application/vnd.sqlite3',
};

export interface DownloadShell {
  /** Give this to the connection's dispatcher. */
  shell: ShellServices;
  /** After a call: the files it saved, read and deleted (none for most calls). */
  takeFiles(): DownloadedFile[];
}

/**
 * A shell for one connection, saving into folder (the connection's own, empty between calls).
 * Its calls run one at a time (the server queues them), so what is in the folder after a call
 * is what that call saved.
 */
export function createDownloadShell(folder: string): DownloadShell {
  const shell: ShellServices = {
    // Nothing on the server is the member's to browse.
    documentsDir: folder,
    chooseFileToOpen: async () => null,
    chooseFileToSave: async (suggested) => path.join(folder, path.basename(suggested)),
    // The client opens (or keeps) the file it receives.
    openPath: async () => null,
  };
  return {
    shell,
    takeFiles: () => {
      const entries = fs.readdirSync(folder, { withFileTypes: true });
      try {
        return entries
          // A handler writes beside the final name and renames; a leftover temporary is not the file.
          .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
          .map((entry) => ({
            fileName: entry.name,
            contentType: CONTENT_TYPES[path.extname(entry.name).toLowerCase()] ?? 'application/octet-stream',
            base64: fs.readFileSync(path.join(folder, entry.name)).toString('base64'),
          }));
      } finally {
        for (const entry of entries) fs.rmSync(path.join(folder, entry.name), { recursive: true, force: true });
      }
    },
  };
}
