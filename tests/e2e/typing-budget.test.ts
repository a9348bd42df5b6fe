// Økonomi: amounts typed as a person does in the views (budget, forbrug, disponeret, prognose and
// difference; kun budget; kun forbrug; kun prognose) – Tab from cell to cell past the computed
// differences – and read back from the file. Also while the workbook changes underneath.
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { compareStored, describeTyping, gridCell, runProblems, settled, typeAlong, watchTyping, type Churn } from './typing';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.getByRole('tab', { name: 'Økonomi' }).click();
  await harness.page.getByRole('region', { name: 'Budget og forbrug' }).locator('.ag-row[row-id="line-1"]').first().waitFor();
  await watchTyping(harness.page);
});
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.current!.db;
const GRID = 'Budget og forbrug';

/** Someone else keeps changing the last line (Forløb) – its totals and column widths change too. */
const churn: Churn = (n) => ['budget.amounts.set', { cells: [{ lineId: 5, year: 2021, measure: n % 2 ? 'budget' : 'actual', value: 100_000 + n * 1_111 }] }];

type Measure = 'budget' | 'actual' | 'committed' | 'forecast';

/** The cells Tab visits from 2019 on, in each view (differences are computed and skipped). */
const VIEWS: Array<{ label: string; cells: Array<[year: number, measure: Measure]> }> = [
  { label: 'Alle kolonner', cells: [[2019, 'budget'], [2019, 'actual'], [2019, 'committed'], [2019, 'forecast'], [2020, 'budget']] },
  { label: 'Kun budget', cells: [[2019, 'budget'], [2020, 'budget'], [2021, 'budget'], [2022, 'budget']] },
  { label: 'Kun forbrug', cells: [[2019, 'actual'], [2020, 'actual'], [2021, 'actual'], [2022, 'actual']] },
  { label: 'Kun prognose', cells: [[2019, 'forecast'], [2020, 'forecast'], [2021, 'forecast'], [2022, 'forecast']] },
];

/** Each typed amount differs from every one before it, so nothing passes by being stored already. */
let serial = 0;

async function typeAmounts(view: (typeof VIEWS)[number], delay: number, n: number): Promise<string[]> {
  const { page } = harness;
  const lineId = 1 + (n % 4);
  const amounts = view.cells.map(([, measure]) => {
    serial += 1;
    // Budget in whole kroner, forbrug, disponeret and prognose with øre (stored as whole øre).
    return measure === 'budget' ? { text: String(1_000 + serial), stored: 1_000 + serial } : { text: `${200 + serial},${String(serial % 100).padStart(2, '0')}`, stored: (200 + serial) * 100 + (serial % 100) };
  });
  const [firstYear, firstMeasure] = view.cells[0]!;
  await gridCell(page, GRID, `line-${lineId}`, `y${firstYear}-${firstMeasure}`).click();
  await typeAlong(page, amounts.map((a) => a.text), { delay });
  const read = () =>
    view.cells.map(([year, measure]) => {
      const row = db()
        .prepare('SELECT budget, actual_ore AS actual, committed_ore AS committed, forecast_ore AS forecast FROM budget_amount WHERE line_id = ? AND year = ?')
        .get(lineId, year) as Record<Measure, number | null> | undefined;
      return row?.[measure] ?? null;
    });
  const expected = amounts.map((a) => a.stored);
  return runProblems(page, compareStored(`${view.label}, line ${lineId}`, await settled(read, expected), expected));
}

describeTyping(
  'Økonomi',
  () => harness,
  churn,
  VIEWS.map((view) => ({
    name: `${view.label}: amounts`,
    keys: 28,
    before: () => harness.page.getByRole('radio', { name: view.label }).click(),
    type: (delay: number, _tag: string, n: number) => typeAmounts(view, delay, n),
  })),
);
