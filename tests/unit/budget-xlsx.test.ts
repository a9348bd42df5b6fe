import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { computeBudgetTotals } from '../../shared/budget-totals';
import { exportCommand } from '../../electron/cli-commands/export';
import { writeBudgetXlsx } from '../../electron/features/budget/budget-xlsx';
import { recalculatedCsv } from '../support/libreoffice';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const HEADER_ROWS = 7;

/** The CSV row whose first cell is label, as numbers (empty cells → null). */
function rowOf(csv: string[][], label: string): Array<number | null> {
  const row = csv.find((r) => r[0] === label);
  if (!row) throw new Error(`Ingen række "${label}" i CSV`);
  return row.slice(1).map((v) => (v === '' ? null : Number(v)));
}

async function exportViaCli(w: TestWorkbook, out: string): Promise<string> {
  let printed = '';
  const code = await exportCommand.run(['budget-xlsx', w.path, '--out', out], { session: w.session, dispatch: w.dispatch, out: (t) => (printed += t) });
  expect(code).toBe(0);
  return printed;
}

describe('the Økonomi sheet as .xlsx', () => {
  it('is written by `cli export budget-xlsx` with the name, date, frozen header, Danish number format and formulas', async () => {
    wb = createTestWorkbook();
    const out = path.join(wb.dir, 'økonomi.xlsx');
    expect(await exportViaCli(wb, out)).toBe(`test.arbejdsbog: budget-xlsx skrevet til ${out}\n`);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet('Økonomi')!;
    expect(ws.getCell('A1').value).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(String(ws.getCell('A4').value)).toMatch(/J\. nr\. 85\.00\.00P20 · Sag: 2015\/00638 010 · Dato: \d{1,2}\. [a-zæøå]+ \d{4}$/);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: HEADER_ROWS });
    expect(ws.getCell('B6').value).toBe('2019');
    expect(ws.getCell('B7').value).toBe('Budget');
    expect(['B7', 'C7', 'D7', 'E7', 'F7'].map((a) => ws.getCell(a).value)).toEqual(['Budget', 'Forbrug', 'Disponeret', 'Prognose', 'Difference']);
    expect(ws.getCell('V6').value).toBe('I alt');

    // Every total and difference is a formula; typed amounts are plain numbers; all use #,##0.
    const salary = ws.getRow(9);
    expect(salary.getCell(1).value).toBe('Løn');
    expect(salary.getCell(2).value).toBe(143_750);
    expect(salary.getCell(2).numFmt).toBe('#,##0');
    // No forbrug or disponeret yet: the prognose is empty and the difference the whole budget.
    expect(salary.getCell(5).value).toBeNull();
    expect(salary.getCell(6).value).toEqual({ formula: 'B9-E9', result: 143_750 });
    expect(salary.getCell(22).value).toEqual({ formula: 'SUM(B9,G9,L9,Q9)', result: 1_725_000 });
    expect(ws.getRow(13).getCell(2).value).toEqual({ formula: 'SUM(B9:B12)', result: 177_500 });
    const grand = ws.getRow(17);
    expect(grand.getCell(1).value).toBe('I alt');
    expect(grand.getCell(2).value).toEqual({ formula: 'SUM(B13,B16)', result: 477_500 });
    for (let c = 2; c <= 26; c++) expect(grand.getCell(c).formula, `kolonne ${c}`).toBeTruthy();
  });

  it('recalculates in LibreOffice to the same totals as the sheet: 2.510.000 kr. in all', async () => {
    wb = createTestWorkbook();
    const s = await wb.call('budget.get', {});
    const lines = s.data.groups.flatMap((g) => g.lines);
    const byName = (n: string) => lines.find((l) => l.costType === n)!;
    // Some spending, one year overspent, so differences are tested too.
    await wb.call('budget.amounts.set', { cells: [
      { lineId: byName('Løn').id, year: 2020, measure: 'actual', value: 580_000 },
      { lineId: byName('Forløb').id, year: 2019, measure: 'actual', value: 250_000 },
    ] });
    const totals = computeBudgetTotals((await wb.call('budget.get', {})).data);
    const out = path.join(wb.dir, 'økonomi.xlsx');
    await writeBudgetXlsx(wb.session.current!, out);

    const csv = recalculatedCsv(out, wb.dir);
    const years = [2019, 2020, 2021, 2022];
    const expected = [...years.flatMap((y) => {
      const f = totals.grand.byYear[y]!;
      return [f.budget, f.actual, f.committed, f.forecast, f.difference];
    }), ...(['budget', 'actual', 'committed', 'forecast', 'difference'] as const).map((m) => totals.grand.total[m])];
    expect(rowOf(csv, 'I alt')).toEqual(expected);
    expect(rowOf(csv, 'I alt').slice(0, 20).filter((_, i) => i % 5 === 0)).toEqual([477_500, 930_000, 630_000, 472_500]);
    expect(rowOf(csv, 'I alt')[20]).toBe(2_510_000);
    expect(rowOf(csv, 'I alt – Indsats 1 og 2 – social innovator')[20]).toBe(1_910_000);
    expect(rowOf(csv, 'I alt – Indsats 3 – Det gode forældresamarbejde')[20]).toBe(600_000);
    // 2020: budget, forbrug, no disponeret, the default prognose (= forbrug), the difference.
    expect(rowOf(csv, 'Løn').slice(5, 10)).toEqual([575_000, 580_000, null, 580_000, -5_000]);
  }, 120_000);

  it('keeps forbrug with øre and credit notes: two decimals where forbrug counts, totals recalculated to the øre', async () => {
    wb = createTestWorkbook();
    const lines = (await wb.call('budget.get', {})).data.groups.flatMap((g) => g.lines);
    const byName = (n: string) => lines.find((l) => l.costType === n)!;
    await wb.call('budget.amounts.set', { cells: [
      { lineId: byName('Løn').id, year: 2019, measure: 'actual', value: 12_345.67 },
      { lineId: byName('Etableringsomkostninger').id, year: 2019, measure: 'actual', value: 0.1 },
      { lineId: byName('Driftudgifter, herunder telefon, uddannelse mv.').id, year: 2019, measure: 'actual', value: 0.2 },
      { lineId: byName('Forløb').id, year: 2019, measure: 'actual', value: -1_250.5 },
    ] });
    const out = path.join(wb.dir, 'økonomi.xlsx');
    await writeBudgetXlsx(wb.session.current!, out);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet('Økonomi')!;
    const salary = ws.getRow(9);
    expect(salary.getCell(2).numFmt).toBe('#,##0');
    expect(salary.getCell(3).value).toBe(12_345.67);
    expect(salary.getCell(3).numFmt).toBe('#,##0.00');
    expect(salary.getCell(5).value).toEqual({ formula: 'C9+D9', result: 12_345.67 });
    expect(salary.getCell(6).value).toEqual({ formula: 'B9-E9', result: 131_404.33 });
    expect(salary.getCell(6).numFmt).toBe('#,##0.00;[Red]-#,##0.00');
    expect(ws.getRow(17).getCell(3).value).toEqual({ formula: 'SUM(C13,C16)', result: 11_095.47 });

    // LibreOffice computes in floats; to the øre it must agree with the sheet's exact sums.
    const csv = recalculatedCsv(out, wb.dir);
    const toOre = (row: Array<number | null>) => row.map((v) => (v === null ? null : Math.round(v * 100)));
    expect(toOre(rowOf(csv, 'I alt').slice(0, 5))).toEqual([47_750_000, 1_109_547, 0, 1_109_547, 46_640_453]);
    expect(toOre(rowOf(csv, 'Forløb').slice(0, 5))).toEqual([30_000_000, -125_050, null, -125_050, 30_125_050]);
    expect(toOre(rowOf(csv, 'I alt – Indsats 1 og 2 – social innovator').slice(0, 5))).toEqual([17_750_000, 1_234_597, 0, 1_234_597, 16_515_403]);
  }, 120_000);

  it('holds real formulas: an amount changed in the file changes every total after recalculation', async () => {
    wb = createTestWorkbook();
    const out = path.join(wb.dir, 'økonomi.xlsx');
    await writeBudgetXlsx(wb.session.current!, out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    // As a user in Excel would: Løn 2019 from 143.750 to 243.750; cached totals are now stale.
    book.getWorksheet('Økonomi')!.getCell('B9').value = 243_750;
    const edited = path.join(wb.dir, 'rettet.xlsx');
    await book.xlsx.writeFile(edited);

    const csv = recalculatedCsv(edited, wb.dir);
    expect(rowOf(csv, 'Løn')[20]).toBe(1_825_000);
    expect(rowOf(csv, 'I alt – Indsats 1 og 2 – social innovator')[0]).toBe(277_500);
    expect(rowOf(csv, 'I alt')[0]).toBe(577_500);
    expect(rowOf(csv, 'I alt')[20]).toBe(2_610_000);
  }, 120_000);

  it('carries Disponeret and Prognose: a typed prognose as a number, the default as Forbrug + Disponeret, Difference = Budget − Prognose, SUM totals', async () => {
    wb = createTestWorkbook();
    const lines = (await wb.call('budget.get', {})).data.groups.flatMap((g) => g.lines);
    const salary = lines.find((l) => l.costType === 'Løn')!.id;
    await wb.call('budget.amounts.set', { cells: [
      { lineId: salary, year: 2020, measure: 'actual', value: 400_000 },
      { lineId: salary, year: 2020, measure: 'committed', value: 10_000.5 },
      { lineId: salary, year: 2021, measure: 'forecast', value: 700_000 },
    ] });
    const out = path.join(wb.dir, 'økonomi.xlsx');
    await writeBudgetXlsx(wb.session.current!, out);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const ws = book.getWorksheet('Økonomi')!;
    // 2020 is G–K, 2021 L–P, I alt V–Z.
    expect(ws.getCell('I9').value).toBe(10_000.5);
    expect(ws.getCell('J9').value).toEqual({ formula: 'H9+I9', result: 410_000.5 });
    expect(ws.getCell('K9').value).toEqual({ formula: 'G9-J9', result: 164_999.5 });
    expect(ws.getCell('O9').value).toBe(700_000);
    expect(ws.getCell('P9').value).toEqual({ formula: 'L9-O9', result: -125_000 });
    expect(ws.getCell('X9').value).toEqual({ formula: 'SUM(D9,I9,N9,S9)', result: 10_000.5 });
    expect(ws.getCell('Y9').value).toEqual({ formula: 'SUM(E9,J9,O9,T9)', result: 1_110_000.5 });
    expect(ws.getCell('Z9').value).toEqual({ formula: 'V9-Y9', result: 614_999.5 });
    expect(ws.getCell('J13').value).toEqual({ formula: 'SUM(J9:J12)', result: 410_000.5 });
    expect(ws.getCell('J17').value).toEqual({ formula: 'SUM(J13,J16)', result: 410_000.5 });
    expect(ws.getCell('Y17').value).toEqual({ formula: 'SUM(E17,J17,O17,T17)', result: 1_110_000.5 });

    // Recalculated by LibreOffice, the formulas give what the sheet shows.
    const csv = recalculatedCsv(out, wb.dir);
    const totals = computeBudgetTotals((await wb.call('budget.get', {})).data);
    expect(rowOf(csv, 'Løn').slice(20, 25)).toEqual((['budget', 'actual', 'committed', 'forecast', 'difference'] as const).map((m) => totals.lines[salary]!.total[m]));
    expect(rowOf(csv, 'I alt')[24]).toBe(totals.grand.total.difference);
  }, 120_000);

  it('refuses a wrong command line and an unwritable target', async () => {
    wb = createTestWorkbook();
    const ctx = { session: wb.session, dispatch: wb.dispatch, out: () => undefined };
    expect(await exportCommand.run(['budget-xlsx', wb.path], ctx)).toBe(64);
    expect(await exportCommand.run(['ukendt', wb.path, '--out', 'x.xlsx'], ctx)).toBe(64);
    expect(await exportCommand.run(['budget-xlsx', wb.path, '--out', 'x.xlsx', '--møde', '3'], ctx)).toBe(64);
    await expect(writeBudgetXlsx(wb.session.current!, path.join(wb.dir, 'findes-ikke', 'x.xlsx'))).rejects.toThrow(
      'Excel-filen "x.xlsx" kunne ikke gemmes: mappen findes ikke',
    );
    expect(fs.readdirSync(wb.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('is offered through the save dialog from the sheet, with .xlsx added when missing', async () => {
    wb = createTestWorkbook();
    const asked: Array<{ suggested: string; title: string; filter: unknown }> = [];
    const target = path.join(wb.dir, 'fra dialogen');
    (wb.session.shell as { chooseFileToSave: unknown }).chooseFileToSave = async (suggested: string, title: string, filter: unknown) => {
      asked.push({ suggested, title, filter });
      return target;
    };
    const written = await wb.call('budget.exportXlsxDialog', {});
    expect(written).toBe(`${target}.xlsx`);
    expect(fs.existsSync(`${target}.xlsx`)).toBe(true);
    expect(asked[0]).toMatchObject({ title: 'Eksportér Økonomi til Excel', filter: { name: 'Excel', extensions: ['xlsx'] } });
    expect(asked[0]!.suggested).toMatch(/^Økonomi – Styrket indsats for social balance i Mørkhøj \d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
