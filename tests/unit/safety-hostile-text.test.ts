// Issue 7: text fields take a megabyte of text, emoji, right-to-left text and markup as plain
// text everywhere – stored and read back by the sheets' channels, in the change log (and undo),
// in the exported Excel workbook and in the Word documents – and every file stays well-formed.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMeetingChoices } from '../../electron/documents/loaders/meetings';
import { cleanLine, cleanText } from '../../electron/documents/text';
import { buildBudgetWorkbook, suggestedBudgetFileName, writeBudgetXlsx } from '../../electron/features/budget/budget-xlsx';
import { readBudgetSheet } from '../../electron/features/budget/read-sheet';
import { CUT_CELL_NOTE, EXCEL_CELL_LIMIT, HEADER_FOOTER_LIMIT, headerFooterText } from '../../electron/features/budget/xlsx-text';
import { readProgram } from '../../electron/features/program';
import { renderInWorker as renderDocument } from '../../electron/features/reports/render-in-worker';
import { readDocx } from '../support/docx-reader';
import { ARABIC, HEBREW } from '../support/sample-meeting';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

const FAMILY = '👩‍👩‍👧';
// Everything that could be taken for markup or break an XML file, in under 200 characters (a budget line's limit).
const CONTROLS = '\u0000\u0001\u0007\u000B\u000C\u001B\uFFFE\uFFFF';
const HOSTILE = `<script>alert("x")</script> ]]> &amp; <w:p/> =2+2 ${FAMILY} ${ARABIC} ${HEBREW} før${CONTROLS}efter`;
/** The parts of HOSTILE that must arrive in every file as text (the control characters are left out). */
const VISIBLE_PARTS = ['<script>alert("x")</script>', ']]>', '&amp;', '<w:p/>', '=2+2', FAMILY, ARABIC, HEBREW, 'førefter'];
const END_MARK = 'SLUT PÅ DEN LANGE TEKST';

/** Just under the 1 MB (UTF-8) a long text field takes: paragraphs of ordinary Danish with HOSTILE in some. */
function megabyte(): string {
  const paragraphs: string[] = [];
  let bytes = 0;
  for (let i = 1; bytes < 990_000; i++) {
    const p = i % 50 === 0 ? `Afsnit ${i}: ${HOSTILE}` : `Afsnit ${i}: Fællesspisningen i beboerhuset samler familier på tværs af opgange og generationer. ${i % 7 === 0 ? ARABIC : ''}`;
    paragraphs.push(p);
    bytes += Buffer.byteLength(p) + 2;
  }
  return `${paragraphs.join('\n\n')}\n\n${END_MARK}`;
}

