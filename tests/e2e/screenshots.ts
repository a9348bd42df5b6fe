// npm run screenshots: a PNG of every sheet of the default workbook, 1440×900, in screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { closeBrowser, startHarness, type Harness } from './harness';

const OUT = path.resolve(import.meta.dirname, '../../screenshots');

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const harness = await startHarness();
  const { page } = harness;
  try {
    await page.getByRole('tab').first().waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    for (const [index, label] of tabs.entries()) {
      await page.getByRole('tab', { name: label, exact: true }).click();
      await page.waitForTimeout(400);
      const file = path.join(OUT, `${String(index + 1).padStart(2, '0')}-${label.toLowerCase().replace(/[^a-zæøå0-9]+/g, '-')}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
    await budgetStates(harness);
    // The first-start dialog, as a new user sees it.
    const fresh = await startHarness({ user: null, workbook: 'none' });
    await fresh.page.getByRole('heading', { name: 'Velkommen til Arbejdsbogen' }).waitFor();
    await fresh.page.screenshot({ path: path.join(OUT, '00-foerste-start.png') });
    await fresh.close();
  } finally {
    await harness.close();
    await closeBrowser();
  }
}

/** Økonomi as it looks in use: spending entered, one year overspent, the salary check warning. */
async function budgetStates(harness: Harness) {
  const { page, dispatch } = harness;
  const cells = [
    { lineId: 1, year: 2019, measure: 'actual', value: 143_750 },
    { lineId: 1, year: 2020, measure: 'actual', value: 575_000 },
    { lineId: 1, year: 2021, measure: 'actual', value: 590_000 },
    { lineId: 1, year: 2022, measure: 'budget', value: 450_000 },
    { lineId: 2, year: 2019, measure: 'actual', value: 23_400 },
    { lineId: 3, year: 2019, measure: 'actual', value: 5_100 },
    { lineId: 3, year: 2020, measure: 'actual', value: 26_800 },
    { lineId: 4, year: 2020, measure: 'actual', value: 12_250 },
    { lineId: 5, year: 2019, measure: 'actual', value: 298_000 },
    { lineId: 5, year: 2020, measure: 'actual', value: 301_500 },
  ];
  const result = await dispatch('budget.amounts.set', { cells, source: 'paste' });
  if (!result.ok) throw new Error(result.error.message);
  await page.getByRole('tab', { name: 'Økonomi', exact: true }).click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(OUT, '03b-økonomi-i-brug.png') });
  await page.locator('.sheet').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, '03c-økonomi-kontrol-og-løn.png') });
  console.log(path.join(OUT, '03b-økonomi-i-brug.png'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
