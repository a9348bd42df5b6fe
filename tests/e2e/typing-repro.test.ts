import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

describe('repro', () => {
  for (const delay of [30, 150]) it(`members typed with Tab at ${delay}`, async () => {
    harness = await startHarness();
    const page = harness.page;
    const grid = page.getByRole('region', { name: 'Styregruppens medlemmer' });
    const rows = [1,2,3,4].map((n) => [`Anna Jensen ${n}`, `Direktør ${n}`, 'Gladsaxe Kommune', `aj${n}@gladsaxe.dk`]);
    for (const r of rows) {
      await page.getByRole('button', { name: '+ Tilføj medlem' }).click();
      await page.waitForTimeout(300);
      await grid.locator('.ag-cell[col-id="name"]').last().dblclick();
      for (let i = 0; i < r.length; i++) {
        await page.keyboard.type(r[i]!, { delay });
        await page.keyboard.press(i === r.length - 1 ? 'Enter' : 'Tab');
      }
    }
    await page.waitForTimeout(800);
    const stored = harness.session.current!.db.prepare('SELECT name, role, organisation, email FROM member ORDER BY id DESC LIMIT 4').all();
    expect(stored.reverse()).toEqual(rows.map(([name, role, organisation, email]) => ({ name, role, organisation, email })));
  });
  for (const delay of [30, 150]) it(`budget kun forbrug at ${delay}`, async () => {
    harness = await startHarness();
    const page = harness.page;
    await page.getByRole('tab', { name: 'Økonomi' }).click();
    await page.getByRole('radio', { name: 'Kun forbrug' }).click();
    await page.locator('.ag-row[row-id="line-1"] .ag-cell[col-id="y2019-actual"]').dblclick();
    const values = ['11111', '22222', '33333', '44444'];
    for (let i = 0; i < values.length; i++) {
      await page.keyboard.type(values[i]!, { delay });
      await page.keyboard.press(i === values.length - 1 ? 'Enter' : 'Tab');
    }
    await page.waitForTimeout(800);
    const stored = harness.session.current!.db.prepare('SELECT year, actual_ore AS actual FROM budget_amount WHERE line_id = 1 ORDER BY year').all();
    expect(stored).toEqual([2019, 2020, 2021, 2022].map((year, i) => ({ year, actual: Number(values[i]) * 100 })));
  });
});
