import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function firstBudgetLine(t: TestWorkbook): Promise<number> {
  return (await t.call('budget.get', {})).data.groups[0]!.lines[0]!.id;
}

describe('the change log: Danish names, filters in SQL and paging', () => {
  it('names fields and tables in Danish and shows amounts the Danish way', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2026-10-01' });
    await wb.call('meetings.update', { id: meeting.id, patch: { place: 'Rådhuset', startTime: '09:30' } });
    await wb.call('budget.amounts.set', { cells: [{ lineId: await firstBudgetLine(wb), year: 2030, measure: 'budget', value: 1_725_000 }] });

    const [amount, place] = await wb.call('workbook.changeLog', { limit: 2 });
    expect(amount!.sheets).toEqual(['budget']);
    expect(amount!.changes).toEqual([{ table: 'Beløb', rowId: expect.any(Number), summary: 'oprettet' }]);
    expect(place!.sheets).toEqual(['meetings']);
    expect(place!.changes[0]).toMatchObject({ table: 'Møde', summary: 'start: 14.00 → 09.30; sted: Mørkhøj Bibliotek → Rådhuset' });

    await wb.call('budget.amounts.set', { cells: [{ lineId: await firstBudgetLine(wb), year: 2030, measure: 'budget', value: 2_000_000 }] });
    const [changed] = await wb.call('workbook.changeLog', { limit: 1 });
    expect(changed!.changes[0]).toMatchObject({ table: 'Beløb', summary: 'budget: 1.725.000 kr. → 2.000.000 kr.' });
  });

  it('pages back through more than 500 changes without gaps or repeats', async () => {
    wb = createTestWorkbook();
    for (let i = 1; i <= 520; i++) await wb.call('program.update', { patch: { fundingSource: `Pulje ${i}` } });
    const seen: number[] = [];
    let before: number | undefined;
    for (;;) {
      const page = await wb.call('workbook.changeLog', before === undefined ? { limit: 200 } : { limit: 200, before });
      if (page.length === 0) break;
      seen.push(...page.map((e) => e.setId));
      before = page.at(-1)!.setId;
    }
    expect(seen).toHaveLength(521);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
    expect(new Set(seen).size).toBe(521);
    const oldest = await wb.call('workbook.changeLog', { limit: 2, before: seen[518]! });
    expect(oldest.map((e) => e.description)).toEqual(['Ret programmets finansiering', 'Arbejdsbog oprettet fra programdokumentet']);
  });

  it('filters by sheet, by person and by date, in any combination', async () => {
    wb = createTestWorkbook();
    await wb.call('program.update', { patch: { fundingSource: 'Puljen' } });
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Formand' });
    await wb.call('budget.amounts.set', { cells: [{ lineId: await firstBudgetLine(wb), year: 2030, measure: 'budget', value: 5 }] });
    await wb.call('meetings.add', { date: '2026-10-01' });
    // Give the sets known times: the seed and the programme edit in 2025, Sara's two on 1 and 2 October 2026.
    const db = wb.session.current!.db;
    const times = ['2025-01-10T10:00:00', '2025-06-01T10:00:00', '2026-10-01T08:00:00', '2026-10-02T23:30:00'];
    times.forEach((local, i) => db.prepare('UPDATE change_set SET at = ? WHERE id = ?').run(new Date(local).toISOString(), i + 1));

    const descriptions = async (query: Record<string, unknown>) => (await wb.call('workbook.changeLog', query)).map((e) => e.description);
    expect(await descriptions({ sheet: 'budget' })).toEqual([expect.stringMatching(/^Ret budget 2030/), 'Arbejdsbog oprettet fra programdokumentet']);
    expect(await descriptions({ sheet: 'meetings' })).toEqual(['Nyt møde']);
    expect(await descriptions({ author: 'Sara Khalil (Formand)' })).toEqual(['Nyt møde', expect.stringMatching(/^Ret budget 2030/)]);
    expect(await descriptions({ from: '2026-10-02', to: '2026-10-02' })).toEqual(['Nyt møde']);
    expect(await descriptions({ from: '2025-01-01', to: '2025-12-31' })).toEqual(['Ret programmets finansiering', 'Arbejdsbog oprettet fra programdokumentet']);
    expect(await descriptions({ to: '2026-10-01', sheet: 'program' })).toEqual(['Ret programmets finansiering', 'Arbejdsbog oprettet fra programdokumentet']);
    expect(await descriptions({ author: 'Test Bruger (Formand)', sheet: 'budget', from: '2025-02-01' })).toEqual([]);

    expect(await wb.call('workbook.changeLog.authors', {})).toEqual(['Sara Khalil (Formand)', 'Test Bruger (Formand)']);
  });

  it.each([
    [{ from: '2026-10-02', to: '2026-10-01' }, 'Perioden kan ikke slutte, før den begynder'],
    [{ from: '2026-02-30' }, 'Fra-dato skal være en gyldig dato (ÅÅÅÅ-MM-DD)'],
    [{ sheet: 'reports' }, 'Ark skal være et af: Program, Indsatser, Plan, Økonomi, Møder'],
    [{ before: 0 }, 'Ændring skal være et positivt tal'],
    [{ author: 'x'.repeat(301) }, 'Person må højst være 300 tegn'],
    [{ tbl: 'program' }, 'Ukendt felt i kaldet: tbl'],
  ])('refuses the query %j in Danish', async (query, message) => {
    wb = createTestWorkbook();
    expect(await wb.raw('workbook.changeLog', query)).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
  });
});
