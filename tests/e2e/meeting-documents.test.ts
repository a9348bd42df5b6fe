// Dagsorden and referat as Word from a meeting's page and from the Rapporter sheet, in Chromium
// on a demonstration workbook: the save dialog is answered, the file is read back.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/demo/generate-demo';
import { readDocx } from '../support/docx-reader';
import { closeBrowser, startHarness, type Harness } from './harness';

// A Word document is made in a worker thread that, run from the TypeScript source, first
// compiles the document code: allow for that on a busy machine.
const DOCUMENT_MADE = { timeout: 20_000 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function demoHarness(): Promise<Harness> {
  const h = await startHarness({ user: { name: 'Lene Bach Andersen', role: 'Formand' } });
  generateDemo(h.session.requireWorkbook(), 'Test', 1);
  await h.reload();
  return h;
}

/** The accepted items of the stored meeting on that date, as the documents number them. */
function storedHeadings(h: Harness, date: string): string[] {
  const titles = h.session
    .requireWorkbook()
    .db.prepare(
      `SELECT i.title FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE m.date = ? AND i.proposal_state = 'accepteret' ORDER BY i.position, i.id`,
    )
    .pluck()
    .all(date) as string[];
  return titles.map((t, i) => `${i + 1}. ${t}`);
}

describe('Word documents from a meeting’s page', () => {
  it('saves and opens the dagsorden and the referat of the meeting shown', async () => {
    harness = await demoHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.locator('.ag-row').filter({ hasText: 'onsdag den 8. juni 2022' }).first().click();
    await expect.poll(() => page.locator('.meeting-head h2').textContent()).toContain('onsdag den 8. juni 2022');

    const agendaPath = path.join(harness.dir, 'Dagsorden fra mødesiden.docx');
    harness.dialogAnswers.push(agendaPath);
    await page.getByRole('button', { name: 'Dagsorden (Word)' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([agendaPath]);
    await expect.poll(() => page.getByText('Dagsorden fra mødesiden.docx er gemt og åbnet').count()).toBe(1);
    const agenda = await readDocx(fs.readFileSync(agendaPath));
    expect(agenda.tables[1]![0]).toEqual(['Dato', 'onsdag den 8. juni 2022']);
    expect(agenda.headings.map((h) => h.text)).toEqual(['Dagsorden', 'Punkter', ...storedHeadings(harness, '2022-06-08')]);

    const minutesPath = path.join(harness.dir, 'Referat fra mødesiden.docx');
    harness.dialogAnswers.push(minutesPath);
    await page.getByRole('button', { name: 'Referat (Word)' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([agendaPath, minutesPath]);
    const minutes = await readDocx(fs.readFileSync(minutesPath));
    expect(minutes.headings.map((h) => h.text)).toEqual(['Referat', ...storedHeadings(harness, '2022-06-08'), 'Handlinger']);
    expect(minutes.paragraphs.filter((p) => p.style === 'Beslutning').length).toBeGreaterThan(0);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    harness = await demoHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    harness.dialogAnswers.push(null);
    await page.getByRole('button', { name: 'Referat (Word)' }).click();
    await expect.poll(() => page.getByText('Intet gemt').count()).toBe(1);
    expect(harness.openedPaths).toEqual([]);
  });
});

describe('Rapporter sheet with the workbook’s meetings', () => {
  it('lists the meetings newest first and makes the dagsorden of the one chosen', async () => {
    harness = await demoHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('radio', { name: /Dagsorden/ }).check();
    const select = page.getByRole('combobox', { name: /^Møde/ });
    await expect.poll(() => select.locator('option').count()).toBe(27);
    const labels = await select.locator('option').allTextContents();
    expect(labels[0]).toBe('onsdag den 31. august 2022 kl. 14.00 – planlagt');
    expect(labels.at(-1)).toMatch(/^onsdag den 4\. september 2019 kl\. \d\d\.00 – referat godkendt$/);
    await select.selectOption({ label: labels.find((l) => l.startsWith('onsdag den 8. juni 2022'))! });

    const target = path.join(harness.dir, 'Dagsorden fra Rapporter.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.tables[1]![0]).toEqual(['Dato', 'onsdag den 8. juni 2022']);
    expect(doc.headings.slice(2).map((h) => h.text)).toEqual(storedHeadings(harness, '2022-06-08'));
  });
});
