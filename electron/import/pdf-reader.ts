// A PDF read with pdf.js for its text and where each piece stands: lines by baseline, tables by
// the columns their text stands in (pdf-layout.ts), then the one text reader.
import { tidyText, type DocumentStructure } from '../../shared/import/document-blocks';
import { textToStructure } from '../../shared/import/text-blocks';
import { ImportRefusal } from './import-refusal';
import { layoutPageText, pageRegions, proseWords, type PositionedItem } from './pdf-layout';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

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
  const pages: PositionedItem[][] = [];
  try {
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        (content.items.filter((i) => 'str' in i) as TextItem[]).map((i) => ({
          text: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, height: Math.abs(i.transform[3] ?? 10),
        })),
      );
    }
  } finally {
    await document.destroy();
  }
  const regions = pages.map(pageRegions);
  const words = proseWords(regions);
  const lines = regions.flatMap((page) => [...layoutPageText(page, words), '']);
  if (lines.every((l) => tidyText(l) === '')) {
    throw new ImportRefusal('PDF-filen indeholder ingen tekst – den er formentlig scannet som billeder. Brug Word-dokumentet, eller kør tekstgenkendelse (OCR) på PDF’en først');
  }
  return textToStructure(lines.join('\n'));
}
