import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import { closeBrowser, startHarness, type Harness } from './harness';

// A Word document is made in a worker thread that, run from the TypeScript source, first
// compiles the document code: allow for that on a busy machine.
const DOCUMENT_MADE = { timeout: 20_000 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function openReports(h: Harness) {
  await h.page.getByRole('tab', { name: 'Rapporter' }).click();
  await h.page.getByRole('heading', { name: 'Rapporter', exact: true }).waitFor();
}

describe('Rapporter sheet in Chromium, on a real workbook', () => {
  it('generates the programme document, saves it where the user chooses and opens it', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(harness);
    await page.getByRole('radio', { name: /Programdokument/ }).check();
    const target = path.join(harness.dir, 'Programdokument fra testen.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    await expect.poll(() => page.getByText('Programdokument fra testen.docx er gemt og åbnet').count()).toBe(1);
    await expect.poll(() => page.locator('.report-latest').textContent()).toContain('Programdokument fra testen.docx');
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.headings.map((h) => h.text)).toContain('Programansvar');
  });

  it('makes a statusnotat for the chosen period with the user’s own summary', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(harness);
    await expect.poll(() => page.getByRole('radio', { name: /Statusnotat/ }).isChecked()).toBe(true);
    await page.getByLabel('Periode fra').fill('01.07.2026');
    await page.getByLabel('Periode til').fill('30.09.2026');
    await page.getByLabel(/Sammenfatning/).fill('Et kvartal med god fremdrift i lektiecaféen.');
    const target = path.join(harness.dir, 'Statusnotat.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.tables[1]![0]).toEqual(['Periode', '1. juli 2026 – 30. september 2026']);
    expect(doc.text).toContain('Et kvartal med god fremdrift i lektiecaféen.');
  });

  it('refuses a period that ends before it begins, and saves nothing when the dialog is cancelled', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(harness);
    await page.getByLabel('Periode fra').fill('01.10.2026');
    await page.getByLabel('Periode til').fill('01.09.2026');
    await page.getByLabel('Periode til').press('Enter');
    await expect.poll(() => page.getByText('Perioden kan ikke slutte, før den begynder').count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Generér' }).isDisabled()).toBe(true);
    await page.getByLabel('Periode til').fill('01.11.2026');
    await page.getByLabel('Periode til').press('Enter');
    harness.dialogAnswers.push(null);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => page.getByText('Intet gemt').count()).toBe(1);
    expect(harness.openedPaths).toEqual([]);
  });

  it('explains that a dagsorden needs a meeting while the workbook has none', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(harness);
    await page.getByRole('radio', { name: /Dagsorden/ }).check();
    await expect.poll(() => page.getByText('Der er ingen møder i arbejdsbogen endnu.', { exact: false }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Generér' }).isDisabled()).toBe(true);
  });
});
