// Issue 16 in Chromium through the real handlers: a goal linked to an initiative and an activity
// from the keyboard on the Program sheet, the approval date typed the Danish way, and a
// statusnotat with an Indstilling typed in Rapporter – each checked in the file.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readDocx } from '../support/docx-reader';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

const DOCUMENT_MADE = { timeout: 20_000 };
const HUMAN = { delay: 80 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function db() {
  return harness.session.current!.db;
}

function linksOfFirstGoal(): string[] {
  return (
    db()
      .prepare(
        `SELECT COALESCE('indsats ' || i.number, 'aktivitet ' || a.name) FROM goal_link l
         LEFT JOIN initiative i ON i.id = l.initiative_id LEFT JOIN activity a ON a.id = l.activity_id
         WHERE l.goal_id = (SELECT id FROM program_list_item WHERE list = 'goal' ORDER BY position LIMIT 1) ORDER BY l.id`,
      )
      .pluck()
      .all() as string[]
  );
}

describe('goals linked to initiatives and activities, and what the director receives', () => {
  it('links a goal from the keyboard at human speed and stores it in the file; Ctrl+Z takes it back', async () => {
    harness = await startHarness({ viewport: { width: 1400, height: 1000 } });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Program' }).click();
    const grid = page.locator('[aria-label="Mål"]');
    const cell = grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="links"]');
    await cell.waitFor();
    expect(await cell.textContent()).toBe('–');
    // Into the grid on the goal's text, → to its links, Enter opens the chooser.
    await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="text"]').click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('group', { name: 'Vælg indsatser og aktiviteter' });
    await chooser.waitFor();
    // Indsats 1 has focus: Space ticks it; ↓ twice to its second activity, Space; Tab saves.
    await page.keyboard.press('Space');
    await page.waitForTimeout(80);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(80);
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(80);
    expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toBe('Lektiecafé for børn og unge');
    await page.keyboard.press('Space');
    await page.screenshot({ path: screenshotPath('notat-goal-chooser.png') });
    await page.keyboard.press('Tab');
    await expect.poll(() => linksOfFirstGoal()).toEqual(['indsats 1', 'aktivitet Lektiecafé for børn og unge']);
    await expect.poll(() => cell.textContent()).toBe('Indsats 1; Lektiecafé for børn og unge');
    const [logged] = db().prepare('SELECT description FROM change_set ORDER BY id DESC LIMIT 1').pluck().all() as string[];
    expect(logged).toMatch(/^Ret indsatser og aktiviteter for målet «Skabe større social/);
    await page.screenshot({ path: screenshotPath('notat-goal-linked.png') });

    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => linksOfFirstGoal()).toEqual([]);
    await expect.poll(() => cell.textContent()).toBe('–');
  });

  it('takes the approval date typed dd.mm.åååå and stores it as a date', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Program' }).click();
    const field = page.getByLabel('Godkendelsesdato');
    await field.click();
    await page.keyboard.type('12.03.2019', HUMAN);
    await page.keyboard.press('Tab');
    await expect.poll(() => db().prepare('SELECT approved_on FROM program').pluck().get()).toBe('2019-03-12');
  });

  it('prints the Indstilling typed in Rapporter at the top of the statusnotat, with its author', async () => {
    harness = await startHarness();
    const { page } = harness;
    await page.getByRole('tab', { name: 'Rapporter' }).click();
    await page.getByRole('heading', { name: 'Rapporter', exact: true }).waitFor();
    await page.getByLabel('Periode fra').fill('01.07.2026');
    await page.getByLabel('Periode til').fill('30.09.2026');
    await page.getByLabel(/Indstilling til direktøren/).click();
    await page.keyboard.type('Det indstilles, at direktøren godkender lektiecaféens fortsættelse.', HUMAN);
    await page.screenshot({ path: screenshotPath('notat-reports-form.png') });
    const target = path.join(harness.dir, 'Statusnotat.docx');
    harness.dialogAnswers.push(target);
    await page.getByRole('button', { name: 'Generér' }).click();
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([target]);
    const doc = await readDocx(fs.readFileSync(target));
    expect(doc.headings.filter((h) => h.level <= 1).map((h) => h.text).slice(0, 3)).toEqual(['Statusnotat', 'Indstilling', '1. Sammenfatning']);
    expect(doc.text).toContain('Det indstilles, at direktøren godkender lektiecaféens fortsættelse.');
    expect(doc.tables[1]!.find((r) => r[0] === 'Udarbejdet af')).toEqual(['Udarbejdet af', 'Test Formand, formand']);
  });
});
