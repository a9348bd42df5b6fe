// Paragraph building blocks. Every text that may come from a user passes through text.ts,
// and is written as a text run, so nothing typed can become markup or break the file.
import { HeadingLevel, Paragraph, TextRun, type IRunOptions, type Table } from 'docx';
import { BULLET_LIST, STYLE } from './styles';
import { cleanInline, cleanLine, cleanText, isRightToLeft, splitParagraphs } from './text';
import { COLOURS } from './theme';

export type Block = Paragraph | Table;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for the lines of one paragraph, joined by line breaks. */
export function lineRuns(lines: string[], style: RunStyle = {}): TextRun[] {
  const rtl = isRightToLeft(lines.join(' '));
  return lines.map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined, rightToLeft: rtl || undefined }));
}

/** A run of user text on one line. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const clean = cleanInline(text);
  return new TextRun({ ...style, text: clean, rightToLeft: isRightToLeft(clean) || undefined });
}

interface ParagraphOptions {
  style?: string;
  run?: RunStyle;
  keepNext?: boolean;
}

/** A user's multi-paragraph text as Word paragraphs (blank line = new paragraph). */
export function textBlocks(text: string | null | undefined, options: ParagraphOptions = {}): Paragraph[] {
  return splitParagraphs(text).map(
    (lines) =>
      new Paragraph({
        style: options.style,
        keepNext: options.keepNext,
        bidirectional: isRightToLeft(lines.join(' ')) || undefined,
        children: lineRuns(lines, options.run),
      }),
  );
}

/** One paragraph of text (line breaks kept as breaks). Empty text gives an empty paragraph. */
export function textParagraph(text: string, options: ParagraphOptions = {}): Paragraph {
  const lines = cleanText(text).split('\n');
  return new Paragraph({
    style: options.style,
    keepNext: options.keepNext,
    bidirectional: isRightToLeft(lines.join(' ')) || undefined,
    children: lineRuns(lines, options.run),
  });
}

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * A real Word heading (Heading 1–3), so the navigation pane and a table of contents see it. A
 * remark ("(ændret 03.12.2026)") follows the text in the heading's line, set apart in plain type.
 */
export function heading(text: string, level: 1 | 2 | 3, options: { pageBreakBefore?: boolean; remark?: string } = {}): Paragraph {
  const clean = cleanLine(text);
  const children = [run(clean)];
  if (options.remark) children.push(run(` ${options.remark}`, { bold: false, italics: true, color: COLOURS.muted }));
  return new Paragraph({
    heading: HEADING_LEVELS[level],
    pageBreakBefore: options.pageBreakBefore,
    bidirectional: isRightToLeft(clean) || undefined,
    children,
  });
}

export function title(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [run(text)] });
}

export function subtitle(text: string): Paragraph {
  return new Paragraph({ style: STYLE.subtitle, children: [run(text)] });
}

/** A bold lead-in such as "Indstilling" or "Sagsfremstilling", kept with what follows. */
export function label(text: string): Paragraph {
  return new Paragraph({ style: STYLE.label, children: [run(text)] });
}

/** A muted remark such as "Ingen beslutninger i perioden." */
export function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.note, children: [run(text)] });
}

/** Bulleted points; each point may hold line breaks. Empty points are left out. */
export function bullets(items: readonly string[], level: 0 | 1 = 0): Paragraph[] {
  return items
    .map((item) => cleanText(item).trim())
    .filter((item) => item.length > 0)
    .map(
      (item) =>
        new Paragraph({
          style: 'ListParagraph',
          numbering: { reference: BULLET_LIST, level },
          bidirectional: isRightToLeft(item) || undefined,
          children: lineRuns(item.split('\n')),
        }),
    );
}
