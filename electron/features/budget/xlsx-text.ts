// User-typed text in an Excel file stays text, and the file stays one Excel opens: what XML
// cannot carry (control characters, lone surrogates) is removed – exceljs writes it as is and
// the file is then refused by Excel, LibreOffice and exceljs itself –, a cell holds at most
// Excel's 32.767 characters, and a header or footer its 255 with & doubled (Excel reads &P,
// &D … in them as codes). Markup needs nothing: exceljs escapes <, > and & itself.
import { cleanLine, cleanText } from '../../documents/text';

/** The most characters one cell of an Excel sheet can hold. */
export const EXCEL_CELL_LIMIT = 32_767;
/** What a cut cell ends with, so no one takes the cut text for the whole. */
export const CUT_CELL_NOTE = ' … [Afkortet: en celle i Excel kan højst rumme 32.767 tegn. Hele teksten står i arbejdsbogen.]';
/** Excel's limit on one header or footer, its codes (&L, &P …) included. */
export const HEADER_FOOTER_LIMIT = 255;

/** At most max UTF-16 units of text, never half of a surrogate pair (half an emoji). */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Text for a cell: line breaks kept, what XML cannot carry removed, cut with a note beyond Excel's limit. */
export function cellText(value: string): string {
  const clean = cleanText(value);
  return clean.length <= EXCEL_CELL_LIMIT ? clean : cutText(clean, EXCEL_CELL_LIMIT - CUT_CELL_NOTE.length) + CUT_CELL_NOTE;
}

/** Text for a header or footer section: one line, & doubled, cut with "…" to fit in room characters. */
export function headerFooterText(value: string, room: number): string {
  const escaped = cleanLine(value).replace(/&/g, '&&');
  if (escaped.length <= room) return escaped;
  let cut = cutText(escaped, room - 1);
  // An odd run of & at the end would leave half of a doubled & to start a code.
  if ((/&+$/.exec(cut)?.[0].length ?? 0) % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
