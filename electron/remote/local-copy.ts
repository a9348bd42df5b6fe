// This machine's copy of a shared workbook, kept in the app's data folder (never beside the
// user's own files): what the sheets read and documents are made from while the server cannot be
// reached. Replaced whole with each copy the server sends, atomically, so a crash or a full disk
// leaves the previous copy as it was.
import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../workbook/errors';
import { inspectWorkbookFile, WORKBOOK_EXTENSION } from '../workbook/file-format';
import { sharedFileStem } from './shared-file-name';

export function localCopyPath(folder: string, server: string, workbook: string): string {
  return path.join(folder, `${sharedFileStem(server, workbook)}${WORKBOOK_EXTENSION}`);
}

const NO_SPACE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

export class LocalCopy {
  constructor(
    readonly file: string,
    /** The workbook's name on the server, for messages. */
    private readonly workbookName: string,
    private readonly nativeBinding?: string,
  ) {}

  get exists(): boolean {
    return fs.existsSync(this.file);
  }

  /**
   * Puts the server's copy in place of the old one. Nothing may have the old one open: its side
   * files go with it, since SQLite would otherwise play an old WAL into the new file.
   */
  replace(bytes: Uint8Array): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.skrives`;
    try {
      const fd = fs.openSync(temp, 'w');
      try {
        // A write may take only part (a nearly full disk); the rest then fails with ENOSPC.
        for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      // What the server sent must be a workbook before it takes the place of one.
      inspectWorkbookFile(temp, this.nativeBinding);
      for (const side of ['-wal', '-shm', '-journal']) fs.rmSync(`${this.file}${side}`, { force: true });
      fs.renameSync(temp, this.file);
    } catch (error) {
      fs.rmSync(temp, { force: true });
      if (NO_SPACE.has(String((error as NodeJS.ErrnoException).code))) {
        throw new UserFacingError(
          'refused',
          `Der er ikke plads på disken til den lokale kopi af »${this.workbookName}«. Arbejdsbogen på serveren er ikke berørt, ` +
            'men uden forbindelse kan den ikke læses på denne computer, før der er frigjort plads',
        );
      }
      throw error;
    }
  }
}
