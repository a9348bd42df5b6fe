import { afterEach, describe, expect, it } from 'vitest';
import { parseClipboardTable, planPaste, type PasteColumn, type PasteRow, type PasteTarget } from '../../shared/budget-paste';
import { amountColumnId, buildBudgetRows, measuresShown, pasteColumnOf, pasteRowOf, type BudgetView } from '../../renderer/sheets/budget/budget-rows';
import { createDispatcher } from '../../electron/app/dispatcher';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

/** The block: two lines of two amounts, as Excel puts it on the clipboard. */
const TWO_BY_TWO = parseClipboardTable('12.500\t3.000\r\n7.250\t0\r\n');

/**
 * The default workbook's sheet as the grid displays it in a view: every row in display order with
 * the pinned grand total last, and the columns label, each year's measures, then I alt.
 */
async function sheetIn(view: BudgetView, existing?: TestWorkbook) {
  wb = existing ?? createTestWorkbook();
  const { data } = await wb.call('budget.get', {});
  const model = buildBudgetRows(data);
  const measures = measuresShown(view);
  const colIds = ['label', ...data.years.flatMap((y) => measures.map((m) => amountColumnId(y, m))), ...measures.map((m) => amountColumnId('total', m))];
  const rows = [...model.rows, model.grand];
  const lineId = (label: string) => rows.find((r) => r.label === label)!.lineId!;
  const at = (label: string, colId: string): PasteTarget => ({
    rows: rows.map(pasteRowOf),
    columns: colIds.map(pasteColumnOf),
    startRow: rows.findIndex((r) => r.label === label),
    startColumn: colIds.indexOf(colId),
  });
  return { at, lineId };
}

const refusal = (plan: ReturnType<typeof planPaste>) => (plan.ok ? `sat ind: ${plan.where}` : plan.message);

