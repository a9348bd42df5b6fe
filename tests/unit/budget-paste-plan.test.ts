import { afterEach, describe, expect, it } from 'vitest';
import { parseClipboardTable, planPaste, type PasteColumn, type PasteRow, type PasteTarget } from '../../shared/budget-paste';
import { amountColumnId, buildBudgetRows, measuresShown, pasteColumnOf, pasteRowOf, type BudgetView } from '../../renderer/sheets/budget/budget-rows';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

/** The block: two lines of two amounts, as Excel puts it on the clipboard. */
const TWO_BY_TWO = parseClipboardTable('12.500\t3.000\r\n7.250\t0\r\n');

/**
 * The default workbook's sheet as the grid displays it in a view: every row in display order with
 * the pinned grand total last, and the columns label, each year's measures, then I alt.
 */
async function sheetIn(view: BudgetView) {
  wb = createTestWorkbook();
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
  it('default view: the 2×2 block on Forbrug 2021 is refused whole, naming Difference 2021', async () => {
    const { at } = await sheetIn('all');
    expect(refusal(planPaste(TWO_BY_TWO, at('Løn', 'y2021-actual')))).toBe(
      'Intet er sat ind: blokken er 2 rækker høj og 2 kolonner bred og ville dække kolonnen Difference 2021, som regnes ud. ' +
        'Vælg "Kun budget" eller "Kun forbrug" over arket, så årene står side om side',
    );
  });

  it('default view: the same block on Budget 2021 fills Budget and Forbrug 2021, which stand side by side', async () => {
    const { at, lineId } = await sheetIn('all');
    const plan = planPaste(TWO_BY_TWO, at('Løn', 'y2021-budget'));
    expect(plan).toEqual({
      ok: true,
      where: '"Løn" og "Etableringsomkostninger", Budget 2021 og Forbrug 2021',
      cells: [
        { lineId: lineId('Løn'), year: 2021, measure: 'budget', value: 12_500 },
        { lineId: lineId('Løn'), year: 2021, measure: 'actual', value: 3_000 },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'budget', value: 7_250 },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'actual', value: 0 },
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
        { lineId: lineId('Løn'), year: 2021, measure: 'actual', value: 12_345.67 },
        { lineId: lineId('Løn'), year: 2022, measure: 'actual', value: -1_250 },
        { lineId: lineId('Etableringsomkostninger'), year: 2021, measure: 'actual', value: 1_250.5 },
        { lineId: lineId('Etableringsomkostninger'), year: 2022, measure: 'actual', value: -0.5 },
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
    expect(refusal(planPaste([['1', '2', '3']], all.at('Løn', 'y2022-budget')))).toContain('ville dække kolonnen Difference 2022, som regnes ud');
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
      'Intet er sat ind: den valgte celle ligger i kolonnen Difference 2021, som regnes ud. Vælg "Kun budget" eller "Kun forbrug" over arket, så årene står side om side',
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
