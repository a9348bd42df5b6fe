// The statusnotat's traffic lights: each initiative's and the programme's lights as of the period's
// end, with their reasons, and the rules the notat used – the workbook's own.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadStatusReportData } from '../../electron/documents/loaders/status-report';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function notat(from: string, to: string): Promise<{ doc: ReadDocx; bytes: Buffer }> {
  const data = loadStatusReportData(wb.session.requireWorkbook(), { date: to, period: { from, to } });
  const bytes = await packDocument(statusReportDocument(data));
  if (process.env.STATUS_LIGHTS_DOCX) fs.writeFileSync(path.join(process.env.STATUS_LIGHTS_DOCX, `statusnotat-${to}.docx`), bytes);
  return { doc: await readDocx(bytes), bytes };
}

/** The lights table: a row per initiative after the programme's, colour words on tid, økonomi, indhold. */
function lightsTable(doc: ReadDocx): string[][] {
  const table = doc.tables.find((t) => t[0]?.join('|') === '|Tid|Økonomi|Indhold');
  if (!table) throw new Error('no traffic-light table');
  return table;
}

/** 625 kr. over the budget of initiative 3's Forløb line (300.000 kr. in 2019 and in 2020). */
function overspend625(): void {
  const book = wb.session.requireWorkbook();
  const line = book.db.prepare("SELECT id FROM budget_line WHERE cost_type = 'Forløb'").pluck().get() as number;
  const amount = book.db.prepare('SELECT id FROM budget_amount WHERE line_id = ? AND year = 2020').pluck().get(line) as number;
  book.mutate('Test', 'Forbrug', (tx) => tx.update('budget_amount', amount, { actual_ore: 60_062_500 }));
}

describe('the statusnotat’s traffic lights', () => {
  it('measures the lights as of the period’s end and prints the rules it used', async () => {
    wb = createTestWorkbook();
    overspend625();
    const { doc } = await notat('2020-10-01', '2020-12-31');
    expect(doc.headings.map((h) => h.text)).toContain('Trafiklys pr. 31. december 2020');
    const table = lightsTable(doc);
    expect(table.slice(1).map((r) => r[0])).toEqual(['Programmet som helhed', 'Indsats 1: Fællesskabende aktiviteter i Mørkhøj', 'Indsats 2: Bedre fritidsmuligheder', 'Indsats 3: Det gode forældresamarbejde']);
    // The 625 kr. overrun is yellow, never red; the programme takes the worst of its initiatives.
    expect(table[4]![2]).toBe('Gul');
    expect(table[1]![2]).toBe('Gul');
    expect(doc.text).toContain('Økonomi – gul: Linjen »Indsats 3 – Det gode forældresamarbejde – Forløb« forventes overskredet med 625 kr. (0,1 %; over 0 %, højst 10 %): prognose 600.625 kr. mod budget 600.000 kr. til og med 2020.');
    expect(doc.text).toContain('Økonomi – gul: Programmets lys er det dårligste blandt indsatsernes: gul på grund af indsats 3.');
    expect(doc.text).toContain('Regler: økonomi rød ved overskridelse over 10 %, gul ved overskridelse over 0 %; tid rød ved forsinkelse over 3 måneder, gul ved forsinkelse på mindst 1 måned');
  });

  it('judges an earlier period as of its own end, and by the workbook’s changed rules', async () => {
    wb = createTestWorkbook();
    // »Planlægning« of indsats 3 ends 2019 K2: not late on 30 June 2019, red in November.
    const june = lightsTable((await notat('2019-04-01', '2019-06-30')).doc);
    expect(june[4]![1]).toBe('Grøn');
    const { doc: november } = await notat('2019-10-01', '2019-11-15');
    expect(lightsTable(november)[4]![1]).toBe('Rød');
    expect(november.text).toContain('Tid – rød: Fasen »Planlægning« skulle være afsluttet i 2019 K2 og er forsinket 4 måneder og 14 dage – over 3 måneder');

    await wb.call('status.rules.update', { patch: { timeRedMonths: 6 } });
    const { doc: relaxed } = await notat('2019-10-01', '2019-11-15');
    expect(lightsTable(relaxed)[4]![1]).toBe('Gul');
    expect(relaxed.text).toContain('Regler: økonomi rød ved overskridelse over 10 %, gul ved overskridelse over 0 %; tid rød ved forsinkelse over 6 måneder');
  });
});
