import { afterEach, describe, expect, it } from 'vitest';
import { amountColumnId, buildBudgetRows, columnLabel, parseAmountColumnId, pasteColumnOf, pasteRowOf } from '../../renderer/sheets/budget/budget-rows';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

describe('the Økonomi grid\'s rows and columns', () => {
  it('lays out each group as header, lines and subtotal, with the grand total apart', async () => {
    wb = createTestWorkbook();
    const { data } = await wb.call('budget.get', {});
    const model = buildBudgetRows(data);
    expect(model.rows.map((r) => `${r.kind}:${r.label}`)).toEqual([
      'group:Indsats 1 og 2 – social innovator',
      'line:Løn',
      'line:Etableringsomkostninger',
      'line:Driftudgifter, herunder telefon, uddannelse mv.',
      'line:Aktivitetsudgifter',
      'subtotal:I alt – Indsats 1 og 2 – social innovator',
      'group:Indsats 3 – Det gode forældresamarbejde',
      'line:Forløb',
      'subtotal:I alt – Indsats 3 – Det gode forældresamarbejde',
    ]);
    expect(model.rows.map(pasteRowOf).map((r) => r.kind)).toEqual(['heading', 'line', 'line', 'line', 'line', 'sum', 'heading', 'line', 'sum']);
    expect(pasteRowOf(model.grand)).toEqual({ kind: 'sum', label: 'I alt' });
    expect(model.grand.values[amountColumnId('total', 'budget')]).toBe(2_510_000);
    expect(model.grand.values[amountColumnId(2019, 'difference')]).toBe(477_500);
  });

  it('leaves a cell nobody typed in empty, while a typed 0 and every total show a number', async () => {
    wb = createTestWorkbook();
    const { data } = await wb.call('budget.get', {});
    const model = buildBudgetRows(data);
    const forløb = model.rows.find((r) => r.label === 'Forløb')!;
    expect(forløb.values['y2021-budget']).toBeNull();
    expect(forløb.values['y2021-actual']).toBeNull();
    expect(forløb.values['y2021-difference']).toBeNull();
    expect(forløb.values['total-actual']).toBe(0);
    const etablering = model.rows.find((r) => r.label === 'Etableringsomkostninger')!;
    expect(etablering.values['y2020-budget']).toBe(0);
    expect(etablering.values['y2020-difference']).toBe(0);
    const subtotal = model.rows.find((r) => r.kind === 'subtotal' && r.label.includes('Indsats 3'))!;
    expect(subtotal.values['y2021-budget']).toBe(0);
  });

  it('names the columns as the user reads them and tells a paste which ones take amounts', () => {
    expect(['y2021-budget', 'y2021-actual', 'y2021-difference', 'total-actual', 'label'].map(columnLabel)).toEqual([
      'Budget 2021', 'Forbrug 2021', 'Difference 2021', 'Forbrug i alt', 'Linje',
    ]);
    expect(pasteColumnOf('y2021-actual')).toEqual({ kind: 'amount', year: 2021, measure: 'actual', label: 'Forbrug 2021' });
    expect(pasteColumnOf('y2021-difference')).toMatchObject({ kind: 'computed', label: 'Difference 2021' });
    expect(pasteColumnOf('total-budget')).toEqual({ kind: 'computed', label: 'Budget i alt' });
    expect(pasteColumnOf('label')).toEqual({ kind: 'text', label: 'Linje' });
    expect(parseAmountColumnId('y2020-actual')).toEqual({ year: 2020, measure: 'actual' });
    expect(parseAmountColumnId('total-budget')).toBeNull();
    expect(parseAmountColumnId('label')).toBeNull();
  });
});