/** Throws on anything a strict XML parser (like Word's and Excel's) refuses. */
function assertWellFormed(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: false });
  let failure: Error | null = null;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${part}: ${String(failure)}`);
}

async function assertZipWellFormed(buffer: Buffer): Promise<void> {
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  expect(parts.length).toBeGreaterThan(3);
  for (const name of parts) assertWellFormed(await zip.file(name)!.async('string'), name);
}

function expectVisibleParts(text: string): void {
  for (const part of VISIBLE_PARTS) expect(text, part).toContain(part);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('hostile and enormous text, stored and exported as plain text', () => {
  let wb: TestWorkbook;
  const LONG = megabyte();
  const MINUTES = `${HOSTILE}\n${ARABIC}\n\n${FAMILY} Referatet slutter her.`;
  let lineId: number;
  let initiativeId: number;
  let itemId: number;
  let meetingId: number;

  beforeAll(async () => {
    wb = createTestWorkbook();
    lineId = (await wb.call('budget.get', {})).data.groups[0]!.lines[0]!.id;
    await wb.call('budget.lines.rename', { id: lineId, costType: HOSTILE });
    await wb.call('program.update', { patch: { title: `R&D &P ${HOSTILE}` } });
    initiativeId = (await wb.call('initiatives.list', {}))[0]!.id;
    await wb.call('initiatives.update', { id: initiativeId, patch: { description: LONG, statusReason: HOSTILE } });
    const meeting = await wb.call('meetings.add', { date: '2026-12-02', startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek' });
    meetingId = meeting.id;
    itemId = (await wb.call('meetings.items.add', { meetingId, title: 'Status på fællesspisningen', type: 'Orientering', minutes: 20 })).id;
    await wb.call('meetings.items.update', { id: itemId, patch: { caseText: LONG, minutesText: MINUTES, recommendation: [`at ${HOSTILE}`] } });
  }, 60_000);
  afterAll(() => wb?.close());

  it('keeps every character the sheets wrote, and refuses a megabyte where a short name belongs', async () => {
    expect(Buffer.byteLength(LONG)).toBeGreaterThan(990_000);
    expect(Buffer.byteLength(LONG)).toBeLessThanOrEqual(1_000_000);
    const line = (await wb.call('budget.get', {})).data.groups[0]!.lines[0]!;
    expect(line.costType).toBe(HOSTILE);
    const initiative = (await wb.call('initiatives.list', {})).find((i) => i.id === initiativeId)!;
    expect(initiative.description).toBe(LONG);
    expect(initiative.statusReason).toBe(HOSTILE);
    const item = (await wb.call('meetings.get', { id: meetingId })).items.find((i) => i.id === itemId)!;
    expect(item.caseText).toBe(LONG);
    expect(item.minutesText).toBe(MINUTES);

    const refused = await wb.raw('budget.lines.rename', { id: lineId, costType: LONG });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Linjens navn må højst være 200 tegn' } });
    const tooLong = await wb.raw('initiatives.update', { id: initiativeId, patch: { description: `${LONG}${'x'.repeat(20_000)}` } });
    expect(tooLong).toMatchObject({ ok: false, error: { message: 'Teksten i »Beskrivelse« er for lang: højst 1 MB (den fylder 1,1 MB)' } });
    expect((await wb.call('budget.get', {})).data.groups[0]!.lines[0]!.costType).toBe(HOSTILE);
  });

  it('shows the change log as text, cut between characters, and undoes and redoes a megabyte exactly', { timeout: 30_000 }, async () => {
    const log = await wb.call('workbook.changeLog', {});
    const summaries = log.flatMap((e) => e.changes.map((c) => c.summary));
    expect(summaries.some((s) => s.includes('<script>alert("x")</script>'))).toBe(true);
    for (const s of summaries) {
      expect(s).not.toMatch(LONE_SURROGATE);
      expect(s.length).toBeLessThan(400);
    }
    // A value cut at 80 characters in the middle of the family emoji keeps it whole or leaves it out.
    const before = (await wb.call('program.get', {})).program.fundingSource;
    const pad = 'a'.repeat(79);
    await wb.call('program.update', { patch: { fundingSource: `${pad}${FAMILY}${pad}` } });
    const summary = (await wb.call('workbook.changeLog', {}))[0]!.changes[0]!.summary;
    expect(summary).toContain(`${pad}…`);
    expect(summary).not.toMatch(LONE_SURROGATE);
    await wb.call('workbook.undo', {});
    expect((await wb.call('program.get', {})).program.fundingSource).toBe(before);

    // The change log holds the megabyte whole, so Fortryd and Gentag give it back to the character.
    const recorded = wb.session.current!.db.prepare("SELECT json_extract(after_json, '$.description') FROM change WHERE tbl = 'initiative' ORDER BY id DESC LIMIT 1").pluck().get();
    expect(recorded).toBe(LONG);
    const targetGroup = () => wb.call('initiatives.list', {}).then((list) => list.find((i) => i.id === initiativeId)!.targetGroup);
    const originalTarget = await targetGroup();
    await wb.call('initiatives.update', { id: initiativeId, patch: { targetGroup: LONG } });
    await wb.call('workbook.undo', {});
    expect(await targetGroup()).toBe(originalTarget);
    await wb.call('workbook.redo', {});
    expect(await targetGroup()).toBe(LONG);
    await wb.call('workbook.undo', {});
  });

  it('writes the budget workbook so Excel opens it: text as text, no formula made of it, control characters left out', async () => {
    const file = await writeBudgetXlsx(wb.session.current!, path.join(wb.dir, 'Økonomi.xlsx'), { date: '2026-12-02', author: `Test ${HOSTILE}` });
    const buffer = fs.readFileSync(file);
    await assertZipWellFormed(buffer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Økonomi')!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.push(cell.value);
    }));
    const cleaned = cleanText(HOSTILE);
    expect(texts).toContain(cleaned);
    expect(texts).toContain(`R&D &P ${cleaned}`);
    expectVisibleParts(texts.find((t) => t === cleaned)!);
    // =2+2 stays text: the cell holds the string, not a formula.
    const lineCell = ws.getColumn(1).values.findIndex((v) => v === cleaned);
    expect(typeof ws.getCell(lineCell, 1).value).toBe('string');
    expect(book.title).toBe(`${cleanLine(`R&D &P ${HOSTILE}`)} – Økonomi`);
    expect(book.creator).toBe(cleanLine(`Test ${HOSTILE}`));
    // The footer: one line, & doubled so Excel does not read &D and &P in the title as date and page, within 255.
    const footer = ws.headerFooter.oddFooter!;
    expect(footer.startsWith('&LR&&D &&P <script>')).toBe(true);
    expect(footer.endsWith('&RSide &P af &N')).toBe(true);
    expect(footer.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    expect(suggestedBudgetFileName(`R&D ${CONTROLS}${FAMILY}`, '2026-12-02')).toBe(`Økonomi – R&D ${FAMILY} 2026-12-02.xlsx`);
  });

  it("cuts a cell beyond Excel's 32.767 characters with a Danish note, never inside an emoji", async () => {
    // A line name written by another program into the file; the app itself allows 200 characters.
    const sheet = readBudgetSheet(wb.session.current!);
    const start = `${'Æ'.repeat(EXCEL_CELL_LIMIT - CUT_CELL_NOTE.length - 1)}${FAMILY}`;
    sheet.data.groups[0]!.lines[0]!.costType = `${start}${LONG}`;
    const program = { ...readProgram(wb.session.current!), title: `${'&'.repeat(300)}${HOSTILE}` };
    const buffer = Buffer.from((await buildBudgetWorkbook(sheet, program, { date: '2026-12-02' }).xlsx.writeBuffer()) as ArrayBuffer);
    await assertZipWellFormed(buffer);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = book.getWorksheet('Økonomi')!;
    const cut = ws.getColumn(1).values.find((v): v is string => typeof v === 'string' && v.startsWith('ÆÆÆ'))!;
    expect(cut.length).toBeLessThanOrEqual(EXCEL_CELL_LIMIT);
    expect(cut.endsWith(CUT_CELL_NOTE)).toBe(true);
    expect(CUT_CELL_NOTE).toContain('Afkortet');
    // The family emoji's first surrogate falls on the limit: it is left out whole.
    expect(cut).toBe(`${'Æ'.repeat(EXCEL_CELL_LIMIT - CUT_CELL_NOTE.length - 1)}${CUT_CELL_NOTE}`);
    expect(cut).not.toMatch(LONE_SURROGATE);
    const footer = ws.headerFooter.oddFooter!;
    expect(footer.length).toBeLessThanOrEqual(HEADER_FOOTER_LIMIT);
    expect(footer).toMatch(/^&L(&&)+…&RSide &P af &N$/);
    expect(headerFooterText('a&b', 4)).toBe('a&&b');
    expect(headerFooterText('a&bc', 4)).toBe('a&&…');
    expect(headerFooterText('a&b', 3)).toBe('a…');
  });

  it('writes the programdokument and the statusnotat as well-formed Word files with the text as text', async () => {
    const context = { today: '2026-12-02', lastStatusReportTo: null };
    const programme = await renderDocument(wb.session.current!, { kind: 'programdokument' } as never, context);
    await assertZipWellFormed(programme.buffer);
    const doc = await readDocx(programme.buffer);
    expect(doc.text).toContain(END_MARK);
    expect(doc.text).toContain(`Afsnit 50: ${cleanText(HOSTILE)}`);
    expectVisibleParts(doc.text);
    // Escaped in the XML (asserted as booleans: a failure would otherwise print megabytes).
    expect(doc.documentXml.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')).toBe(true);
    expect(doc.documentXml.includes('<script>')).toBe(false);
    expect(programme.fileName).toBe('Programdokument 2026-12-02.docx');

    const status = await renderDocument(wb.session.current!, { kind: 'statusnotat', from: '2026-07-01', to: '2026-12-02' } as never, context);
    await assertZipWellFormed(status.buffer);
    const statusDoc = await readDocx(status.buffer);
    expectVisibleParts(statusDoc.text);
    expect(statusDoc.text).toContain(cleanLine(HOSTILE));
  }, 60_000);

  it('writes the dagsorden and referat of the stored agenda item as well-formed Word files', async () => {
    expect(listMeetingChoices(wb.session.current!).some((m) => m.id === meetingId)).toBe(true);
    const buffers: Buffer[] = [];
    for (const kind of ['dagsorden', 'referat'] as const) {
      buffers.push((await renderDocument(wb.session.current!, { kind, meetingId } as never, { today: '2026-12-02', lastStatusReportTo: null })).buffer);
    }
    const [agenda, minutes] = await Promise.all(buffers.map(async (b) => {
      await assertZipWellFormed(b);
      return readDocx(b);
    }));
    expect(agenda!.text).toContain(END_MARK);
    expectVisibleParts(agenda!.text);
    expect(agenda!.text).toContain(`at\t${cleanLine(HOSTILE)}`);
    expectVisibleParts(minutes!.text);
    expect(minutes!.text).toContain('Referatet slutter her.');
  }, 60_000);
});
