import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../workbook/errors';

export const WORD_FILTER = { name: 'Word-dokument', extensions: ['docx'] };

export function withDocxExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith('.docx') ? filePath : `${filePath}.docx`;
}

/**
 * Writes the document beside its final name and moves it into place, so a failed write never
 * leaves half a document where the user expects one. A file held open by Word is refused with
 * a message saying so, and the old file stays as it was.
 */
export function writeDocumentFile(target: string, buffer: Buffer): string {
  return writeFileWhole(path.resolve(withDocxExtension(target)), buffer);
}

/** writeDocumentFile's writing, for a file of any type (the e-mail draft, the invitation): the path as given. */
export function writeFileWhole(finalPath: string, buffer: Buffer): string {
  const name = path.basename(finalPath);
  const temporary = path.join(path.dirname(finalPath), `.${name}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temporary, buffer);
    fs.renameSync(temporary, finalPath);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserFacingError('refused', `Mappen til "${name}" findes ikke`);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' || code === 'EROFS') {
      throw new UserFacingError('refused', `"${name}" kan ikke gemmes: filen er åben i et andet program, eller mappen er skrivebeskyttet. Luk filen og prøv igen`);
    }
    throw error;
  }
  return finalPath;
}
