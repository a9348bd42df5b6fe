// A .docx read for its structure: its own XML (word/document.xml), not a conversion to HTML.
// Paragraphs with a heading style are headings, list paragraphs list items; tables keep their
// grid, a merged cell (gridSpan) standing in its first column with the rest empty, as the plan
// table's phases need.
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import { tidyText, type DocumentBlock, type DocumentStructure } from '../../shared/import/document-blocks';
import { textToStructure } from '../../shared/import/text-blocks';
import { ImportRefusal } from './import-refusal';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

// Text stays text: "143.750" is an amount in Danish, not the number 143.75.
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false });

function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function nameOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((k) => k !== ':@');
}

/** Every descendant named `name`, in document order, not looking inside nested tables. */
function descendants(nodes: XmlNode[], name: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    const n = nameOf(node);
    if (!n) continue;
    if (n === name) out.push(node);
    else if (n !== 'w:tbl' && n !== '#text') descendants(children(node, n), name, out);
  }
  return out;
}

function paragraphText(p: XmlNode): string {
  let text = '';
  const walk = (nodes: XmlNode[]): void => {
    for (const node of nodes) {
      const n = nameOf(node);
      if (n === 'w:t') text += children(node, 'w:t').map((t) => String(t['#text'] ?? '')).join('');
      else if (n === 'w:tab') text += ' ';
      else if (n === 'w:br' || n === 'w:cr') text += '\n';
      else if (n && n !== '#text' && n !== 'w:pPr' && n !== 'w:rPr' && n !== 'w:delText') walk(children(node, n));
    }
  };
  walk(children(p, 'w:p'));
  return text;
}

function paragraphProperty(p: XmlNode, property: string): XmlNode | undefined {
  const pPr = children(p, 'w:p').find((c) => nameOf(c) === 'w:pPr');
  return pPr ? children(pPr, 'w:pPr').find((c) => nameOf(c) === property) : undefined;
}

function paragraphBlock(p: XmlNode): DocumentBlock | null {
  const text = tidyText(paragraphText(p));
  if (!text) return null;
  const style = paragraphProperty(p, 'w:pStyle')?.[':@']?.['w:val'] ?? '';
  if (/^(heading|overskrift|title|titel)\s*\d*$/i.test(style)) return { kind: 'heading', text };
  const listItem = paragraphProperty(p, 'w:numPr') !== undefined || /list|liste/i.test(style);
  return { kind: 'paragraph', text, listItem };
}

function cellProperty(tc: XmlNode, property: string): XmlNode | undefined {
  const tcPr = children(tc, 'w:tc').find((c) => nameOf(c) === 'w:tcPr');
  return tcPr ? children(tcPr, 'w:tcPr').find((c) => nameOf(c) === property) : undefined;
}

function tableRows(tbl: XmlNode): string[][] {
  return children(tbl, 'w:tbl').filter((c) => nameOf(c) === 'w:tr').map((tr) => {
    const row: string[] = [];
    for (const tc of children(tr, 'w:tr').filter((c) => nameOf(c) === 'w:tc')) {
      const paragraphs = descendants(children(tc, 'w:tc'), 'w:p').map((p) => tidyText(paragraphText(p))).filter(Boolean);
      // A cell merged down from the row above says nothing new: the phase was given where it began.
      const vMerge = cellProperty(tc, 'w:vMerge');
      const continued = vMerge !== undefined && vMerge[':@']?.['w:val'] !== 'restart';
      row.push(continued ? '' : paragraphs.join(' '));
      const span = Number(cellProperty(tc, 'w:gridSpan')?.[':@']?.['w:val'] ?? 1);
      for (let i = 1; i < span; i++) row.push('');
    }
    return row;
  });
}

export async function readDocx(bytes: Uint8Array): Promise<DocumentStructure> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new ImportRefusal('Word-dokumentet er beskadiget: det kan ikke pakkes ud');
  }
  const documentXml = await zip.file('word/document.xml')?.async('string');
  if (documentXml === undefined) throw new ImportRefusal('Filen er ikke et Word-dokument: den mangler dokumentets indhold (word/document.xml)');
  let root: XmlNode[];
  try {
    root = parser.parse(documentXml) as XmlNode[];
  } catch {
    throw new ImportRefusal('Word-dokumentet er beskadiget: dets indhold kan ikke læses');
  }
  const document = root.find((n) => nameOf(n) === 'w:document');
  const body = document ? children(document, 'w:document').find((n) => nameOf(n) === 'w:body') : undefined;
  if (!body) throw new ImportRefusal('Word-dokumentet er beskadiget: det har intet indhold');
  const blocks: DocumentBlock[] = [];
  const pageFurniture: string[] = [];
  for (const node of children(body, 'w:body')) {
    const n = nameOf(node);
    if (n === 'w:p') {
      const block = paragraphBlock(node);
      // "J. nr. …" and "Sag: …" in the body are the letterhead, as in a PDF's header.
      if (block && block.kind === 'paragraph' && /^(J\.\s*nr\.|Sag:)/i.test(block.text)) pageFurniture.push(block.text);
      else if (block) blocks.push(block);
    } else if (n === 'w:tbl') blocks.push({ kind: 'table', rows: tableRows(node) });
  }
  // Headers and footers carry J. nr. and Sag in many municipal templates.
  for (const name of Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f))) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const texts = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(' ');
    pageFurniture.push(...textToStructure(texts.replace(/(J\.\s*nr\.|Sag:)/g, '\n$1')).pageFurniture);
  }
  return { blocks, pageFurniture };
}
