// The four documents, made from a demonstration workbook (`npm run cli -- demo`), converted to
// PDF by LibreOffice headless as a recipient's office program would open them: the conversion
// must succeed, the page count be sensible and the text, page fields included, come out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadProgrammeDocumentData } from '../../electron/documents/loaders/programme';
import { loadStatusReportData } from '../../electron/documents/loaders/status-report';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { programmeDocument } from '../../electron/documents/programme/programme-document';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import { formatDateLong, formatDateWithWeekday } from '../../shared/dates';
import { formatKroner } from '../../shared/money';
import { loadMeetingDocumentData } from '../../electron/documents/loaders/meetings';
import { createDemoWorkbook } from '../support/demo-workbook';
import { ARABIC, hostileMeeting, MARKUP } from '../support/sample-meeting';
import { tempDir } from '../support/workbooks';

const dir = tempDir('arbejdsbogen-pdf-');
const NAMES = ['Programdokument', 'Statusnotat', 'Dagsorden', 'Referat', 'Saerlige tegn'] as const;

function pdfText(name: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
}

function pdfInfo(name: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdfinfo', [...range, path.join(dir, `${name}.pdf`)], { encoding: 'utf8' });
}

function pages(name: string): number {
  return Number(/Pages:\s+(\d+)/.exec(pdfInfo(name))![1]);
}

/** "Side 3 af 6" with any amount of layout space between the words. */
function pageFooters(name: string): string[] {
  return [...pdfText(name).matchAll(/Side\s+(\d+)\s+af\s+(\d+)/g)].map((m) => `${m[1]}/${m[2]}`);
}

const TODAY = '2026-11-23';

/** What the documents were made from, to look for in the PDFs. */
const expected = {
  spent: '',
  agendaDate: '',
  agendaItem: '',
  agendaSlot: '',
  minutesDecision: '',
  minutesDate: '',
};

