import crypto from 'node:crypto';
import fs from 'node:fs';

/** SHA-256 of a file's bytes, to prove a refused file was not touched. */
export function fileHash(filePath: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}
