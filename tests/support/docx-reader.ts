// Reads a generated .docx back the way Word would see it: unzips it and pulls the paragraphs,
// headings, tables, headers and footers out of its XML, so tests assert on the real file.
import JSZip from 'jszip';

export interface DocxParagraph {
  style: string | null;
  text: string;
}

export interface ReadDocx {
  files: string[];
  documentXml: string;
  headerXml: string[];
  footerXml: string[];
  stylesXml: string;
  /** Body paragraphs outside tables, in order. */
  paragraphs: DocxParagraph[];
  /** Heading paragraphs (Heading1–3, Title) with their level. */
  headings: Array<{ level: number; text: string }>;
  /** Body tables: rows of cell texts. */
  tables: string[][][];
  /** Body tables with each cell's column span and whether it continues a cell above (vMerge). */
  cells: Array<Array<Array<{ text: string; span: number; continued: boolean }>>>;
  /** All body text, tables included, one line per paragraph. */
  text: string;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

export function paragraphText(xml: string): string {
  let text = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<w:br\/>|<w:tab\/>/g)) {
    if (m[0] === '<w:br/>') text += '\n';
    else if (m[0] === '<w:tab/>') text += '\t';
    else text += unescapeXml(m[1] ?? '');
  }
  return text;
}

function paragraphsOf(xml: string): DocxParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[1]!)?.[1] ?? null,
    text: paragraphText(m[1]!),
  }));
}

const HEADING_LEVEL: Record<string, number> = { Title: 0, Heading1: 1, Heading2: 2, Heading3: 3 };

export async function readDocx(buffer: Buffer | Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(buffer);
  const files = Object.keys(zip.files);
  const read = (name: string) => zip.file(name)!.async('string');
  const documentXml = await read('word/document.xml');
  const headerXml = await Promise.all(files.filter((f) => /^word\/header\d+\.xml$/.test(f)).map(read));
  const footerXml = await Promise.all(files.filter((f) => /^word\/footer\d+\.xml$/.test(f)).map(read));
  const stylesXml = await read('word/styles.xml');

  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  const tablesXml = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!);
  const outside = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = paragraphsOf(outside);
  const headings = paragraphs.filter((p) => p.style !== null && p.style in HEADING_LEVEL).map((p) => ({ level: HEADING_LEVEL[p.style!]!, text: p.text }));
  const tables = tablesXml.map((t) =>
    [...t.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => paragraphsOf(cell[1]!).map((p) => p.text).join('\n')),
    ),
  );
  const cells = tablesXml.map((t) =>
    [...t.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
      [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => ({
        text: paragraphsOf(cell[1]!).map((p) => p.text).join('\n'),
        span: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell[1]!)?.[1] ?? 1),
        continued: /<w:vMerge(?: w:val="continue")?\/>/.test(cell[1]!),
      })),
    ),
  );
  const text = paragraphsOf(body).map((p) => p.text).join('\n');
  return { files, documentXml, headerXml, footerXml, stylesXml, paragraphs, headings, tables, cells, text };
}

/** The instructions of Word's complex fields (PAGE, NUMPAGES …) in a part's XML. */
export function fieldInstructions(xml: string): string[] {
  return [...xml.matchAll(/<w:instrText(?:\s[^>]*)?>([\s\S]*?)<\/w:instrText>/g)].map((m) => unescapeXml(m[1]!).trim());
}
