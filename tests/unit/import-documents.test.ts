// Importing programme documents from files: the Word copy of the programme (written from the
// text copy, with merged plan cells) gives the same workbook as the text copy; a programme of our
// own invention with another layout is read as written; what cannot be read creates nothing.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recogniseProgramme } from '../../shared/import/recognise-programme';
import { textToStructure } from '../../shared/import/text-blocks';
import { ImportRefusal } from '../../electron/import/import-refusal';
import { readProgrammeDocument } from '../../electron/import/read-programme-document';
import { pdfWithoutText, pdfWithPassword } from '../support/pdf-fixtures';
import { docxFromBlocks } from '../support/programme-docx';
import { cli } from '../support/cli';
import { tempDir } from '../support/temp-dirs';
import { openTestSession } from '../support/workbooks';

// Copies of ../shared/seeds (issue: both copies must import): CI clones the project alone.
const SEEDS = path.resolve(import.meta.dirname, '../fixtures/programme-documents');
const textCopy = fs.readFileSync(path.join(SEEDS, 'programdokument.txt'), 'utf8');


describe('a programme document in Word (.docx)', () => {
  it('gives what the text copy gives: texts, goals, initiatives, plan phases from merged cells, every amount', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'programdokument.docx');
    const fromText = recogniseProgramme(textToStructure(textCopy));
    fs.writeFileSync(file, await docxFromBlocks(textToStructure(textCopy).blocks, { mergePhases: true, letterhead: ['J. nr. 85.00.00P20', 'Sag: 2015/00638 010'] }));
    const fromWord = recogniseProgramme(await readProgrammeDocument(file));
    expect(fromWord.unplaced).toEqual([]);
    expect(fromWord.warnings).toEqual([]);
    expect(fromWord.budget).toEqual(fromText.budget);
    expect(fromWord.initiatives).toEqual(fromText.initiatives);
    expect(fromWord.goals).toEqual(fromText.goals);
    expect({ ...fromWord.program, journalNumber: '', caseNumber: '' }).toEqual(fromText.program);
    expect(fromWord.program).toMatchObject({ journalNumber: '85.00.00P20', caseNumber: '2015/00638 010' });
  });

  it('reads a programme of another layout: two initiatives, other years, quarters as "1. kvt.", group rows, a total that disagrees', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'værebro.docx');
    fs.writeFileSync(file, await docxFromBlocks([
      { kind: 'paragraph', text: 'Programdokument: Tryghed og trivsel i Værebro Park', listItem: false },
      { kind: 'heading', text: '1. Baggrund' },
      { kind: 'paragraph', text: 'Værebro Park har brug for flere fællesskaber.', listItem: false },
      { kind: 'heading', text: '2. Formål:' },
      { kind: 'paragraph', text: 'At styrke trygheden.', listItem: false },
      { kind: 'paragraph', text: 'Målene er, at:', listItem: false },
      { kind: 'paragraph', text: 'Flere beboere deltager i aktiviteter', listItem: true },
      { kind: 'paragraph', text: 'Færre unge står uden fritidstilbud', listItem: true },
      { kind: 'heading', text: 'Indsatser' },
      { kind: 'heading', text: 'Indsats 1 – Nattevandring' },
      { kind: 'paragraph', text: 'Beskrivelse af indsatsen: Forældre går i området om aftenen.', listItem: false },
      { kind: 'paragraph', text: 'Effekter:', listItem: false },
      { kind: 'paragraph', text: 'Større tryghed', listItem: true },
      { kind: 'heading', text: 'Indsats 2 – Fritidsjob' },
      { kind: 'paragraph', text: 'Beskrivelse af indsats: Unge hjælpes til et fritidsjob. I indsatsen indgår 40 unge fra området.', listItem: false },
      { kind: 'heading', text: 'Tidsplan' },
      { kind: 'table', rows: [
        ['Indsats', '2024', '', '', '', '2025', '', '', ''],
        ['', '1. kvt.', '2. kvt.', '3. kvt.', '4. kvt.', '1. kvt.', '2. kvt.', '3. kvt.', '4. kvt.'],
        ['Indsats 1', 'Opstart', 'Drift', '', '', '', '', 'Evaluering', ''],
        ['Indsats 2', '', '', 'Opstart', 'Drift', '', '', '', ''],
      ] },
      { kind: 'heading', text: 'Budget' },
      { kind: 'paragraph', text: 'Fra boligsocial helhedsplan:', listItem: false },
      { kind: 'table', rows: [
        ['Udgift', '2024', '2025', 'Total'],
        ['Indsats 1', '', '', ''],
        ['Koordinator', '250 000', '250 000', '500 000'],
        ['Indsats 2', '', '', ''],
        ['Løntilskud', '100000', '120000', '220000'],
        ['I alt', '350.000', '370.000', '730.000'],
      ] },
    ]));
    const imported = recogniseProgramme(await readProgrammeDocument(file));
    expect(imported.program).toMatchObject({ title: 'Tryghed og trivsel i Værebro Park', periodStart: '2024-K1', periodEnd: '2025-K4', fundingSource: 'Boligsocial helhedsplan' });
    expect(imported.goals).toEqual(['Flere beboere deltager i aktiviteter', 'Færre unge står uden fritidstilbud']);
    expect(imported.initiatives.map((i) => [i.number, i.title, i.phases])).toEqual([
      [1, 'Nattevandring', [
        { title: 'Opstart', start: '2024-K1', end: '2024-K1' },
        { title: 'Drift', start: '2024-K2', end: '2025-K2' },
        { title: 'Evaluering', start: '2025-K3', end: null },
      ]],
      [2, 'Fritidsjob', [{ title: 'Opstart', start: '2024-K3', end: '2024-K3' }, { title: 'Drift', start: '2024-K4', end: null }]],
    ]);
    expect(imported.initiatives[0]?.effects).toEqual(['Større tryghed']);
    expect(imported.initiatives[1]?.participants).toEqual([{ groupName: 'Unge fra området', count: 40 }]);
    expect(imported.budget).toEqual([
      { title: 'Indsats 1', initiatives: [1], lines: [{ costType: 'Koordinator', budget: { 2024: 250_000, 2025: 250_000 } }] },
      { title: 'Indsats 2', initiatives: [2], lines: [{ costType: 'Løntilskud', budget: { 2024: 100_000, 2025: 120_000 } }] },
    ]);
    expect(imported.warnings).toEqual(['Budgettet summerer til 720.000 kr. i alt, men dokumentets »I alt« siger 730.000 kr.']);
  });
});

