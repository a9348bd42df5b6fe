import fs from 'node:fs';
import path from 'node:path';

function timestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}.${pad(now.getMinutes())}.${pad(now.getSeconds())}`;
}

/**
 * Copies a closed workbook beside itself before a migration, e.g.
 * "Mørkhøj (før opgradering fra v1 2026-11-23 09.15.02).arbejdsbog". A pending WAL file is
 * copied along so the copy holds every committed change.
 */
export function copyClosedFileBeside(filePath: string, reason: string, now = new Date()): string {
  const ext = path.extname(filePath);
  const base = filePath.slice(0, filePath.length - ext.length);
  const target = `${base} (${reason} ${timestamp(now)})${ext}`;
  fs.copyFileSync(filePath, target, fs.constants.COPYFILE_EXCL);
  if (fs.existsSync(`${filePath}-wal`)) fs.copyFileSync(`${filePath}-wal`, `${target}-wal`);
  return target;
}