describe('a pasted block lands exactly on the cells the user sees', () => {
  it('default view: the 2×2 block on Prognose 2021 is refused whole, naming Difference 2021', async () => {
    const { at } = await sheetIn('all');
    expect(refusal(planPaste(TWO_BY_TWO, at('Løn', 'y2021-forecast')))).toBe(
      'Intet er sat ind: blokken er 2 rækker høj og 2 kolonner bred og ville dække kolonnen Difference 2021, som regnes ud. ' +
        'Vælg "Kun budget", "Kun forbrug" eller "Kun prognose" over arket, så årene står side om side',
    );
  });

  it('default view: the same block on Budget 2021 fills Budget and Forbrug 2021, which stand side by side', async () => {
    const { at, lineId } = await sheetIn('all');
    const plan = planPaste(TWO_BY_TWO, at('Løn', 'y2021-budget'));
    expect(plan).toEqual({
      ok: true,
      where: '"Løn" og "Etableringsomkostninger", Budget 2021 og Forbrug 2021',
      cells: [
        // Each cell carries what it showed (seen), so a paste never overwrites a change made meanwhile.
        { lineId: lineId('Løn'), year: 2021, measure: 'budget', value: 12_500, seen: 575_000 },
        { lineId: lineId('Løn'), year: 2021, measure: 'actual', value: 3_000, seen: null },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'budget', value: 7_250, seen: 0 },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'actual', value: 0, seen: null },
      ],
    });
  });

  it('"Kun forbrug": the block on Forbrug 2021 fills Forbrug 2021 and 2022, with øre and a credit note', async () => {
    const { at, lineId } = await sheetIn('actual');
    const plan = planPaste(parseClipboardTable('12.345,67\t-1.250\n1.250,5\t−0,50\n'), at('Løn', 'y2021-actual'));
    expect(plan).toEqual({
      ok: true,
      where: '"Løn" og "Etableringsomkostninger", Forbrug 2021 og Forbrug 2022',
      cells: [
        { lineId: lineId('Løn'), year: 2021, measure: 'actual', value: 12_345.67, seen: null },
        { lineId: lineId('Løn'), year: 2022, measure: 'actual', value: -1_250, seen: null },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'actual', value: 1_250.5, seen: null },
        { lineId: lineId('Etableringsomkostninger'), year: 2022, measure: 'actual', value: -0.5, seen: null },
      ],
    });
  });

  it('"Kun budget": the block on Budget 2021 fills Budget 2021 and 2022; øre or a minus in a budget refuses it', async () => {
    const { at, lineId } = await sheetIn('budget');
    const plan = planPaste(TWO_BY_TWO, at('Løn', 'y2021-budget'));
    expect(plan.ok && plan.cells.map((c) => `${c.lineId}:${c.year}:${c.measure}=${c.value}`)).toEqual([
      `${lineId('Løn')}:2021:budget=12500`, `${lineId('Løn')}:2022:budget=3000`,
      `${lineId('Etableringsomkostninger')}:2021:budget=7250`, `${lineId('Etableringsomkostninger')}:2022:budget=0`,
    ]);
    expect(refusal(planPaste(parseClipboardTable('1\t2\n3\t12.345,67\n'), at('Løn', 'y2021-budget')))).toBe(
      'Intet er sat ind: cellen i blokkens række 2, kolonne 2 ("Etableringsomkostninger", Budget 2022) kan ikke bruges. ' +
        'Budgettet er i hele kroner, så "12.345,67" kan ikke bruges – skriv fx 12.345 (øre hører til forbruget)',
    );
    expect(refusal(planPaste([['-1.250']], at('Løn', 'y2021-budget')))).toContain('Budgettet kan ikke være negativt ("-1.250")');
  });

  it('refuses a block running into I alt, naming the column, in every view', async () => {
    const actual = await sheetIn('actual');
    expect(refusal(planPaste([['1', '2']], actual.at('Løn', 'y2022-actual')))).toBe(
      'Intet er sat ind: blokken er 1 række høj og 2 kolonner bred og ville dække kolonnen Forbrug i alt, som regnes ud',
    );
    wb.close();
    const budget = await sheetIn('budget');
    expect(refusal(planPaste([['1', '2', '3']], budget.at('Løn', 'y2021-budget')))).toContain('ville dække kolonnen Budget i alt, som regnes ud');
    wb.close();
    const all = await sheetIn('all');
    expect(refusal(planPaste([['1', '2', '3', '4']], all.at('Løn', 'y2022-actual')))).toContain('ville dække kolonnen Difference 2022, som regnes ud');
  });

  it('refuses a block running into a group\'s sum or heading, or past the last line, naming the row', async () => {
    const { at } = await sheetIn('all');
    expect(refusal(planPaste([['1'], ['2']], at('Aktivitetsudgifter', 'y2020-budget')))).toBe(
      'Intet er sat ind: blokken er 2 rækker høj og 1 kolonne bred og ville dække rækken "I alt – Indsats 1 og 2 – social innovator", som er en sum og regnes ud',
    );
    expect(refusal(planPaste([['1'], ['2']], at('Forløb', 'y2020-actual')))).toContain('rækken "I alt – Indsats 3 – Det gode forældresamarbejde", som er en sum');
    expect(refusal(planPaste([['1']], at('Indsats 3 – Det gode forældresamarbejde', 'y2020-actual')))).toBe(
      'Intet er sat ind: den valgte celle ligger i rækken "Indsats 3 – Det gode forældresamarbejde", som er en gruppes overskrift, og der kan ikke skrives beløb i den',
    );
    expect(refusal(planPaste([['1']], at('I alt', 'y2020-actual')))).toContain('rækken "I alt", som er en sum og regnes ud');
  });

  it('refuses a paste starting on a computed cell or the line names', async () => {
    const { at } = await sheetIn('all');
    expect(refusal(planPaste([['1']], at('Løn', 'y2021-difference')))).toBe(
      'Intet er sat ind: den valgte celle ligger i kolonnen Difference 2021, som regnes ud. Vælg "Kun budget", "Kun forbrug" eller "Kun prognose" over arket, så årene står side om side',
    );
    expect(refusal(planPaste([['1']], at('Løn', 'total-actual')))).toBe('Intet er sat ind: den valgte celle ligger i kolonnen Forbrug i alt, som regnes ud');
    expect(refusal(planPaste([['1']], at('Løn', 'label')))).toBe('Intet er sat ind: den valgte celle ligger i kolonnen Linje, som er tekst');
    expect(refusal(planPaste([['1']], { ...at('Løn', 'label'), startRow: -1 }))).toBe('Vælg en budget- eller forbrugscelle på en linje, før du sætter ind');
  });

  it('refuses a block running off the sheet\'s last row or column, saying so', () => {
    const rows: PasteRow[] = [{ kind: 'line', lineId: 1, label: 'Løn' }, { kind: 'line', lineId: 2, label: 'Drift' }];
    const columns: PasteColumn[] = [2021, 2022].map((year) => ({ kind: 'amount', year, measure: 'actual', label: `Forbrug ${year}` }));
    expect(refusal(planPaste([['1', '2', '3']], { rows, columns, startRow: 0, startColumn: 0 }))).toBe(
      'Intet er sat ind: blokken er 1 række høj og 3 kolonner bred, men der er kun 2 kolonner fra Forbrug 2021 og til højre, hvor arket slutter',
    );
    expect(refusal(planPaste([['1'], ['2']], { rows, columns, startRow: 1, startColumn: 1 }))).toBe(
      'Intet er sat ind: blokken er 2 rækker høj og 1 kolonne bred, men der er kun 1 række fra "Drift" og ned, hvor arket slutter',
    );
  });

  it('names a bad cell by its line and column, and describes long ranges compactly', () => {
    const rows: PasteRow[] = ['Løn', 'Drift', 'Husleje'].map((label, i) => ({ kind: 'line', lineId: i + 1, label }));
    const columns: PasteColumn[] = [2019, 2020, 2021].map((year) => ({ kind: 'amount', year, measure: 'actual', label: `Forbrug ${year}` }));
    const target = { rows, columns, startRow: 0, startColumn: 0 };
    expect(refusal(planPaste([['1', '2'], ['3', '12.345,678']], target))).toBe(
      'Intet er sat ind: cellen i blokkens række 2, kolonne 2 ("Drift", Forbrug 2020) kan ikke bruges. "12.345,678" har mere end to decimaler – skriv kroner og øre, fx 12.345,67',
    );
    expect(refusal(planPaste([['1', '2', '3'], ['4', '5', '6'], ['7', '8', '9']], target))).toBe(
      'sat ind: "Løn" til "Husleje" (3 linjer), Forbrug 2019 til Forbrug 2021 (3 kolonner)',
    );
    expect(refusal(planPaste([['1']], target))).toBe('sat ind: "Løn", Forbrug 2019');
    expect(refusal(planPaste([], target))).toBe('Der er intet at sætte ind');
  });
});

