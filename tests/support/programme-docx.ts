// Programme documents written as Word files for the import tests: blocks → .docx with the docx
// library, headings as Word headings, bullets as Word lists, a phase spanning its quarters as one
// merged cell (gridSpan) – the structure a real programme document in Word has.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import type { DocumentBlock } from '../../shared/import/document-blocks';
import { sectionOfHeading, initiativeHeading } from '../../shared/import/headings';

/** A row's empty cells after a filled one become part of it (one merged cell), when `merge` says so. */
function tableRow(cells: string[], merge: boolean): TableRow {
  const merged: Array<{ text: string; span: number }> = [];
  cells.forEach((text, i) => {
    const last = merged[merged.length - 1];
    if (merge && i > 1 && text === '' && last && last.text !== '') last.span += 1;
    else merged.push({ text, span: 1 });
  });
  return new TableRow({
    children: merged.map((c) => new TableCell({ columnSpan: c.span, children: [new Paragraph(c.text)], width: { size: 600 * c.span, type: WidthType.DXA } })),
  });
}

export async function docxFromBlocks(blocks: DocumentBlock[], options: { mergePhases?: boolean; letterhead?: string[] } = {}): Promise<Buffer> {
  const children: Array<Paragraph | Table> = (options.letterhead ?? []).map((t) => new Paragraph(t));
  for (const block of blocks) {
    if (block.kind === 'table') {
      const isPlan = block.rows.some((r) => r.some((c) => /^K[1-4]$/.test(c)));
      children.push(new Table({ rows: block.rows.map((r) => tableRow(r, isPlan && options.mergePhases === true)) }));
      children.push(new Paragraph(''));
    } else if (block.kind === 'heading' || sectionOfHeading(block.text) || initiativeHeading(block.text)) {
      children.push(new Paragraph({ text: block.text, heading: initiativeHeading(block.text) ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }));
    } else {
      children.push(new Paragraph(block.listItem ? { text: block.text, bullet: { level: 0 } } : { text: block.text }));
    }
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
