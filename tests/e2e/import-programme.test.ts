// Filer → Ny arbejdsbog fra programdokument… in the built renderer, through the real handlers: the
// document the file chooser gives is previewed – what was found, what could not be placed, the
// warnings – and only "Opret arbejdsbog…" and the save dialog create the workbook, which opens.
import fs from 'node:fs';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BudgetSheet } from '../../shared/domain/budget';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/programme-documents');
const SMALL_SCREEN = { width: 1280, height: 720 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function openImport(h: Harness, document: string | null) {
  // The menu's command reaches only a window that is listening: wait until the workbook is shown.
  await h.page.locator('.workbook-header .file-name').waitFor();
  h.dialogAnswers.push(document);
  h.session.emit('menu.command', { command: 'importProgramme' });
  return h.page.getByRole('dialog', { name: 'Ny arbejdsbog fra programdokument' });
}

/** A fresh window at 1280×720 with the preview of a fixture open; before: the workbook open until now. */
async function previewOf(fixture: string) {
  harness = await startHarness({ viewport: SMALL_SCREEN });
  const before = harness.workbookPath;
  const dialog = await openImport(harness, path.join(FIXTURES, fixture));
  const content = dialog.getByRole('region', { name: 'Det fundne' });
  await content.waitFor();
  return { page: harness.page, before, dialog, content };
}

const focusedText = (h: Harness) => h.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');

/** »Opret arbejdsbog…« by keyboard, the save dialog answering Dokumenter/<fileName>: the new workbook is created and opened. */
async function createWorkbook(dialog: Locator, fileName: string) {
  const target = path.join(harness.dir, 'Dokumenter', fileName);
  harness.dialogAnswers.push(target);
  await dialog.getByRole('button', { name: 'Opret arbejdsbog…' }).focus();
  await harness.page.keyboard.press('Enter');
  await expect.poll(() => dialog.count()).toBe(0);
  expect(harness.workbookPath).toBe(target);
  await expect.poll(() => harness.page.locator('.workbook-header .file-name').textContent()).toBe(fileName);
  return (await harness.dispatch('budget.get', {})) as { ok: true; value: BudgetSheet };
}

/** The open workbook's budget as stored: "group / cost type: 2019 2020 2021 2022" ('–' for no amount). */
const storedLines = (sheet: { value: BudgetSheet }) =>
  sheet.value.data.groups.flatMap((g) => g.lines.map((l) => `${g.title} / ${l.costType}: ${[2019, 2020, 2021, 2022].map((y) => l.amounts[y]?.budget ?? '–').join(' ')}`));

describe('Ny arbejdsbog fra programdokument', () => {
  it('previews the text copy – facts, initiatives, plan, budget with totals – and creates the workbook where the user saves it', async () => {
    const { page, before, dialog, content } = await previewOf('programdokument.txt');
    await expect.poll(() => focusedText(harness)).toBe('Det fundne');
    expect(await dialog.textContent()).toContain('Fundet i programdokument.txt');
    expect(await content.getByRole('status').textContent()).toBe('Alt i dokumentet er placeret, og budgettets totaler stemmer.');
    expect(await content.locator('.import-attention').count()).toBe(0);
    expect(await content.locator('.import-facts').textContent()).toContain('Periode2019 K2 – 2022 K4');
    expect(await content.getByRole('article').allTextContents()).toHaveLength(3);
    expect(await content.getByRole('article', { name: 'Indsats 3' }).locator('h4').first().textContent()).toBe('Indsats 3: Det gode forældresamarbejde');
    const plan = content.getByRole('table', { name: 'Programplan' });
    expect(await plan.locator('thead tr').nth(0).textContent()).toBe('Indsats2019202020212022');
    expect(await plan.locator('thead tr').nth(1).locator('th').count()).toBe(15);
    // The plan fits without scrolling sideways, so the findings are one Tab stop.
    expect(await plan.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
    expect(await plan.locator('.import-phase').count()).toBe(10);
    const budget = content.getByRole('table', { name: 'Budget' });
    expect(await budget.locator('tr.import-budget-total').textContent()).toBe('I alt477.500930.000630.000472.5002.510.000');
    expect(await budget.locator('tr.import-budget-group').allTextContents()).toHaveLength(2);
    // The dialog fits the small screen: its buttons are in view, the findings scroll inside.
    const box = await dialog.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(SMALL_SCREEN.height);
    expect(await content.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.screenshot({ path: screenshotPath('importui-tekst-1280.png') });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await page.screenshot({ path: screenshotPath('importui-tekst-1280-rullet.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await content.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.screenshot({ path: screenshotPath('importui-tekst-1920.png') });

    // Tab goes from the findings to Annullér, then to Opret arbejdsbog…; a cancelled save creates nothing.
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(harness)).toBe('Annullér');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedText(harness)).toBe('Opret arbejdsbog…');
    harness.dialogAnswers.push(null);
    await page.keyboard.press('Enter');
    await expect.poll(() => harness.dialogAnswers.length).toBe(0);
    expect(await dialog.count()).toBe(1);
    expect(harness.workbookPath).toBe(before);

    const sheet = await createWorkbook(dialog, 'Mørkhøj importeret.arbejdsbog');
    const lines = storedLines(sheet);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/ \/ Løn: 143750 575000 575000 431250$/);
    const total = sheet.value.data.groups.flatMap((g) => g.lines).reduce((sum, l) => sum + Object.values(l.amounts).reduce((s, a) => s + (a.budget ?? 0), 0), 0);
    expect(total).toBe(2_510_000);
  });

  it('shows the PDF extract\'s unplaced plan and its warning first, its budget read without columns; Escape cancels and creates nothing', async () => {
    const { page, before, dialog, content } = await previewOf('programdokument-pdf-udtraek.txt');
    const attention = content.locator('.import-attention h3');
    expect(await attention.allTextContents()).toEqual(['Advarsler (1)', 'Ikke placeret – tilføj selv efter oprettelsen (1)']);
    expect(await content.locator('.import-where').allTextContents()).toEqual(['Programplan, tabel uden kolonner']);
    expect(await content.locator('.import-unplaced-text').first().textContent()).toContain('Implementering af aktiviteter');
    const budget = content.getByRole('table', { name: 'Budget' });
    expect(await budget.locator('tr.import-budget-total').textContent()).toBe('I alt477.500930.000630.000472.5002.510.000');
    expect(await content.textContent()).not.toContain('Ingen budgettabel fundet');
    await page.screenshot({ path: screenshotPath('importui-pdf-udtraek-1280.png') });
    await budget.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('cl-pdf-udtraek-budget.png') });

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(harness.workbookPath).toBe(before);
    expect(fs.readdirSync(path.join(harness.dir, 'Dokumenter')).filter((f) => f.endsWith('.arbejdsbog'))).toEqual([path.basename(before)]);
  });

  it('creates the workbook from the PDF extract with every amount of its budget table in its year', async () => {
    const { dialog } = await previewOf('programdokument-pdf-udtraek.txt');
    expect(storedLines(await createWorkbook(dialog, 'Fra PDF.arbejdsbog'))).toEqual([
      'Indsats 1 og 2 – social innovator / Løn: 143750 575000 575000 431250',
      'Indsats 1 og 2 – social innovator / Etableringsomkostninger: 20000 0 0 0',
      'Indsats 1 og 2 – social innovator / Driftudgifter, herunder telefon, uddannelse mv.: 6250 25000 25000 18750',
      'Indsats 1 og 2 – social innovator / Aktivitetsudgifter: 7500 30000 30000 22500',
      'Indsats 3 – Det gode forældresamarbejde / Det gode forældresamarbejde: 300000 300000 – –',
    ]);
  });

  it('says in Danish why a document cannot be read, creates nothing, and lets the user choose another', async () => {
    harness = await startHarness({ viewport: SMALL_SCREEN });
    const { page } = harness;
    const broken = path.join(harness.dir, 'beskadiget.docx');
    fs.writeFileSync(broken, 'PK\u0003\u0004 ikke et rigtigt Word-dokument');
    const dialog = await openImport(harness, broken);
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Filen »beskadiget.docx« kan ikke læses. Word-dokumentet er beskadiget: det kan ikke pakkes ud');
    expect(await dialog.textContent()).toContain('Der er ikke oprettet nogen arbejdsbog.');
    await expect.poll(() => focusedText(harness)).toBe('Luk');
    await page.screenshot({ path: screenshotPath('importui-afvist-1280.png') });
    harness.dialogAnswers.push(path.join(FIXTURES, 'programdokument.txt'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.getByRole('region', { name: 'Det fundne' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
