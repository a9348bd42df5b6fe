// The name this machine gives files it keeps for one shared workbook (its outbox, its local
// copy): readable (server and workbook) and safe in any file system, with a digest so that two
// workbooks whose readable parts are cut or cleaned to the same text never share a file.
import crypto from 'node:crypto';

export function sharedFileStem(server: string, workbook: string): string {
  const readable = `${new URL(server).host}-${workbook}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 80);
  const digest = crypto.createHash('sha256').update(`${server}\n${workbook}`).digest('hex').slice(0, 12);
  return `${readable}-${digest}`;
}