describe('a programme of our own invention as plain text (four initiatives, a plan in whole years, amounts written three ways)', () => {
  it('is read as written: numbered headings, labels on consecutive lines, years-only plan, »Indsats 1 og 2« groups, totals that agree', async () => {
    const imported = recogniseProgramme(await readProgrammeDocument(path.join(SEEDS, 'hoeje-gladsaxe-opfundet.txt')));
    expect(imported.unplaced).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.program).toMatchObject({
      title: 'Unge i job i Høje Gladsaxe', journalNumber: '27.15.00P20', caseNumber: '2024/01234 005', periodStart: '2025-K1', periodEnd: '2027-K4',
      owner: 'Direktøren for Social- og Sundhedsforvaltningen', leader: 'Boligsocial chef', followUp: 'Styregruppen følger programmet hvert kvartal.',
    });
    expect(imported.goals).toHaveLength(3);
    expect(imported.initiatives.map((i) => [i.number, i.title, i.phases])).toEqual([
      [1, 'Jobvejledning', [{ title: 'Opstart', start: '2025-K1', end: '2025-K4' }, { title: 'Drift', start: '2026-K1', end: null }]],
      [2, 'Virksomhedspartnerskaber', [{ title: 'Opstart', start: '2026-K1', end: '2026-K4' }, { title: 'Drift', start: '2027-K1', end: '2027-K4' }]],
      [3, 'Lektiehjælp', [{ title: 'Drift', start: '2025-K1', end: null }]],
      [4, 'Forældrenetværk', [{ title: 'Opstart', start: '2027-K1', end: '2027-K4' }]],
    ]);
    expect(imported.initiatives[0]).toMatchObject({ targetGroup: 'Unge uden job.', effects: ['Flere unge i fritidsjob'], effectFollowUp: 'Halvårlige samtaler med de unge.' });
    expect(imported.initiatives[1]).toMatchObject({ effects: ['Flere praktikpladser.'], effectFollowUp: 'Der følges op gennem dialogmøder med virksomhederne.' });
    expect(imported.budget).toEqual([
      { title: 'Indsats 1 og 2', initiatives: [1, 2], lines: [
        { costType: 'Vejledere', budget: { 2025: 400_000, 2026: 400_000, 2027: 400_000 } },
        { costType: 'Koordinering', budget: { 2025: 50_000, 2026: 50_000, 2027: 50_000 } },
      ] },
      { title: 'Indsats 3 og 4', initiatives: [3, 4], lines: [{ costType: 'Frivilligkoordinator', budget: { 2025: 100_000, 2026: 100_000, 2027: 100_000 } }] },
    ]);
  });
});

