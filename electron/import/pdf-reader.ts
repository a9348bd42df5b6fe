// A PDF read for its text with pdf.js, line by line from the text's positions. Tables keep their
// columns only as far as the text does: a table whose cells wrap is listed by the recogniser as
// not placed rather than guessed.
import { tidyText, type DocumentStructure } from '../../shared/import/document-blocks';
import { textToStructure } from '../../shared/import/text-blocks';
import { ImportRefusal } from './import-refusal';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** The text of one page as lines, top to bottom; items on one baseline joined left to right. */
function pageLines(items: TextItem[]): string[] {
  const rows = new Map<number, TextItem[]>();
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5] ?? 0);
    const key = [...rows.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([, row]) => {
      row.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      let line = '';
      let end = -Infinity;
      for (const item of row) {
        const x = item.transform[4] ?? 0;
        line += (line && x - end > 1 ? ' ' : '') + item.str;
        end = x + item.width;
      }
      return line;
    });
}

export async function readPdf(bytes: Uint8Array): Promise<DocumentStructure> {
  const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordException') {
      throw new ImportRefusal('PDF-filen er krypteret med en adgangskode og kan ikke læses. Gem den uden adgangskode, og prøv igen');
    }
    throw new ImportRefusal('PDF-filen er beskadiget og kan ikke læses');
  }
  const lines: string[] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      lines.push(...pageLines(content.items.filter((i): i is TextItem & typeof i => 'str' in i) as TextItem[]), '');
    }
  } finally {
    await document.destroy();
  }
  if (lines.every((l) => tidyText(l) === '')) {
    throw new ImportRefusal('PDF-filen indeholder ingen tekst – den er formentlig scannet som billeder. Brug Word-dokumentet, eller kør tekstgenkendelse (OCR) på PDF’en først');
  }
  return textToStructure(lines.join('\n'));
}