beforeAll(async () => {
  const wb = createDemoWorkbook(1);
  try {
    const book = wb.session.requireWorkbook();
    const meetings = book.db.prepare('SELECT id, date, status FROM meeting ORDER BY date, start_time, id').all() as Array<{ id: number; date: string; status: string }>;
    // The coming meeting's agenda, and the minutes of the last approved meeting.
    const agenda = loadMeetingDocumentData(book, meetings.at(-1)!.id, TODAY);
    const approved = meetings.filter((m) => m.status === 'referat godkendt').at(-1)!;
    const minutes = loadMeetingDocumentData(book, approved.id, TODAY);
    const item = agenda.items.find((i) => i.standing === null && i.proposalState === 'accepteret')!;
    // Forbrug is stored in øre; the documents print whole kroner.
    expected.spent = formatKroner((book.db.prepare('SELECT SUM(actual_ore) FROM budget_amount').pluck().get() as number) / 100);
    expected.agendaDate = formatDateWithWeekday(agenda.meeting.date);
    expected.agendaItem = item.title;
    expected.agendaSlot = `kl. ${agenda.schedule.slots[item.id]!.start.replace(':', '.')}–${agenda.schedule.slots[item.id]!.end.replace(':', '.')}`;
    expected.minutesDecision = minutes.items.find((i) => i.decision.trim() !== '')!.decision;
    expected.minutesDate = formatDateLong(minutes.meeting.date);
    const documents = {
      Programdokument: programmeDocument(loadProgrammeDocumentData(book, TODAY)),
      Statusnotat: statusReportDocument(loadStatusReportData(book, { date: TODAY, period: { from: '2022-04-01', to: '2022-06-30' } })),
      Dagsorden: agendaDocument(agenda),
      Referat: minutesDocument(minutes),
      'Saerlige tegn': minutesDocument(hostileMeeting({ megabyte: false })),
    };
    for (const name of NAMES) fs.writeFileSync(path.join(dir, `${name}.docx`), await packDocument(documents[name]));
  } finally {
    wb.close();
  }
  // A profile of its own, so a LibreOffice running elsewhere on the machine cannot interfere.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'lo-profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...NAMES.map((n) => path.join(dir, `${n}.docx`))],
    { timeout: 180_000, stdio: 'ignore' },
  );
}, 200_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the documents as LibreOffice renders them', () => {
  it('converts all four documents, and one full of awkward user text', () => {
    for (const name of NAMES) expect(fs.existsSync(path.join(dir, `${name}.pdf`)), name).toBe(true);
  });

  it('numbers every page "Side x af y" from the page fields', () => {
    for (const name of NAMES) {
      const n = pages(name);
      expect(pageFooters(name), name).toEqual(Array.from({ length: n }, (_, i) => `${i + 1}/${n}`));
    }
  });

  it('lays the programme document out on a handful of pages with the plan on a landscape page', () => {
    expect(pages('Programdokument')).toBeGreaterThanOrEqual(5);
    expect(pages('Programdokument')).toBeLessThanOrEqual(7);
    const text = pdfText('Programdokument');
    expect(text.replace(/\s+/g, ' ')).toContain('DEMONSTRATIONSDATA – Styrket indsats for social balance i Mørkhøj');
    expect(text).toContain('J. nr. 85.00.00P20');
    for (const figure of ['143.750', '575.000', '431.250', '1.725.000', '477.500', '930.000', '630.000', '472.500', '2.510.000', '1.910.000']) {
      expect(text).toContain(figure);
    }
    const planPage = Array.from({ length: pages('Programdokument') }, (_, i) => i + 1).find((p) => pdfText('Programdokument', p).includes('Programindsats'))!;
    expect(pdfInfo('Programdokument', planPage)).toMatch(/Page\s+\d+ size:\s+841\.\d+ x 595\.\d+|size:\s+842 x 595/);
    expect(pdfText('Programdokument', planPage)).toMatch(/Planlægning af\s/);
  });

  it('keeps the statusnotat, dagsorden and referat short, with their content', () => {
    expect(pages('Statusnotat')).toBeGreaterThanOrEqual(3);
    expect(pages('Statusnotat')).toBeLessThanOrEqual(7);
    expect(pages('Dagsorden')).toBeGreaterThanOrEqual(2);
    expect(pages('Dagsorden')).toBeLessThanOrEqual(5);
    expect(pages('Referat')).toBeGreaterThanOrEqual(2);
    expect(pages('Referat')).toBeLessThanOrEqual(6);
    const flat = (name: string) => pdfText(name).replace(/\s+/g, ' ');
    const status = flat('Statusnotat');
    // As of the period's end (2022 K2), not the day the note is made.
    expect(status).toContain('Perioden slutter i 2022 K2, programperiodens 13. kvartal af 15.');
    expect(status).toContain(expected.spent);
    expect(status).toContain('5. Beslutninger i perioden');
    expect(status).toMatch(/\d+ åbne handlinger, heraf \d+ overskredne/);
    const agenda = flat('Dagsorden');
    expect(agenda).toContain(expected.agendaDate);
    expect(agenda).toContain(expected.agendaSlot);
    expect(agenda).toContain(expected.agendaItem);
    expect(agenda).toContain('Handlinger fra tidligere møder');
    expect(agenda).toMatch(/Hvad Hvem Aftalt Frist Status/);
    const minutes = flat('Referat');
    expect(minutes).toContain(`Referat af mødet ${expected.minutesDate}`);
    expect(minutes).toContain(expected.minutesDecision);
    expect(minutes).toMatch(/Punkt Hvad Hvem Hvornår/);
  });

  it('prints user text with markup, emoji and right-to-left script as text', () => {
    const text = pdfText('Saerlige tegn');
    expect(text).toContain(MARKUP);
    expect(text).toContain('førefter');
    // pdftotext gives Arabic in visual order; its letters must be there, whatever the order.
    expect(text.replace(/\s/g, '')).toMatch(/[\u0600-\u06FF]{5}/);
    expect(ARABIC.length).toBeGreaterThan(5);
  });
});
