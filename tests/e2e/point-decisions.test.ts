// A decision for every "at" in Chromium on a real workbook: the secretary writes the minutes of a
// held meeting with the keyboard at a person's speed – an outcome per point picked in its drop-down
// (type-ahead and arrow keys), the decision's text typed key by key, a dissent added – and the
// workbook holds exactly that.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dispatch } from '../../electron/app/dispatcher';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const SHOTS = process.env.DECISION_SHOTS;

function db() {
  return harness.session.current!.db;
}

async function callWith(dispatch: Dispatch, channel: string, input: unknown): Promise<{ id: number }> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as { id: number };
}

function storedDecisions(itemId: number) {
  return db().prepare('SELECT point_index AS pointIndex, outcome, text FROM point_decision WHERE item_id = ? ORDER BY point_index').all(itemId);
}

async function typeSlowly(page: Page, text: string) {
  await page.keyboard.type(text, { delay: 60 });
}

describe('a decision for every "at" in the minutes editor', () => {
  it('sets the outcome and text of each point and a dissent with the keyboard, and the workbook holds them', async () => {
    let itemId = 0;
    let infoId = 0;
    harness = await startHarness({
      // The chair plans and holds the meeting; the secretary writes the minutes.
      user: { name: 'Lene Bach Andersen', role: 'Formand' },
      prepare: async (dispatch, session) => {
        const call = (channel: string, input: unknown) => callWith(dispatch, channel, input);
        const meeting = await call('meetings.add', { date: '2026-12-02' });
        itemId = (await call('meetings.items.add', { meetingId: meeting.id, title: 'Lektiecaféen i 2027', type: 'Beslutning' })).id;
        await call('meetings.items.update', {
          id: itemId,
          patch: { recommendation: ['at åbningstiden flyttes til torsdag', 'at budgettet forhøjes med 20.000 kr.', 'at der evalueres efter et halvt år'] },
        });
        infoId = (await call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne', type: 'Orientering' })).id;
        await call('meetings.items.update', { id: infoId, patch: { recommendation: ['at styregruppen tager status til efterretning'] } });
        await call('meetings.setStatus', { id: meeting.id, status: 'afholdt' });
        session.settings.setUser({ name: 'Ole Sekretær', role: 'Sekretariat' });
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    // Held: the minutes are shown.
    await expect.poll(() => page.getByRole('button', { name: 'Referat', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.locator('.agenda-row', { has: page.locator('.agenda-title', { hasText: 'Lektiecaféen i 2027' }) }).click();

    const outcome = (n: number) => page.getByLabel(`Udfald for ${n}. at`, { exact: true });
    await expect.poll(() => outcome(1).inputValue()).toBe('');
    // From the Referat field, Tab reaches the first point's drop-down.
    await page.getByLabel('Referat', { exact: true }).click();
    await typeSlowly(page, 'Styregruppen drøftede forslaget.');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Udfald for 1. at');
    // 1. at: type-ahead "G" picks Godkendt; Tab on to its text.
    await page.keyboard.press('g');
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Fra 1. februar.');
    // Past the new dissent's two fields to the 2. at: two arrow keys down to "Godkendt med ændringer".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Udfald for 2. at');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Forhøjes med 15.000 kr.');
    // A dissent on the 2. at: the member's name from the list, what she holds, Enter.
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Sara Khalil');
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Beløbet bør tages fra puljen.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Afvigende mening 1 til 2. at', { exact: true }).inputValue()).toBe('Beløbet bør tages fra puljen.');
    // 3. at: "u" for Udsat.
    await outcome(3).focus();
    await page.keyboard.press('u');
    await page.keyboard.press('Tab');
    await typeSlowly(page, 'Tages op i marts.');
    await page.keyboard.press('Tab');

    await expect.poll(() => storedDecisions(itemId)).toEqual([
      { pointIndex: 0, outcome: 'Godkendt', text: 'Fra 1. februar.' },
      { pointIndex: 1, outcome: 'Godkendt med ændringer', text: 'Forhøjes med 15.000 kr.' },
      { pointIndex: 2, outcome: 'Udsat', text: 'Tages op i marts.' },
    ]);
    expect(db().prepare('SELECT point_index AS pointIndex, member_id AS memberId, name, text FROM point_dissent').all()).toEqual([
      { pointIndex: 1, memberId: null, name: 'Sara Khalil', text: 'Beløbet bør tages fra puljen.' },
    ]);
    expect(db().prepare('SELECT minutes_text FROM agenda_item WHERE id = ?').pluck().get(itemId)).toBe('Styregruppen drøftede forslaget.');
    // What the fields show is what is stored.
    expect(await Promise.all([1, 2, 3].map((n) => outcome(n).inputValue()))).toEqual(['Godkendt', 'Godkendt med ændringer', 'Udsat']);
    expect(await page.getByLabel('Beslutning for 2. at', { exact: true }).inputValue()).toBe('Forhøjes med 15.000 kr.');
    if (SHOTS) {
      await page.locator('.item-editor').screenshot({ path: `${SHOTS}/minutes-editor.png` });
      await page.screenshot({ path: `${SHOTS}/meetings-sheet.png` });
    }

    // Ctrl+Z takes back the last text, and the field shows it.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedDecisions(itemId)).toContainEqual({ pointIndex: 2, outcome: 'Udsat', text: '' });
    await expect.poll(() => page.getByLabel('Beslutning for 3. at', { exact: true }).inputValue()).toBe('');

    // The referat made from the meeting's page, opened by LibreOffice as a recipient would: each point
    // with its outcome, the text and the dissent.
    const referat = path.join(harness.dir, 'Referat.docx');
    harness.dialogAnswers.push(referat);
    await page.getByRole('button', { name: 'Referat (Word)' }).click();
    await expect.poll(() => harness.openedPaths, { timeout: 20_000 }).toEqual([referat]);
    const profile = `file://${path.join(harness.dir, 'lo-profil')}`;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', harness.dir, referat], { timeout: 120_000, stdio: 'pipe' });
    const pdf = execFileSync('pdftotext', [path.join(harness.dir, 'Referat.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdf).toContain('at åbningstiden flyttes til torsdag Godkendt: Fra 1. februar.');
    expect(pdf).toContain('at budgettet forhøjes med 20.000 kr. Godkendt med ændringer: Forhøjes med 15.000 kr. Afvigende mening fra Sara Khalil: Beløbet bør tages fra puljen.');
    expect(pdf).toContain('at der evalueres efter et halvt år Udsat');
    expect(pdf).toContain('at styregruppen tager status til efterretning Taget til efterretning');
    if (SHOTS) fs.copyFileSync(path.join(harness.dir, 'Referat.pdf'), `${SHOTS}/Referat.pdf`);

    // An Orientering item's point reads as taken note of, without a stored row.
    await page.locator('.agenda-row', { has: page.locator('.agenda-title', { hasText: 'Status på indsatserne' }) }).click();
    await expect.poll(() => outcome(1).inputValue()).toBe('Taget til efterretning');
    expect(storedDecisions(infoId)).toEqual([]);

    // The decision log lists each point with its outcome and the dissent.
    await page.getByRole('tab', { name: 'Handlinger og beslutninger' }).click();
    const log = page.locator('[aria-label="Beslutninger"]');
    await expect.poll(() => log.textContent()).toContain('Godkendt med ændringer');
    const text = (await log.textContent()) ?? '';
    expect(text).toContain('at budgettet forhøjes med 20.000 kr.');
    expect(text).toContain('Sara Khalil: Beløbet bør tages fra puljen.');
    expect(text).toContain('Udsat');
    // The row with the dissent grows to show all of it (rows fit their text).
    const dissentRow = log.locator('.ag-row', { hasText: 'Sara Khalil' });
    await expect.poll(async () => (await dissentRow.boundingBox())?.height ?? 0).toBeGreaterThan(50);
    // …and the row below moves down to make room (no row drawn over another).
    const below = log.locator('.ag-row', { hasText: 'at der evalueres efter et halvt år' });
    await expect.poll(async () => {
      const [a, b] = [await dissentRow.boundingBox(), await below.boundingBox()];
      return a && b ? b.y - (a.y + a.height) : -100;
    }).toBeGreaterThanOrEqual(-1);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/decision-log.png`, fullPage: true });
  });
});