describe('a paste carries what each cell showed, like a typed amount', () => {
  const storedBudget = (lineId: number, year: number) =>
    wb.session.current!.db.prepare('SELECT budget FROM budget_amount WHERE line_id = ? AND year = ?').pluck().get(lineId, year);

  it('a block over an amount another member changed meanwhile is refused whole, naming them; planned again it is stored', async () => {
    const { at, lineId } = await sheetIn('budget');
    const løn = lineId('Løn');
    const etablering = lineId('Etableringsomkostninger');
    const plan = planPaste(TWO_BY_TWO, at('Løn', 'y2021-budget'));
    if (!plan.ok) throw new Error(plan.message);

    // Anne, another member on the same workbook (as the server runs her), changes one cell of the block.
    const anne = createDispatcher(wb.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
    expect(await anne('budget.amounts.set', { cells: [{ lineId: etablering, year: 2022, measure: 'budget', value: 99_000, seen: 0 }] })).toMatchObject({ ok: true });

    const refused = await wb.raw('budget.amounts.set', { cells: plan.cells, source: 'paste' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', changedBy: { author: 'Anne Holm (Formand)' } } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Budget 2022 for .*Etableringsomkostninger.* er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «99\.000 kr\.»\. Din ændring er ikke gemt$/);
    // Nothing of the block is stored: not even the cells Anne left alone.
    expect(storedBudget(løn, 2021)).toBe(575_000);
    expect(storedBudget(etablering, 2022)).toBe(99_000);

    // Pasted again from the sheet as it now shows Anne's amount, the block is the user's choice.
    const again = planPaste(TWO_BY_TWO, (await sheetIn('budget', wb)).at('Løn', 'y2021-budget'));
    if (!again.ok) throw new Error(again.message);
    expect(again.cells.find((c) => c.lineId === etablering && c.year === 2022)).toMatchObject({ seen: 99_000, value: 0 });
    expect(await wb.call('budget.amounts.set', { cells: again.cells, source: 'paste' })).toEqual({ changed: 4 });
    expect(storedBudget(løn, 2021)).toBe(12_500);
    expect(storedBudget(etablering, 2022)).toBe(0);
  });
});
