import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { cleanLine, cleanText, isRightToLeft, safeFileName, splitParagraphs } from '../../electron/documents/text';
import { readDocx } from '../support/docx-reader';
import { ARABIC, CONTROLS, EMOJI, HEBREW, MARKUP, hostileMeeting } from '../support/sample-meeting';

/** Throws on anything a strict XML parser (like Word's) refuses. */
function assertWellFormed(xml: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw failure;
}

describe('text written into the documents', () => {
  it('cleans what XML cannot carry and keeps everything else', () => {
    expect(cleanText(CONTROLS)).toBe('førefter');
    expect(cleanText('a\uD800b\uDC00c😀')).toBe('abc😀');
    expect(cleanText('a\r\nb\rc\u2028d')).toBe('a\nb\nc\nd');
    expect(cleanLine('  to\n linjer\tog  tab ')).toBe('to linjer og tab');
    expect(splitParagraphs('Første\nlinje to\n\n\n  \nAndet afsnit\n')).toEqual([['Første', 'linje to'], ['Andet afsnit']]);
    expect(splitParagraphs('  \n\n ')).toEqual([]);
    expect(isRightToLeft(ARABIC)).toBe(true);
    expect(isRightToLeft(`2026: ${HEBREW}`)).toBe(true);
    expect(isRightToLeft(`Mødet ${ARABIC}`)).toBe(false);
    expect(safeFileName('Dagsorden: 2/12 <udkast>?')).toBe('Dagsorden- 2-12 -udkast--');
  });

  it('writes markup, control characters, emoji, right-to-left text and a megabyte of text as text', async () => {
    const data = hostileMeeting({ megabyte: true });
    expect(data.items[0]!.caseText.length).toBeGreaterThan(1_000_000);
    for (const document of [agendaDocument(data), minutesDocument(data)]) {
      const started = performance.now();
      const buffer = await packDocument(document);
      expect(performance.now() - started).toBeLessThan(20_000);
      const doc = await readDocx(buffer);
      for (const xml of [doc.documentXml, ...doc.headerXml, ...doc.footerXml]) {
        assertWellFormed(xml);
        // eslint-disable-next-line no-control-regex
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }
      expect(doc.documentXml).toContain('&lt;w:p&gt;&amp;');
      expect(doc.headings.map((h) => h.text)).toContain(`1. ${MARKUP} førefter`);
      expect(doc.text).toContain(EMOJI);
      expect(doc.text).toContain('En ensom surrogat:  og  slut.\nNy linje med CRLF.');
      expect(doc.text).toContain('Afsnit 9000: lang tekst');
      expect(doc.text).toContain(`at\t${MARKUP}`);
      // Right-to-left paragraphs are marked as such for Word.
      expect(doc.documentXml.split('</w:p>').some((p) => p.includes(ARABIC) && p.includes('<w:bidi/>'))).toBe(true);
      expect(doc.documentXml).toMatch(/<w:rtl\/>/);
      expect(doc.text).toContain(`Bilag 1.1: ${MARKUP}.pdf`);
    }
  });
});
