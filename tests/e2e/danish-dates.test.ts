import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import { closeBrowser, startHarness, type Harness } from './harness';
import { retypeField } from './typing';
import { screenshotPath } from './screenshot-path';

// A Word document is made in a worker thread that, run from the TypeScript source, first
// compiles the document code: allow for that on a busy machine.
const DOCUMENT_MADE = { timeout: 20_000 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function openReports(page: Page) {
  await page.getByRole('tab', { name: 'Rapporter' }).click();
  await page.getByRole('heading', { name: 'Rapporter', exact: true }).waitFor();
}

describe('the statusnotat period typed the Danish way', () => {
  it('reads 01102026 and 31.12.2026 day first and writes 1. oktober 2026 – 31. december 2026 into the notat', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(page);
    await retypeField(page, 'Periode fra', '01102026');
    await retypeField(page, 'Periode til', '31.12.2026');
    await expect.poll(() => page.getByLabel('Periode fra', { exact: true }).inputValue()).toBe('01.10.2026');
    await expect.poll(() => page.getByLabel('Periode til', { exact: true }).inputValue()).toBe('31.12.2026');
    await expect.poll(() => page.locator('.report-period-text').textContent()).toBe('1. oktober 2026 – 31. december 2026. ');
    await page.screenshot({ path: screenshotPath('arbejdsbogen-rapporter.png') });

    const target = path.join(harness.dir, 'Statusnotat oktober.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.tables[1]![0]).toEqual(['Periode', '1. oktober 2026 – 31. december 2026']);
  });

  it('says beside the field why 31.02.2026 and NaN are no dates, and holds back Generér until they are mended', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(page);
    const generate = page.getByRole('button', { name: 'Generér' });
    const fromField = page.locator('.report-dates .field').filter({ hasText: 'Periode fra' });

    await retypeField(page, 'Periode fra', '31.02.2026');
    await expect.poll(() => fromField.locator('.field-problem').textContent()).toBe('31.02.2026 findes ikke: februar 2026 har 28 dage');
    expect(await generate.isDisabled()).toBe(true);
    expect(await page.getByLabel('Periode fra', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.report-period-text').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('arbejdsbogen-rapporter-fejl.png') });

    await retypeField(page, 'Periode fra', 'NaN');
    await expect.poll(() => fromField.locator('.field-problem').textContent()).toBe('Skriv datoen som dd.mm.åååå, fx 01.10.2026');
    expect(await generate.isDisabled()).toBe(true);

    await retypeField(page, 'Periode fra', '1.7.2026');
    await retypeField(page, 'Periode til', '30092026');
    await expect.poll(() => fromField.locator('.field-problem').count()).toBe(0);
    await expect.poll(() => generate.isDisabled()).toBe(false);
    await expect.poll(() => page.locator('.report-period-text').textContent()).toBe('1. juli 2026 – 30. september 2026. ');
  });

  it('refuses a period whose end comes before its start', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openReports(page);
    await retypeField(page, 'Periode fra', '01102026');
    await retypeField(page, 'Periode til', '01092026');
    await expect.poll(() => page.locator('.report-problem').textContent()).toBe(' Perioden kan ikke slutte, før den begynder.');
    expect(await page.getByRole('button', { name: 'Generér' }).isDisabled()).toBe(true);
  });
});

describe('dates in the Indsatser grids typed the Danish way', () => {
  it('reads 01102026 in an activity’s start cell as 1 October, and refuses 31.02.2026 in Danish, keeping the date', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Indsatser' }).click();
    const db = harness.session.current!.db;
    const id = db.prepare("SELECT id FROM activity WHERE name = 'Babybibliotek'").pluck().get() as number;
    const start = page.locator(`.activities-card .ag-row[row-id="${id}"] .ag-cell[col-id="startDate"]`);
    await start.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('01102026', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => db.prepare('SELECT start_date FROM activity WHERE id = ?').pluck().get(id)).toBe('2026-10-01');
    await expect.poll(() => start.textContent()).toBe('01.10.2026');

    await start.dblclick();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31.02.2026', { delay: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Start: 31.02.2026 findes ikke: februar 2026 har 28 dage');
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(db.prepare('SELECT start_date FROM activity WHERE id = ?').pluck().get(id)).toBe('2026-10-01');
  });
});
