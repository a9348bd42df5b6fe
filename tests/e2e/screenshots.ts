// npm run screenshots: a PNG of every sheet of the default workbook, 1440×900, in screenshots/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { closeBrowser, startHarness } from './harness';

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
    // The first-start dialog, as a new user sees it.
    const fresh = await startHarness({ user: null, workbook: 'none' });
    await fresh.page.getByRole('heading', { name: 'Velkommen til Arbejdsbogen' }).waitFor();
    await fresh.page.screenshot({ path: path.join(OUT, '00-foerste-start.png') });
    await fresh.close();
    await meetingScreenshots();
  } finally {
    await harness.close();
    await closeBrowser();
  }
}

/** Møder and Handlinger og beslutninger on a demonstration workbook: list, agenda, minutes, actions. */
async function meetingScreenshots() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-demo-'));
  const file = path.join(dir, 'Demonstration.arbejdsbog');
  execFileSync('npx', ['tsx', path.resolve(import.meta.dirname, '../../electron/cli.ts'), 'demo', file], { stdio: 'ignore' });
  const demo = await startHarness({ workbookPath: file, user: { name: 'Lene Bach Andersen', role: 'Formand' } });
  const { page } = demo;
  const shoot = async (name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(OUT, name) });
    console.log(path.join(OUT, name));
  };
  const showMeetingBody = (p: Page) => p.locator('.meeting-head').evaluate((e) => e.scrollIntoView());
  try {
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.locator('.agenda-row').first().waitFor();
    await shoot('20-moeder-liste.png');
    // The coming meeting's agenda, with an item chosen and the innovator's proposal waiting.
    await page.locator('.agenda-row').nth(3).click();
    await showMeetingBody(page);
    await shoot('21-moeder-dagsorden.png');
    await page.locator('.agenda-row.proposed').click();
    await showMeetingBody(page);
    await shoot('22-moeder-forslag.png');
    // The last held meeting's minutes: the follow-up item with the actions carried over, then an item.
    await page.locator('.meeting-list-card .ag-row').nth(1).click();
    await page.getByRole('button', { name: 'Referat', exact: true }).waitFor();
    await page.locator('.agenda-row').nth(1).click();
    await showMeetingBody(page);
    await shoot('23-moeder-referat-opfoelgning.png');
    await page.locator('.agenda-row').filter({ hasText: /\d handling/ }).first().click();
    await showMeetingBody(page);
    await shoot('24-moeder-referat.png');
    await page.getByRole('tab', { name: 'Handlinger og beslutninger' }).click();
    await page.locator('.actions-sheet .ag-row').first().waitFor();
    await shoot('25-handlinger-og-beslutninger.png');
    await page.getByRole('button', { name: /^Alle/ }).click();
    await page.getByLabel('Søg').fill('lektiecafé');
    // Let the grids finish animating the filtered rows into place.
    await page.waitForTimeout(1200);
    await shoot('26-handlinger-soegning.png');
  } finally {
    await demo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
