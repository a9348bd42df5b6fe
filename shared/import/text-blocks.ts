// Plain text to blocks: the .txt reader, and the fallback for a PDF's text. Text from a PDF
// breaks every line at the page's width and repeats the letterhead on each page; text saved
// from Word has one paragraph per line. Both come out as whole paragraphs: lines are joined
// until a blank line, a bullet or a line that is a heading on its own.
import { tidyText, type DocumentBlock, type DocumentStructure } from './document-blocks';
import { isStandaloneHeading, sectionOfHeading } from './headings';
import { initiativeLabel } from './initiative-text';

// Bullets as Word and PDF extraction write them: "-", "–", "•", "●", "▪", Symbol font's private-use "".
const BULLET = /^\s*(?:[-–•●▪◦■*]|\uf0b7|\uf0a7)\s+/;
// "J. nr. 85.00.00P20 2" / "Sag: 2015/00638 010": the letterhead a PDF repeats on every page.
// A PDF's text may drop the bullet glyph and keep the one space after it: a line that begins
// with exactly one space, where wrapped lines begin at the margin, is a list item.
const LOST_BULLET = /^ (?=\S)/;
// A table printed as text loses its columns: a line naming two or more years ("Samlede udgifter
// 2019 2020 2021 2022 I alt") begins one. Its lines are kept as they are, one row each, for the
// recogniser to list – which figure belongs to which year cannot be told from the text.
const YEAR_HEADER = /(?:^|\s)(?:19|20)\d{2}(?:\s+(?:19|20)\d{2})+(?:\s|$)/;
const FURNITURE = /^\s*(?:J\.\s*nr\.|Sag:)\s*\S/i;

export function textToStructure(text: string): DocumentStructure {
  const blocks: DocumentBlock[] = [];
  const pageFurniture: string[] = [];
  let paragraph: { lines: string[]; listItem: boolean } | null = null;
  let table: string[][] | null = null;
  let columnless = false;

  const flush = (): void => {
    if (paragraph) {
      const joined = tidyText(paragraph.lines.join(' '));
      if (joined) blocks.push({ kind: 'paragraph', text: joined, listItem: paragraph.listItem });
      paragraph = null;
    }
    if (table) {
      blocks.push({ kind: 'table', rows: table });
      table = null;
    }
    columnless = false;
  };

  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.includes('\t')) {
      // A tab-separated line is a table row (Word's "save as text" writes tables so).
      if (paragraph) flush();
      table ??= [];
      table.push(raw.split('\t').map(tidyText));
      continue;
    }
    const line = raw.trim();
    if (FURNITURE.test(line)) {
      pageFurniture.push(tidyText(line));
      continue;
    }
    if (columnless && sectionOfHeading(line) === null) {
      if (line) table?.push([tidyText(line)]);
      continue;
    }
    if (!line) {
      flush();
      continue;
    }
    if (table) flush();
    if (YEAR_HEADER.test(line)) {
      flush();
      table = [[tidyText(line)]];
      columnless = true;
      continue;
    }
    if (isStandaloneHeading(line)) {
      flush();
      blocks.push({ kind: 'paragraph', text: tidyText(line), listItem: false });
      continue;
    }
    const bullet = BULLET.exec(raw) ?? LOST_BULLET.exec(raw);
    if (bullet) {
      flush();
      paragraph = { lines: [raw.slice(bullet[0].length)], listItem: true };
      continue;
    }
    // "Målgruppe: …" on the line after "Beskrivelse: …" opens a part of its own.
    if (initiativeLabel(line)) flush();
    if (!paragraph) paragraph = { lines: [], listItem: false };
    paragraph.lines.push(line);
  }
  flush();
  return { blocks, pageFurniture };
}
