// The programdokument's version (issue 16): the approval date at the top, »Version n af …« where
// n is 1 + the changes listed, and the changes to the programme's content since the approval day
// from the change log – field, before → after, date and who; spending, status and changes taken
// back are not listed. Before approval: »Ikke godkendt endnu« and no list.
import { afterEach, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadProgrammeDocumentData } from '../../electron/documents/loaders/programme';
import { programmeDocument } from '../../electron/documents/programme/programme-document';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function generate(): Promise<ReadDocx> {
  const data = loadProgrammeDocumentData(wb.session.requireWorkbook(), '2026-11-23');
  return readDocx(await packDocument(programmeDocument(data)));
}

function facts(doc: ReadDocx): Record<string, string> {
  return Object.fromEntries(doc.tables[1]!.map((r) => [r[0], r[1]]));
}

function changesTable(doc: ReadDocx): string[][] {
  return doc.tables.find((t) => t[0]?.join('|') === 'Dato|Ark|Hvad|Før → efter|Af') ?? [];
}

/** The stamp of the newest change set, moved to a given local day (the change log's time is UTC). */
function stampLatest(day: string): void {
  const db = wb.session.requireWorkbook().db;
  db.prepare('UPDATE change_set SET at = ? WHERE id = (SELECT MAX(id) FROM change_set)').run(new Date(`${day}T10:00:00`).toISOString());
}

describe('the programdokument’s version and changes since approval', () => {
  it('says »Ikke godkendt endnu« and lists nothing before an approval date is set', async () => {
    wb = createTestWorkbook();
    await wb.call('initiatives.update', { id: 2, patch: { title: 'Fritid for alle' } });
    const doc = await generate();
    expect(facts(doc)['Godkendt']).toBe('Ikke godkendt endnu');
    expect(facts(doc)['Version']).toBeUndefined();
    expect(doc.headings.map((h) => h.text)).not.toContain('Ændringer siden den godkendte udgave');
  });

  it('counts and lists the content changes since the approval day, as before → after with date and author', async () => {
    wb = createTestWorkbook();
    const goal = (await wb.call('program.get', {})).lists.goal[2]!;
    await wb.call('program.update', { patch: { approvedOn: '2026-03-12' } });
    // On the approval day itself: part of the approved version.
    await wb.call('program.update', { patch: { fundingSource: 'Puljen for social balance' } });
    stampLatest('2026-03-12');
    await wb.call('initiatives.update', { id: 2, patch: { title: 'Fritid for alle' } });
    stampLatest('2026-04-02');
    const salary = wb.session.requireWorkbook().db.prepare("SELECT id FROM budget_line WHERE cost_type = 'Løn'").pluck().get() as number;
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2020, measure: 'budget', value: 700_000 }] });
    stampLatest('2026-05-20');
    // Not programme content: spending and an initiative's status.
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary, year: 2020, measure: 'actual', value: 12_345 }] });
    await wb.call('initiatives.update', { id: 1, patch: { status: 'gul', statusReason: 'Lokalet er lukket' } });
    // Changed and changed back: nothing to list.
    await wb.call('program.list.update', { id: goal.id, text: 'Midlertidig tekst' });
    await wb.call('program.list.update', { id: goal.id, text: goal.text });
    wb.session.settings.setUser({ name: 'Sara Innovator', role: 'Formand' });
    await wb.call('plan.phases.add', { initiativeId: 3, title: 'Evaluering med forældrene', startQuarter: '2022-K3' });
    stampLatest('2026-06-01');

    const doc = await generate();
    expect(facts(doc)['Godkendt']).toBe('12. marts 2026');
    expect(facts(doc)['Version']).toBe('Version 4 af 23. november 2026');
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)[0]).toBe('Ændringer siden den godkendte udgave');
    expect(changesTable(doc).slice(1)).toEqual([
      ['02.04.2026', 'Indsatser', 'Indsats 2: titel', 'Bedre fritidsmuligheder → Fritid for alle', 'Test Bruger'],
      ['20.05.2026', 'Økonomi', 'Budget 2020, «Løn»: budget', '575.000 kr. → 700.000 kr.', 'Test Bruger'],
      ['01.06.2026', 'Plan', 'Tilføjet: Fase «Evaluering med forældrene» (indsats 3)', '– → tilføjet', 'Sara Innovator'],
    ]);
    expect(doc.text).toContain('3 ændringer af programmets indhold siden godkendelsen 12. marts 2026');
  });

  it('says so when nothing has changed since approval', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { approvedOn: '2026-03-12' } });
    const doc = await generate();
    expect(facts(doc)['Version']).toBe('Version 1 af 23. november 2026');
    expect(doc.text).toContain('Programmets indhold er ikke ændret, siden det blev godkendt 12. marts 2026.');
    expect(changesTable(doc)).toEqual([]);
  });

  it('refuses an approval date that is not a date, in Danish', async () => {
    wb = createTestWorkbook();
    const envelope = await wb.raw('program.update', { patch: { approvedOn: '12.03.2026' } });
    expect(envelope.ok ? 'accepted' : envelope.error.message).toBe('Godkendelsesdato skal være en gyldig dato (dd.mm.åååå) eller tom');
    await wb.call('program.update', { patch: { approvedOn: '2026-03-12' } });
    await wb.call('program.update', { patch: { approvedOn: '' } });
    expect((await wb.call('program.get', {})).program.approvedOn).toBe('');
    expect((await wb.call('workbook.check', {})).sound).toBe(true);
  });
});