describe('a programme document as PDF (the Word copy printed by LibreOffice)', () => {
  it('reads the tables by where their text stands: plan phases and every amount as from the text copy, words broken in narrow cells whole again', async () => {
    const dir = tempDir();
    const docx = path.join(dir, 'programdokument.docx');
    fs.writeFileSync(docx, await docxFromBlocks(textToStructure(textCopy).blocks, { mergePhases: true, letterhead: ['J. nr. 85.00.00P20', 'Sag: 2015/00638 010'] }));
    // A profile of its own, so a LibreOffice running elsewhere on the machine cannot interfere.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'lo-profil')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { timeout: 180_000, stdio: 'ignore' });
    const fromText = recogniseProgramme(textToStructure(textCopy));
    const fromPdf = recogniseProgramme(await readProgrammeDocument(path.join(dir, 'programdokument.pdf')));
    expect(fromPdf.unplaced).toEqual([]);
    expect(fromPdf.warnings).toEqual([]);
    expect(fromPdf.budget).toEqual(fromText.budget);
    expect(fromPdf.initiatives.map((i) => [i.number, i.title, i.phases, i.effects, i.effectFollowUp])).toEqual(
      fromText.initiatives.map((i) => [i.number, i.title, i.phases, i.effects, i.effectFollowUp]),
    );
    expect(fromPdf.goals).toEqual(fromText.goals);
    const words = (text: string) => text.replace(/\s+/g, ' ');
    for (const field of ['title', 'background', 'purpose', 'targetGroup', 'followUp', 'responsibility', 'planText', 'periodStart', 'periodEnd'] as const) {
      expect(words(fromPdf.program[field]), field).toBe(words(fromText.program[field]));
    }
    expect(fromPdf.program).toMatchObject({ journalNumber: '85.00.00P20', caseNumber: '2015/00638 010' });
  }, 200_000);
});

