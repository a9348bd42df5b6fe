// Word styles shared by every document. Headings are Word's own "Heading 1–3" with outline
// levels, so the navigation pane and a table of contents find them; everything else is a
// named paragraph style, so a secretary who edits the document keeps the look.
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { COLOURS, FONT, SIZES } from './theme';

export const STYLE = {
  subtitle: 'Subtitle',
  label: 'Feltnavn',
  tableText: 'Tabeltekst',
  tableHeading: 'Tabeloverskrift',
  note: 'Bemaerkning',
  meta: 'Punktoplysninger',
  letterhead: 'Brevhoved',
  decision: 'Beslutning',
  recommendation: 'Indstilling',
} as const;

// Line spacing as a multiple of the font's height (276 = 1,15). Written out, because LibreOffice
// reads a spacing without a rule as an exact height, and a two-line title then overlaps itself.
const AUTO = LineRuleType.AUTO;

export const BULLET_LIST = 'punktopstilling';

export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZES.body, color: COLOURS.text, language: { value: 'da-DK' } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: AUTO } },
    },
    title: {
      run: { font: FONT, size: SIZES.title, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 0, after: 80 }, keepNext: true },
    },
    heading1: {
      run: { font: FONT, size: SIZES.heading1, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: SIZES.heading2, bold: true, color: COLOURS.accent },
      paragraph: { spacing: { before: 280, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: SIZES.heading3, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true, outlineLevel: 2 },
    },
    listParagraph: {
      run: { font: FONT, size: SIZES.body },
      paragraph: { spacing: { after: 60, line: 276, lineRule: AUTO } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: SIZES.subtitle, color: COLOURS.muted },
      paragraph: { spacing: { before: 0, after: 240 }, keepNext: true },
    },
    {
      id: STYLE.label,
      name: 'Feltnavn',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { bold: true, size: SIZES.body },
      paragraph: { spacing: { before: 160, after: 40 }, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.tableText,
      name: 'Tabeltekst',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: SIZES.table },
      paragraph: { spacing: { before: 30, after: 30, line: 240, lineRule: AUTO } },
    },
    {
      id: STYLE.tableHeading,
      name: 'Tabeloverskrift',
      basedOn: STYLE.tableText,
      quickFormat: true,
      run: { bold: true, size: SIZES.table, color: COLOURS.accent },
      paragraph: { keepNext: true },
    },
    {
      id: STYLE.note,
      name: 'Bemærkning',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: COLOURS.muted },
    },
    {
      id: STYLE.meta,
      name: 'Punktoplysninger',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: SIZES.small, color: COLOURS.muted },
      paragraph: { spacing: { before: 0, after: 100 }, keepNext: true },
    },
    {
      id: STYLE.letterhead,
      name: 'Brevhoved',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: SIZES.header, color: COLOURS.muted },
      paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: AUTO } },
    },
    {
      id: STYLE.decision,
      name: 'Beslutning',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: SIZES.body },
      paragraph: {
        spacing: { before: 40, after: 80 },
        indent: { left: 170 },
        border: { left: { style: 'single', size: 18, color: COLOURS.accent, space: 6 } },
        shading: { type: 'clear', color: 'auto', fill: COLOURS.decisionFill },
      },
    },
    {
      id: STYLE.recommendation,
      name: 'Indstilling',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      paragraph: { spacing: { after: 60 }, indent: { left: 397, hanging: 397 } },
    },
  ],
};

export const documentNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 260 } } },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: '–',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 260 } } },
        },
      ],
    },
  ],
};
