import { afterEach, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadProgrammeDocumentData } from '../../electron/documents/loaders/programme';
import { programmeDocument } from '../../electron/documents/programme/programme-document';
import { fieldInstructions, readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function generate(): Promise<ReadDocx> {
  const data = loadProgrammeDocumentData(wb.session.requireWorkbook(), '2026-11-23');
  return readDocx(await packDocument(programmeDocument(data)));
}

function tableStartingWith(doc: ReadDocx, firstCell: string): string[][] {
  const table = doc.tables.find((t) => t[0]?.[0] === firstCell);
  if (!table) throw new Error(`Ingen tabel begynder med "${firstCell}"`);
  return table;
}

describe('Programdokument from the default workbook', () => {
  it('has the original sections as real Word headings, in order', async () => {
    wb = createTestWorkbook();
    const doc = await generate();
    expect(doc.headings.filter((h) => h.level === 0).map((h) => h.text)).toEqual(['Styrket indsats for social balance i Mørkhøj']);
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Baggrund', 'Formål', 'Målgruppe', 'Programmets elementer', 'Programplan', 'Økonomi', 'Programopfølgning og evaluering', 'Programansvar',
    ]);
    expect(doc.headings.filter((h) => h.level === 2).map((h) => h.text)).toEqual([
      'Indsats 1: Fællesskabende aktiviteter i Mørkhøj',
      'Indsats 2: Bedre fritidsmuligheder',
      'Indsats 3: Det gode forældresamarbejde',
      'Tidsplan pr. kvartal',
    ]);
    // Each initiative has Beskrivelse, Målgruppe and Effekt.
    expect(doc.headings.filter((h) => h.level === 3).map((h) => h.text)).toEqual(Array(3).fill(['Beskrivelse', 'Målgruppe', 'Effekt']).flat());
    // The heading styles carry outline levels, so the navigation pane and a table of contents work.
    expect(doc.stylesXml).toMatch(/w:styleId="Heading1">[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(doc.stylesXml).toMatch(/w:styleId="Heading2">[\s\S]*?<w:outlineLvl w:val="1"\/>/);
  });

  it('carries the texts, the five goals and the initiatives’ effects', async () => {
    wb = createTestWorkbook();
    const doc = await generate();
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.startsWith('På baggrund af Mørkhøjanalysen 2017'))).toBe(true);
    expect(texts).toContain('Målene er, at:');
    const goals = doc.paragraphs.filter((p) => p.style === 'ListParagraph').map((p) => p.text);
    expect(goals.slice(0, 5)).toEqual([
      'Skabe større social og kulturel sammenhængskraft i området ved at bygge bro mellem lokale aktører og skabe engagement hos lokale kræfter i civilsamfundet',
      'Opdyrke og skabe stærke fællesskaber i Mørkhøj med særligt fokus på de grupper, som ikke er en del af et fællesskab',
      'Medvirke til at realisere styregruppens indsatsområder',
      'Opdyrke lokale samarbejder og skabe lokal forankring af udviklingstiltag',
      'Behov opstået nedefra imødekommes og hjælpes på vej',
    ]);
    expect(goals).toContain('Fagprofessionelle (lærere og pædagoger)');
    expect(goals).toContain('Nye stærke forældrenetværk og anvendelse af nye metoder i samarbejdet');
    expect(texts).toContain('Der følges op på effekterne gennem løbende samtaler med forældre og medarbejdere');
    expect(texts).toContain('Fra social balance-puljen:');
    expect(doc.text).toContain('Programejer er direktøren i Børne- og Kulturforvaltningen.');
  });

  it('shows the budget table with exactly the original figures and all totals', async () => {
    wb = createTestWorkbook();
    const doc = await generate();
    const budget = tableStartingWith(doc, 'Samlede udgifter (kr.)');
    expect(budget).toEqual([
      ['Samlede udgifter (kr.)', '2019', '2020', '2021', '2022', 'I alt'],
      ['Indsats 1 og 2 – social innovator', 'Løn', '143.750', '575.000', '575.000', '431.250', '1.725.000'],
      // '' is the group cell merged down from the row above (Word's vMerge continuation).
      ['', 'Etableringsomkostninger', '20.000', '0', '0', '0', '20.000'],
      ['', 'Driftudgifter, herunder telefon, uddannelse mv.', '6.250', '25.000', '25.000', '18.750', '75.000'],
      ['', 'Aktivitetsudgifter', '7.500', '30.000', '30.000', '22.500', '90.000'],
      ['', 'I alt', '177.500', '630.000', '630.000', '472.500', '1.910.000'],
      ['Indsats 3 – Det gode forældresamarbejde', 'Forløb', '300.000', '300.000', '', '', '600.000'],
      ['I alt', '477.500', '930.000', '630.000', '472.500', '2.510.000'],
    ]);
  });

  it('draws the plan as a quarter table with phases spanning their quarters, on a landscape page', async () => {
    wb = createTestWorkbook();
    const doc = await generate();
    const index = doc.tables.findIndex((t) => t[0]?.[0] === 'Programindsats');
    const rows = doc.cells[index]!;
    expect(rows[0]!.map((c) => [c.text, c.span])).toEqual([['Programindsats', 1], ['2019', 3], ['2020', 4], ['2021', 4], ['2022', 4]]);
    expect(rows[1]!.filter((c) => !c.continued).map((c) => c.text)).toEqual(['K2', 'K3', 'K4', ...Array(3).fill(['K1', 'K2', 'K3', 'K4']).flat()]);
    const phases = (row: number) => rows[row]!.filter((c) => c.text !== '').map((c) => [c.text, c.span]);
    const innovator = [
      ['Planlægning af ansættelse og indsats', 1],
      ['Social innovator ansættes. Relationsopbygning, research, opstartsfasen', 1],
      ['Implementering af aktiviteter', 9],
      ['Eventuel videreførelse af social innovator i driften', 3],
    ];
    expect(phases(2)).toEqual([['1. Fællesskabende aktiviteter i Mørkhøj', 1], ...innovator]);
    expect(phases(3)).toEqual([['2. Bedre fritidsmuligheder', 1], ...innovator]);
    // Indsats 3's implementation has no end in the document: it runs to the end of the period.
    expect(phases(4)).toEqual([['3. Det gode forældresamarbejde', 1], ['Planlægning', 1], ['Implementering af aktiviteter', 14]]);
    // Every row covers the same 16 grid columns.
    for (const row of rows.slice(2)) expect(row.reduce((sum, c) => sum + c.span, 0)).toBe(16);
    expect(doc.documentXml).toContain('w:orient="landscape"');
  });

  it('has the letterhead and "Side x af y" from Word’s PAGE and NUMPAGES fields', async () => {
    wb = createTestWorkbook();
    const doc = await generate();
    const letterhead = doc.tables[0]!.flat().join('\n');
    expect(letterhead).toContain('Gladsaxe Kommune');
    expect(letterhead).toContain('Børne- og Kulturforvaltningen');
    expect(letterhead).toContain('Styregruppen for social balance i Mørkhøj');
    expect(letterhead).toContain('Dato: 23. november 2026');
    expect(letterhead).toContain('J. nr. 85.00.00P20');
    expect(letterhead).toContain('Sag: 2015/00638 010');
    expect(doc.footerXml.length).toBeGreaterThan(0);
    for (const footer of doc.footerXml) {
      expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
      expect(footer).toContain('Side ');
      expect(footer).toContain(' af ');
      expect(footer).toContain('Gladsaxe Kommune · Børne- og Kulturforvaltningen');
    }
    expect(doc.headerXml.join('')).toContain('Programdokument · 23. november 2026');
    expect(doc.documentXml).toContain('w:w="11906" w:h="16838"');
  });

  it('follows the workbook: an edited text and changed amounts come out, totals recomputed', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { followUp: 'Ny tekst om opfølgning.\n\nAnden afsnit & <mere>.' } });
    const book = wb.session.requireWorkbook();
    const salary = book.db.prepare("SELECT id FROM budget_line WHERE cost_type = 'Løn'").pluck().get() as number;
    const row = book.db.prepare('SELECT id FROM budget_amount WHERE line_id = ? AND year = 2021').pluck().get(salary) as number;
    book.mutate('Test', 'Ret løn 2021', (tx) => tx.update('budget_amount', row, { budget: 600_000 }));
    const doc = await generate();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Ny tekst om opfølgning.', 'Anden afsnit & <mere>.']));
    const budget = tableStartingWith(doc, 'Samlede udgifter (kr.)');
    expect(budget[1]).toEqual(['Indsats 1 og 2 – social innovator', 'Løn', '143.750', '575.000', '600.000', '431.250', '1.750.000']);
    expect(budget[budget.length - 1]).toEqual(['I alt', '477.500', '930.000', '655.000', '472.500', '2.535.000']);
  });

  it('reads sensibly from a blank workbook', async () => {
    wb = createTestWorkbook('blank');
    const doc = await generate();
    expect(doc.text).toContain('Baggrunden er endnu ikke beskrevet.');
    expect(doc.text).toContain('Der er endnu ingen indsatser i arbejdsbogen.');
    expect(doc.text).toContain('Der er endnu ikke lagt et budget ind i arbejdsbogen.');
    expect(doc.tables[0]!.flat().join('\n')).toContain('Gladsaxe Kommune');
  });
});
