// A demonstration workbook (`npm run cli -- demo`) for npm run screenshots (see screenshots.ts):
// Møder with an agenda, a proposal, a revised agenda and minutes; Handlinger og beslutninger;
// Rapporter; and the demo's Indsatser, Plan and Økonomi.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHarness } from './harness';
import type { Shoot, Size } from './screenshot-states';

export async function demoScreenshots(size: Size, shoot: Shoot) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-demo-'));
  const file = path.join(dir, 'Demonstration.arbejdsbog');
  execFileSync('npx', ['tsx', path.resolve(import.meta.dirname, '../../electron/cli.ts'), 'demo', file], { stdio: 'ignore' });
  const demo = await startHarness({ workbookPath: file, user: { name: 'Lene Bach Andersen', role: 'Formand' }, viewport: size });
  const { page, dispatch } = demo;
  try {
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.locator('.agenda-row').first().waitFor();
    await shoot(page, '20-moeder-liste.png');
    // The coming meeting's agenda, with an item chosen and the innovator's proposal waiting.
    await page.locator('.agenda-row').nth(3).click();
    await shoot(page, '21-moeder-dagsorden.png');
    await page.locator('.agenda-row.proposed').click();
    await shoot(page, '22-moeder-forslag.png');
    // The same agenda sent, then changed: an item edited, one added, the marks in the list.
    const selected = await page.locator('.agenda-row').nth(3).getAttribute('data-item-id');
    const ok = async (channel: string, input: unknown) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: number; meetingId: number };
    };
    const item = await ok('meetings.items.update', { id: Number(selected), patch: { minutes: 35 } });
    await ok('meetings.setStatus', { id: item.meetingId, status: 'dagsorden udsendt' });
    await ok('meetings.items.update', { id: item.id, patch: { minutes: 40 } });
    await ok('meetings.items.add', { meetingId: item.meetingId, title: 'Henvendelse fra boligforeningen om fællesarealer', minutes: 15 });
    await page.locator('.agenda-row', { hasText: 'Henvendelse fra boligforeningen' }).click();
    await shoot(page, '22b-moeder-revideret-dagsorden.png');
    // The revised agenda sent: the e-mail and invitation written (the harness opens nothing), and
    // a guest without an e-mail address named.
    await ok('meetings.participants.add', { meetingId: item.meetingId, name: 'Åse Østergaard', role: 'Gæst fra boligsocialt team' });
    await page.getByRole('button', { name: 'Send dagsorden' }).click();
    await page.locator('.sent-notice').waitFor({ timeout: 30_000 });
    await shoot(page, '22c-moeder-send-dagsorden.png');
    await page.locator('.sent-notice').getByRole('button', { name: 'Luk' }).click();
    // The last held meeting's minutes: the follow-up item with the actions carried over, then an item.
    await page.locator('.meeting-list-card .ag-row').nth(1).click();
    await page.getByRole('button', { name: 'Referat', exact: true }).waitFor();
    await page.locator('.agenda-row').nth(1).click();
    await shoot(page, '23-moeder-referat-opfoelgning.png');
    await page.locator('.agenda-row').filter({ hasText: /\d handling/ }).first().click();
    await shoot(page, '24-moeder-referat.png');
    await page.getByRole('tab', { name: 'Handlinger og beslutninger' }).click();
    await page.locator('.actions-sheet .ag-row').first().waitFor();
    await shoot(page, '25-handlinger-og-beslutninger.png');
    await page.getByRole('button', { name: /^Alle/ }).click();
    await page.getByLabel('Søg').fill('lektiecafé');
    // Let the grids finish animating the filtered rows into place.
    await page.waitForTimeout(800);
    await shoot(page, '26-handlinger-soegning.png');
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('radio', { name: /Dagsorden/ }).check();
    await page.getByRole('combobox', { name: /^Møde/ }).waitFor();
    await shoot(page, '27-rapporter-dagsorden.png');
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    const overview = page.getByRole('heading', { name: /^Overblik og aktiviteter/ });
    await overview.waitFor();
    await shoot(page, '28-demo-indsatser.png');
    await overview.scrollIntoViewIfNeeded();
    await shoot(page, '28b-demo-indsatser-aktiviteter.png');
    await page.getByRole('tab', { name: 'Plan', exact: true }).click();
    await page.locator('.phase-body').first().waitFor();
    await shoot(page, '29-demo-plan.png');
    await page.getByRole('tab', { name: 'Økonomi', exact: true }).click();
    await page.locator('.ag-row').first().waitFor();
    await shoot(page, '30-demo-oekonomi.png');
  } finally {
    await demo.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
