// The one entrance for a programme document: what kind of file it is (by its bytes, not its
// name), the refusals that create nothing, and the reader for its kind.
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentStructure } from '../../shared/import/document-blocks';
import { textToStructure } from '../../shared/import/text-blocks';
import { readDocx } from './docx-reader';
import { ImportRefusal } from './import-refusal';
import { readPdf } from './pdf-reader';

/** A programme document is a few pages; a larger file is not one (and would stall the app). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export async function readProgrammeDocument(filePath: string): Promise<DocumentStructure> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new ImportRefusal(`Filen »${path.basename(filePath)}« findes ikke`);
  }
  if (!stat.isFile()) throw new ImportRefusal(`»${path.basename(filePath)}« er ikke en fil`);
  if (stat.size === 0) throw new ImportRefusal(`Filen »${path.basename(filePath)}« er tom`);
  if (stat.size > MAX_DOCUMENT_BYTES) {
    throw new ImportRefusal(`Filen »${path.basename(filePath)}« fylder ${Math.round(stat.size / 1024 / 1024)} MB; et programdokument fylder højst ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  }
  const bytes = new Uint8Array(fs.readFileSync(filePath));
  const head = Buffer.from(bytes.subarray(0, 5)).toString('latin1');
  let structure: DocumentStructure;
  if (head.startsWith('PK')) structure = await readDocx(bytes);
  else if (head === '%PDF-') structure = await readPdf(bytes);
  else structure = textToStructure(plainText(bytes, path.basename(filePath)));
  if (structure.blocks.length === 0) throw new ImportRefusal(`Filen »${path.basename(filePath)}« indeholder ingen tekst`);
  return structure;
}

/** UTF-8 text (Word's "Gem som tekst"), or refused: a file with control bytes is no text document. */
function plainText(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Windows' "ANSI" text files: Latin-1 decodes every byte, so only the control-byte check below refuses.
    text = new TextDecoder('latin1').decode(bytes);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new ImportRefusal(`Filen »${name}« er hverken et Word-dokument (.docx), en PDF eller en tekstfil og kan ikke læses som et programdokument`);
  }
  return text;
}