describe('a document that cannot be read creates nothing', () => {
  const refusals: Array<[string, (file: string) => void, RegExp]> = [
    ['an empty file', (f) => fs.writeFileSync(f, ''), /er tom/],
    ['a damaged .docx', (f) => fs.writeFileSync(f, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)])), /Word-dokumentet er beskadiget/],
    ['a zip that is no Word document', (f) => fs.writeFileSync(f, Buffer.from('UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', 'base64')), /ikke et Word-dokument/],
    ['a binary file', (f) => fs.writeFileSync(f, Buffer.from([0, 1, 2, 3, 250, 251, 0, 0, 9])), /hverken et Word-dokument/],
    ['a 50 MB file', (f) => fs.writeFileSync(f, Buffer.alloc(50 * 1024 * 1024, 32)), /fylder 50 MB/],
    ['a damaged PDF', (f) => fs.writeFileSync(f, '%PDF-1.7\n garbage'), /PDF-filen er beskadiget/],
    ['an image-only PDF (a scan)', (f) => fs.writeFileSync(f, pdfWithoutText()), /ingen tekst – den er formentlig scannet/],
    ['a PDF locked with a password', (f) => fs.writeFileSync(f, pdfWithPassword()), /krypteret med en adgangskode/],
  ];
  for (const [what, write, message] of refusals) {
    it(`refuses ${what} with a Danish message`, async () => {
      const file = path.join(tempDir(), 'dokument');
      write(file);
      const error = await readProgrammeDocument(file).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('npm run cli -- import: exit 2 and no workbook for a damaged document', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'skadet.docx'), 'PK\u0003\u0004xx');
    const result = await cli('import', path.join(dir, 'skadet.docx'), path.join(dir, 'ny.arbejdsbog'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Word-dokumentet er beskadiget');
    expect(fs.existsSync(path.join(dir, 'ny.arbejdsbog'))).toBe(false);
  }, 60_000);
});

describe('npm run cli -- import', () => {
  it('creates the workbook from the text copy, prints what it found and exits 0; the budget is the document’s', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'importeret.arbejdsbog');
    const result = await cli('import', path.join(SEEDS, 'programdokument.txt'), target);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Budget: 2 grupper, 5 linjer, i alt 2.510.000 kr.');
    expect(result.stdout).toContain('Indsats 3: Det gode forældresamarbejde – 4 effekter, 2 faser i planen');
    const { session, call, close } = openTestSession(tempDir());
    try {
      session.open(target);
      const sheet = await call('budget.get', {});
      const lines = sheet.data.groups.flatMap((g) =>
        g.lines.map((l) => [g.title, l.costType, Object.fromEntries(Object.entries(l.amounts).filter(([, a]) => a.budget !== null).map(([year, a]) => [year, a.budget]))]),
      );
      expect(lines).toEqual([
        ['Indsats 1 og 2 – social innovator', 'Løn', { 2019: 143_750, 2020: 575_000, 2021: 575_000, 2022: 431_250 }],
        ['Indsats 1 og 2 – social innovator', 'Etableringsomkostninger', { 2019: 20_000, 2020: 0, 2021: 0, 2022: 0 }],
        ['Indsats 1 og 2 – social innovator', 'Driftudgifter, herunder telefon, uddannelse mv.', { 2019: 6_250, 2020: 25_000, 2021: 25_000, 2022: 18_750 }],
        ['Indsats 1 og 2 – social innovator', 'Aktivitetsudgifter', { 2019: 7_500, 2020: 30_000, 2021: 30_000, 2022: 22_500 }],
        ['Indsats 3 – Det gode forældresamarbejde', 'Det gode forældresamarbejde', { 2019: 300_000, 2020: 300_000 }],
      ]);
    } finally {
      close();
    }
  }, 60_000);

  it('exits 1 for the PDF’s text extract: its budget is read, its plan is listed as not placed', async () => {
    const dir = tempDir();
    const result = await cli('import', path.join(SEEDS, 'programdokument-pdf-udtraek.txt'), path.join(dir, 'fra-pdf.arbejdsbog'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Budget: 2 grupper, 5 linjer, i alt 2.510.000 kr.');
    expect(result.stdout).toContain('Ikke placeret (1):');
    expect(result.stdout).toContain('[Programplan, tabel uden kolonner]');
    expect(result.stdout).not.toContain('Løn 143.750 575.000 575.000 431.250 1.725.000');
  }, 60_000);
});
