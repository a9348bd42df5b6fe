// User-typed text goes into the documents as text, never as markup: the docx package escapes
// XML's special characters itself, and this file removes what XML 1.0 cannot carry at all
// (control characters, lone surrogates, non-characters), which would make Word refuse the file.

// C0 controls except tab and newline, DEL and C1 controls, U+FFFE/U+FFFF.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to write into a Word document: line breaks unified, forbidden characters removed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(LONE_SURROGATES, '')
    .replace(INVALID_XML_CHARS, '');
}

/** Text for one line, spaces kept: line breaks and tabs become spaces. */
export function cleanInline(value: string | null | undefined): string {
  return cleanText(value).replace(/[\n\t]+/g, ' ');
}

/** One line of text (titles, table cells): line breaks and tabs become spaces, trimmed. */
export function cleanLine(value: string | null | undefined): string {
  return cleanInline(value).replace(/ {2,}/g, ' ').trim();
}

/**
 * Paragraphs of a multi-paragraph text: a blank line separates paragraphs; a single line
 * break stays a line break inside its paragraph. Empty text gives no paragraphs.
 */
export function splitParagraphs(value: string | null | undefined): string[][] {
  return cleanText(value)
    .split(/\n[ \t]*\n+/)
    .map((block) => block.split('\n').map((line) => line.replace(/[ \t]+$/, '')))
    .map((lines) => trimEmptyEdges(lines))
    .filter((lines) => lines.length > 0);
}

function trimEmptyEdges(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === '') start++;
  while (end > start && lines[end - 1]!.trim() === '') end--;
  return lines.slice(start, end);
}

// Hebrew, Arabic, Syriac, Thaana, NKo … and the Arabic presentation forms.
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR_CHAR = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/;

/** Whether a paragraph reads right to left: its first strongly directional letter is RTL. */
export function isRightToLeft(text: string): boolean {
  for (const ch of text) {
    if (RTL_CHAR.test(ch)) return true;
    if (LTR_CHAR.test(ch)) return false;
  }
  return false;
}

/** "Social balance-puljen" → "social balance-puljen", for use inside a sentence. */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1) : text;
}

/** Makes a user's text usable as (part of) a file name on every system. */
export function safeFileName(text: string): string {
  return cleanLine(text)
    .replace(/[\\/:*?"<>|]/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 120)
    .trim();
}
