// The frame every document shares: A4, the municipality's letterhead on the first page (sender,
// steering group, document type, date, J. nr. and Sag), a short running header on the pages
// after it, and "Side x af y" in the footer from Word's own PAGE and NUMPAGES fields.
import {
  AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, Tab, TabStopType,
  TextRun, type ISectionOptions,
} from 'docx';
import { formatDateLong } from '../../shared/dates';
import type { Block } from './blocks';
import { run } from './blocks';
import { documentNumbering, documentStyles, STYLE } from './styles';
import { gridTable } from './tables';
import { cleanLine } from './text';
import { A4_PORTRAIT, COLOURS, textWidth, type PageGeometry } from './theme';

/** The programme facts every document carries in its letterhead. */
export interface DocumentHeader {
  organisation: string;
  department: string;
  steeringGroup: string;
  programmeTitle: string;
  journalNumber: string;
  caseNumber: string;
}

/** What frames one document: its letterhead data, its kind ("Dagsorden") and its date. */
export interface DocumentFrame {
  header: DocumentHeader;
  /** The document type as the letterhead names it, e.g. "Dagsorden". */
  kind: string;
  /** ISO date the document is dated. */
  date: string;
  /** The title stored in the file's properties. */
  title: string;
  /** Right-hand text of the running header on pages 2 and on; default "<kind> · <date>". */
  running?: string;
}

export interface DocumentPart {
  page?: PageGeometry;
  children: Block[];
}

const DEFAULT_ORGANISATION = 'Gladsaxe Kommune';
const DEFAULT_DEPARTMENT = 'Børne- og Kulturforvaltningen';

/** "Gladsaxe Kommune · Børne- og Kulturforvaltningen" */
export function senderLine(header: DocumentHeader): string {
  return [cleanLine(header.organisation) || DEFAULT_ORGANISATION, cleanLine(header.department) || DEFAULT_DEPARTMENT].join(' · ');
}

function letterheadLine(
  text: string,
  style: { bold?: boolean; size?: number; colour?: string } = {},
  align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT,
): Paragraph {
  return new Paragraph({
    style: STYLE.letterhead,
    alignment: align,
    children: [run(text, { bold: style.bold, size: style.size, color: style.colour })],
  });
}

function rule(): Paragraph {
  return new Paragraph({
    style: STYLE.letterhead,
    spacing: { before: 0, after: 480 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOURS.rule, space: 1 } },
    children: [],
  });
}

/**
 * The letterhead sits at the top of the first page's body rather than in Word's header, so it
 * can never overlap the text however tall it grows, in Word or in LibreOffice.
 */
function letterhead(frame: DocumentFrame, width: number): Block[] {
  const h = frame.header;
  const left = [
    letterheadLine(cleanLine(h.organisation) || DEFAULT_ORGANISATION, { bold: true, size: 24, colour: COLOURS.accent }),
    letterheadLine(cleanLine(h.department) || DEFAULT_DEPARTMENT, { size: 19, colour: COLOURS.text }),
  ];
  if (cleanLine(h.steeringGroup)) left.push(letterheadLine(h.steeringGroup));
  const right = [
    letterheadLine(frame.kind, { bold: true, size: 19, colour: COLOURS.text }, AlignmentType.RIGHT),
    letterheadLine(`Dato: ${formatDateLong(frame.date)}`, {}, AlignmentType.RIGHT),
  ];
  if (cleanLine(h.journalNumber)) right.push(letterheadLine(`J. nr. ${cleanLine(h.journalNumber)}`, {}, AlignmentType.RIGHT));
  if (cleanLine(h.caseNumber)) right.push(letterheadLine(`Sag: ${cleanLine(h.caseNumber)}`, {}, AlignmentType.RIGHT));
  const leftWidth = Math.round(width * 0.62);
  return [gridTable({ widths: [leftWidth, width - leftWidth], borders: 'none', body: [[{ paragraphs: left }, { paragraphs: right }]] }), rule()];
}

function runningHeader(frame: DocumentFrame, width: number): Header {
  const left = cleanLine(frame.header.steeringGroup) || senderLine(frame.header);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.letterhead,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 4 } },
        children: [run(left), new TextRun({ children: [new Tab()] }), run(frame.running ?? `${frame.kind} · ${formatDateLong(frame.date)}`)],
      }),
    ],
  });
}

function pageFooter(frame: DocumentFrame, width: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.letterhead,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: COLOURS.rule, space: 4 } },
        children: [
          run(senderLine(frame.header)),
          new TextRun({ children: [new Tab(), 'Side '] }),
          new TextRun({ children: [PageNumber.CURRENT] }),
          new TextRun({ text: ' af ' }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

function section(frame: DocumentFrame, part: DocumentPart, first: boolean): ISectionOptions {
  const page = part.page ?? A4_PORTRAIT;
  const width = textWidth(page);
  const running = runningHeader(frame, width);
  const footer = pageFooter(frame, width);
  return {
    properties: {
      titlePage: first,
      page: {
        // docx swaps width and height itself for landscape; give it the portrait measures.
        size: {
          width: Math.min(page.width, page.height),
          height: Math.max(page.width, page.height),
          orientation: page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: page.margin,
      },
    },
    headers: first ? { first: new Header({ children: [new Paragraph({ children: [] })] }), default: running } : { default: running },
    footers: first ? { first: footer, default: footer } : { default: footer },
    children: [...(first ? letterhead(frame, width) : []), ...(part.children.length > 0 ? part.children : [new Paragraph({ children: [] })])],
  };
}

/** A whole document: the first part gets the letterhead; parts may switch to landscape. */
export function buildDocument(frame: DocumentFrame, parts: DocumentPart[]): Document {
  return new Document({
    creator: 'Arbejdsbogen',
    lastModifiedBy: 'Arbejdsbogen',
    title: cleanLine(frame.title),
    subject: cleanLine(frame.header.programmeTitle),
    description: `${frame.kind} fra ${senderLine(frame.header)}`,
    styles: documentStyles,
    numbering: documentNumbering,
    sections: parts.map((part, i) => section(frame, part, i === 0)),
  });
}

export function packDocument(document: Document): Promise<Buffer> {
  return Packer.toBuffer(document);
}

