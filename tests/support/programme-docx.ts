// Programme documents written as Word files for the import tests: blocks → .docx with the docx
// library, headings as Word headings, bullets as Word lists, a phase spanning its quarters as one
// merged cell (gridSpan) – the structure a real programme document in Word has.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocumentBlock } from '../../shared/import/document-blocks';
import { sectionOfHeading, initiativeHeading } from '../../shared/import/headings';

/** A row's empty cells after a filled one become part of it (one merged cell), when `merge` says so. */
/** A4 portrait's text width in twentieths of a point; the label column gets a quarter of it. */
const TABLE_WIDTH = 9600;

function tableRow(cells: string[], merge: boolean, columns: number): TableRow {
  const labelWidth = columns > 6 ? 2400 : 3600;
  const columnWidth = Math.floor((TABLE_WIDTH - labelWidth) / Math.max(1, columns - 1));
  const merged: Array<{ text: string; span: number }> = [];
  cells.forEach((text, i) => {
    const last = merged[merged.length - 1];
    if (merge && i > 1 && text === '' && last && last.text !== '') last.span += 1;
    else merged.push({ text, span: 1 });
  });
  return new TableRow({
    children: merged.map((c, i) => new TableCell({
      columnSpan: c.span,
      children: [new Paragraph({ children: [new TextRun({ text: c.text, size: columns > 6 ? 14 : 18 })] })],
      width: { size: i === 0 ? labelWidth : columnWidth * c.span, type: WidthType.DXA },
    })),
  });
}

export async function docxFromBlocks(blocks: DocumentBlock[], options: { mergePhases?: boolean; letterhead?: string[] } = {}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = (options.letterhead ?? []).map((t) => new Paragraph(t));
  for (const block of blocks) {
    if (block.kind === 'table') {
      const isPlan = block.rows.some((r) => r.some((c) => /^K[1-4]$/.test(c)));
      const columns = Math.max(...block.rows.map((r) => r.length));
      children.push(new Table({ width: { size: TABLE_WIDTH, type: WidthType.DXA }, rows: block.rows.map((r) => tableRow(r, isPlan && options.mergePhases === true, columns)) }));
      children.push(new Paragraph(''));
    } else if (block.kind === 'heading' || sectionOfHeading(block.text) || initiativeHeading(block.text)) {
      children.push(new Paragraph({ text: block.text, heading: initiativeHeading(block.text) ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }));
    } else {
      children.push(new Paragraph(block.listItem ? { text: block.text, bullet: { level: 0 } } : { text: block.text }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
