// A programme document read for its structure, whatever it came from (.docx, .pdf, .txt): the
// recogniser works on these blocks, so the three readers only need to agree on this shape.

export type DocumentBlock =
  /** A heading the source marks as one (a Word heading style); plain text leaves this to the recogniser. */
  | { kind: 'heading'; text: string }
  /** A paragraph; a list item when the source marks it (a bullet, a Word list). */
  | { kind: 'paragraph'; text: string; listItem: boolean }
  /** A table as rows of cell texts; a merged cell is given in its first column, the rest empty. */
  | { kind: 'table'; rows: string[][] };

export interface DocumentStructure {
  blocks: DocumentBlock[];
  /** Lines a reader recognised as page furniture (headers, footers): the recogniser reads J. nr. and Sag from them. */
  pageFurniture: string[];
}

/** Whitespace as one space, no space before punctuation the extraction split off. */
export function tidyText(text: string): string {
  return text.replace(/[\u00a0\s]+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();
}
