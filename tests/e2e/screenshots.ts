// npm run screenshots: a PNG of every sheet of the default workbook, 1440×900, in screenshots/.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
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
    await planAndActivityStates();
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
  await page.screenshot({ path: path.join(OUT, '04b-økonomi-i-brug.png') });
  await page.locator('.sheet').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, '04c-økonomi-kontrol-og-løn.png') });
  console.log(path.join(OUT, '04b-økonomi-i-brug.png'));
}

/**
 * The Plan sheet with a phase chosen, the same plan after the period is shortened (phases
 * outside it kept and flagged), and initiative 1 with activities, partners and a follow-up.
 */
async function planAndActivityStates() {
  const tall = await startHarness({ viewport: { width: 1440, height: 1500 } });
  const { page, dispatch } = tall;
  try {
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-body').first().waitFor();
    await page.locator('.phase-body', { hasText: 'Implementering af aktiviteter' }).first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, '03b-plan-valgt-fase.png') });

    // Examples of what the innovator records, entered through the same API as the sheet.
    const ok = async (channel: string, input: unknown) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: number };
    };
    const club = await ok('partners.add', { name: 'Mørkhøj Boldklub', kind: 'forening' });
    await ok('activities.update', { id: 2, patch: { status: 'i gang', startDate: '2020-02-03', participants: 18, localOwner: 'Frivillige lektiehjælpere' } });
    await ok('activities.setPartners', { id: 2, partnerIds: [1] });
    await ok('activities.update', { id: 1, patch: { status: 'planlagt', startDate: '2020-09-10' } });
    await ok('activities.setPartners', { id: 1, partnerIds: [1, club.id] });
    await ok('followUps.add', { initiativeId: 1, date: '2020-11-12', form: 'fokusgruppe', withWhom: 'Forældre fra lektiecaféen', learnt: 'Tidspunktet passer ikke familier med små børn; ønske om fællesspisning bagefter' });
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    await page.getByRole('heading', { name: /^Overblik og aktiviteter/ }).waitFor();
    await page.waitForTimeout(400);
    await page.getByRole('heading', { name: /^Overblik og aktiviteter/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(OUT, '02b-indsatser-aktiviteter.png') });

    await ok('program.update', { patch: { periodEnd: '2021-K4' } });
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-outside').first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, '03c-plan-kortere-periode.png') });
  } finally {
    await tall.close();
  }
}

/** A demonstration workbook: Møder, Handlinger og beslutninger, then Indsatser and Plan as the demo fills them. */
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
    // Rapporter with the workbook's meetings to choose from.
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('radio', { name: /Dagsorden/ }).check();
    await page.getByRole('combobox', { name: /^Møde/ }).waitFor();
    await shoot('27-rapporter-dagsorden.png');
    // The demonstration's initiatives and plan: activities with partners and follow-ups, phase statuses.
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    await page.getByRole('heading', { name: /^Overblik og aktiviteter/ }).waitFor();
    await page.waitForTimeout(400);
    await page.getByRole('heading', { name: /^Overblik og aktiviteter/ }).scrollIntoViewIfNeeded();
    await shoot('28-demo-indsatser-aktiviteter.png');
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-body').first().waitFor();
    await shoot('29-demo-plan.png');
  } finally {
    await demo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
