// Rapporter → Evaluering in Chromium on a demonstration workbook, by keyboard at human speed:
// choose Evaluering and Slutevaluering with the arrow keys, type the period in the app's
// dd.mm.åååå fields, generate, and read back the Word file the app saved.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { readDocx } from '../support/docx-reader';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

// The worker compiles the document code on first use: allow for that on a busy machine.
const DOCUMENT_MADE = { timeout: 30_000 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

describe('Rapporter → Evaluering', () => {
  it('makes a slutevaluering for the period typed, with the period’s learning, saved where the user chooses', async () => {
    harness = await startHarness({ prepare: async (_dispatch, session) => void generateDemo(session.requireWorkbook(), 'Test', 1) });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('heading', { name: 'Rapporter', exact: true }).waitFor();

    // The kinds are one radio group: from Statusnotat, ↓ goes to Evaluering.
    await page.getByRole('radio', { name: /Statusnotat/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByRole('radio', { name: /Evaluering/ }).first().isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Evaluering', exact: true }).waitFor();
    await expect.poll(() => page.getByRole('radio', { name: 'Midtvejsevaluering', exact: true }).isChecked()).toBe(true);
    // The programme period is suggested (2019 K2 – 2022 K4, over by now).
    await expect.poll(() => page.getByLabel('Periode fra').inputValue()).toBe('01.04.2019');
    await expect.poll(() => page.getByLabel('Periode til').inputValue()).toBe('31.12.2022');

    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('midtvejs');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('radio', { name: 'Slutevaluering', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('01.01.2021', { delay: 80 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('31.12.2021', { delay: 80 });
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('.report-period-text').textContent()).toBe('1. januar 2021 – 31. december 2021. ');
    await page.screenshot({ path: screenshotPath('eval-rapporter-evaluering.png'), fullPage: true });

    const target = path.join(harness.dir, 'Slutevaluering 2021.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    await expect.poll(() => page.getByText('Slutevaluering 2021.docx er gemt og åbnet').count()).toBe(1);

    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.headings[0]!.text).toBe('Slutevaluering');
    const facts = Object.fromEntries(doc.tables.find((t) => t[0]?.[0] === 'Evaluering')!.map((r) => [r[0], r[1]]));
    expect(facts).toMatchObject({ Evaluering: 'Slutevaluering', Periode: '1. januar 2021 – 31. december 2021', Forfatter: 'Test Formand (Formand)' });
    const learnt = harness.session.requireWorkbook().db.prepare('SELECT date, learnt FROM follow_up ORDER BY date').all() as Array<{ date: string; learnt: string }>;
    for (const f of learnt) {
      if (f.date >= '2021-01-01' && f.date <= '2021-12-31') expect(doc.text).toContain(f.learnt);
      else expect(doc.text).not.toContain(f.learnt);
    }
  });

  it('will not generate while the period ends before it begins', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('radio', { name: /Evaluering/ }).first().check();
    await page.getByLabel('Periode fra').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('01.10.2022', { delay: 80 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('01.09.2022', { delay: 80 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Perioden kan ikke slutte, før den begynder').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Generér' }).isDisabled()).toBe(true);
  });
});
