import fs from 'node:fs';

/**
 * Why a copy, backup or new file could not be written, in Danish, from the error Node or SQLite
 * gave. The callers build the whole sentence ("Sikkerhedskopien kunne ikke gemmes i …: <reason>")
 * and say what was left untouched.
 */
export function writeFailureReason(error: unknown): string {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL' || code === 'EFBIG') return 'der er ikke plads nok på drevet';
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'stien findes allerede, men er en fil og ikke en mappe';
  if (code === 'EISDIR') return 'der ligger en mappe med det navn';
  if (code === 'ENOENT') return 'mappen findes ikke';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') {
    return 'der er ikke skriveadgang til mappen';
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return 'filen kunne ikke oprettes i mappen';
  return 'der opstod en fejl på drevet eller netværket';
}

/** Flushes a file's bytes to the disk, so a rename after it never exposes a half-written file. */
export function fsyncFile(filePath: string): void {
  const fd = fs.openSync(filePath, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes a rename in the folder durable (not possible on every platform; Windows refuses). */
export function fsyncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the rename itself is atomic either way.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
