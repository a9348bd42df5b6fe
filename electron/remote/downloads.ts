// Files a shared workbook's server makes for a call (a Word document, the Excel export, a copy of
// the workbook) arrive as a `download` frame. Here they are saved as the same call saves them
// locally: the user picks where (in the documents folder by default), the file is written whole
// or not at all, a document is opened, and the call answers with the local path.
import fs from 'node:fs';
import path from 'node:path';
import type { DownloadedFile } from '../../shared/api/socket-protocol';
import type { GeneratedDocument, SentMeetingDocument } from '../../shared/domain/report';
import type { FileFilter, ShellServices } from '../app/session';
import { UserFacingError } from '../workbook/errors';
import type { DownloadSaver } from './remote-workbook';

/** The only kinds of file the app saves for the server, by extension: never a program or a script. */
const FILE_TYPES: Record<string, FileFilter> = {
  docx: { name: 'Word-dokument', extensions: ['docx'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  arbejdsbog: { name: 'Arbejdsbog', extensions: ['arbejdsbog'] },
};

interface DownloadKind {
  title: string;
  /** Opened with the system's program afterwards, as the local handler does. */
  open: boolean;
  result(savedPath: string, openError: string | null): unknown;
}

const asDocument = (savedPath: string, openError: string | null): GeneratedDocument => ({
  path: savedPath, fileName: path.basename(savedPath), opened: openError === null, openError,
});

/** Per channel, what its local handler does with the file and answers. */
const KINDS: Record<string, DownloadKind> = {
  'reports.generate': { title: 'Gem dokument', open: true, result: asDocument },
  'budget.exportXlsxDialog': { title: 'Eksportér Økonomi til Excel', open: false, result: (savedPath) => savedPath },
  'workbook.saveCopyDialog': { title: 'Gem kopi som', open: false, result: (savedPath) => savedPath },
};
const OTHER: DownloadKind = { title: 'Gem fil', open: true, result: asDocument };

/** A file name from the server as a plain name in this folder: no path, no characters Windows refuses. */
export function safeFileName(name: string): string {
  const base = name.replace(/\\/g, '/').split('/').pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f<>:"|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^[.\s]+|[.\s]+$/g, '');
  return clean.slice(-200);
}

function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new UserFacingError('refused', 'Filen fra serveren er beskadiget og er ikke gemt');
  return Buffer.from(compact, 'base64');
}

/** Writes beside the target and renames into place: the file is whole, or the old one stays. */
export function writeFileAtomically(target: string, bytes: Buffer): void {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const name = path.basename(target);
    if (code === 'ENOENT') throw new UserFacingError('refused', `Mappen til "${name}" findes ikke. Filen er ikke gemt`);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
      throw new UserFacingError('refused', `"${name}" kan ikke gemmes: filen er åben i et andet program, eller mappen er skrivebeskyttet. Luk filen og prøv igen`);
    }
    if (code === 'ENOSPC') throw new UserFacingError('refused', `"${name}" kan ikke gemmes: der er ikke plads på disken`);
    throw error;
  }
}

/** What "Send dagsorden/referat" writes: an e-mail draft and a calendar invitation, nothing else. */
const SENT_EXTENSIONS = new Set(['eml', 'ics']);

type SaverShell = Pick<ShellServices, 'chooseFileToSave' | 'openPath' | 'documentsDir' | 'outgoingDir'>;

/**
 * "Send dagsorden/referat" on a shared workbook: the server sends the e-mail draft and the
 * invitation; they are written, as by the local handler, into the folder for them without a
 * dialog and opened (the invitation first, so the e-mail is on top), and the server's answer is
 * given the local paths.
 */
async function saveSent(shell: SaverShell, files: DownloadedFile[], answer: SentMeetingDocument): Promise<SentMeetingDocument> {
  const folder = shell.outgoingDir ?? shell.documentsDir;
  fs.mkdirSync(folder, { recursive: true });
  const written = new Map<string, string>();
  for (const file of files) {
    const name = safeFileName(file.fileName);
    const extension = path.extname(name).slice(1).toLowerCase();
    if (!SENT_EXTENSIONS.has(extension) || name.length <= extension.length + 1) {
      throw new UserFacingError('refused', `Serveren sendte en fil, Arbejdsbogen ikke gemmer (${extension ? `.${extension}` : 'uden filtype'}). Intet er gemt`);
    }
    const target = path.resolve(folder, name);
    writeFileAtomically(target, decodeBase64(file.base64));
    written.set(name, target);
  }
  const local = async (sent: GeneratedDocument | null): Promise<GeneratedDocument | null> => {
    const target = sent ? written.get(safeFileName(sent.fileName)) : undefined;
    if (!target) return null;
    const openError = await shell.openPath(target);
    return { path: target, fileName: path.basename(target), opened: openError === null, openError };
  };
  const invitation = await local(answer.invitation);
  const email = await local(answer.email);
  if (!email) throw new UserFacingError('refused', 'Serveren sendte ikke e-mailen. Intet er sendt');
  return { ...answer, email, invitation };
}

export function createDownloadSaver(shell: SaverShell): DownloadSaver {
  return {
    async save(channel, download: DownloadedFile, sent) {
      if (channel === 'reports.send') return saveSent(shell, sent.files, sent.answer as SentMeetingDocument);
      const kind = KINDS[channel] ?? OTHER;
      const name = safeFileName(download.fileName);
      const extension = path.extname(name).slice(1).toLowerCase();
      const filter = FILE_TYPES[extension];
      if (!filter || name.length <= extension.length + 1) {
        throw new UserFacingError('refused', `Serveren sendte en fil, Arbejdsbogen ikke gemmer (${extension ? `.${extension}` : 'uden filtype'}). Intet er gemt`);
      }
      const bytes = decodeBase64(download.base64);
      const chosen = await shell.chooseFileToSave(name, kind.title, filter);
      if (!chosen) return null;
      const target = path.resolve(chosen.toLowerCase().endsWith(`.${extension}`) ? chosen : `${chosen}.${extension}`);
      writeFileAtomically(target, bytes);
      const openError = kind.open ? await shell.openPath(target) : null;
      return kind.result(target, openError);
    },
  };
}
