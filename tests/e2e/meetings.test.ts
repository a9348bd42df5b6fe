import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function db() {
  return harness.session.current!.db;
}

/** Titles of a meeting's agenda items in stored order. */
function storedAgenda(meetingId: number): string[] {
  return db().prepare('SELECT title FROM agenda_item WHERE meeting_id = ? ORDER BY position').pluck().all(meetingId) as string[];
}

function shownAgenda(page: Page) {
  return page.locator('.agenda-row .agenda-title').allTextContents();
}

async function openMeetings(page: Page) {
  await page.getByRole('tab', { name: 'Møder' }).click();
}

async function switchUser(name: string, role: 'Formand' | 'Social innovator') {
  const envelope = await harness.dispatch('user.set', { name, role });
  expect(envelope.ok).toBe(true);
  await harness.reload();
  await openMeetings(harness.page);
}

async function renameSelectedItem(page: Page, title: string) {
  const field = page.getByLabel('Titel', { exact: true });
  await field.fill(title);
  await field.press('Enter');
  await expect.poll(() => page.locator('.agenda-row.selected .agenda-title').textContent()).toBe(title);
}

describe('Møder in Chromium, on a real workbook', () => {
  it('plans a meeting, takes a proposal, writes minutes and carries the action to the next meeting', async () => {
    harness = await startHarness({ user: { name: 'Lene Bach', role: 'Formand' } });
    const { page } = harness;
    await openMeetings(page);
    await page.getByRole('button', { name: '+ Nyt møde' }).click();
    await expect.poll(() => shownAgenda(page)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Eventuelt']);
    const meetingId = db().prepare('SELECT id FROM meeting').pluck().get() as number;
    await expect.poll(() => page.locator('.participants-table tbody tr').count()).toBe(4);

    // Two items of the chair's own; they go before Eventuelt.
    await page.getByRole('button', { name: '+ Nyt punkt' }).click();
    await renameSelectedItem(page, 'Status på lektiecaféen');
    await page.getByRole('button', { name: '+ Nyt punkt' }).click();
    await renameSelectedItem(page, 'Midtvejsevaluering');
    await expect.poll(() => storedAgenda(meetingId)).toEqual([
      'Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status på lektiecaféen', 'Midtvejsevaluering', 'Eventuelt',
    ]);
    await expect.poll(() => page.locator('.agenda-row.selected .agenda-slot').textContent()).toMatch(/^kl\. \d\d\.\d\d–\d\d\.\d\d$/);

    // Reorder with the keyboard: Alt+↑ moves the focused item up, and it keeps the focus.
    await page.locator('.agenda-row.selected').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => storedAgenda(meetingId).slice(2, 4)).toEqual(['Midtvejsevaluering', 'Status på lektiecaféen']);
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => storedAgenda(meetingId)[1]).toBe('Midtvejsevaluering');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Punkt 2: Midtvejsevaluering');

    // Reorder by dragging: Eventuelt is dropped on the lower half of the last item, so it stays last;
    // "Status på lektiecaféen" is dropped on the top of the first.
    const rowOf = (title: string) => page.locator('.agenda-row', { has: page.locator('.agenda-title', { hasText: title }) });
    await rowOf('Status på lektiecaféen').dragTo(rowOf('Godkendelse af dagsorden'), { targetPosition: { x: 120, y: 4 } });
    await expect.poll(() => storedAgenda(meetingId)).toEqual([
      'Status på lektiecaféen', 'Godkendelse af dagsorden', 'Midtvejsevaluering', 'Opfølgning på referat og handlinger', 'Eventuelt',
    ]);
    await expect.poll(() => shownAgenda(page)).toEqual(storedAgenda(meetingId));

    // The innovator proposes an item; it is not on the agenda until the chair accepts it.
    await switchUser('Sara Khalil', 'Social innovator');
    await page.getByRole('button', { name: '+ Foreslå punkt' }).click();
    await renameSelectedItem(page, 'Erfaringer fra fællesspisningen');
    await expect.poll(() => page.locator('.agenda-row.selected .agenda-badge').textContent()).toBe('foreslået af Sara Khalil – afventer formanden');
    await expect.poll(() => page.getByRole('region', { name: 'Forslag', exact: true }).textContent()).toContain('Afventer formandens svar');
    expect(await page.getByRole('button', { name: 'Acceptér forslaget' }).count()).toBe(0);
    expect(db().prepare("SELECT proposal_state, proposed_by FROM agenda_item WHERE title = 'Erfaringer fra fællesspisningen'").get()).toEqual({
      proposal_state: 'foreslået', proposed_by: 'Sara Khalil',
    });

    await switchUser('Lene Bach', 'Formand');
    await rowOf('Erfaringer fra fællesspisningen').click();
    await page.getByRole('button', { name: 'Acceptér forslaget' }).click();
    await expect.poll(() => db().prepare("SELECT proposal_state FROM agenda_item WHERE title = 'Erfaringer fra fællesspisningen'").pluck().get()).toBe('accepteret');
    await expect.poll(() => rowOf('Erfaringer fra fællesspisningen').locator('.agenda-number').textContent()).toBe('5.');

    // Minutes with an action.
    await page.getByRole('button', { name: 'Referat', exact: true }).click();
    await rowOf('Status på lektiecaféen').click();
    const minutes = page.getByLabel('Referat', { exact: true });
    await minutes.fill('Lektiecaféen har haft 14 deltagere i gennemsnit. Der mangler frivillige.');
    await page.getByLabel('Beslutning', { exact: true }).click();
    await expect.poll(() => db().prepare("SELECT minutes_text FROM agenda_item WHERE title = 'Status på lektiecaféen'").pluck().get()).toBe(
      'Lektiecaféen har haft 14 deltagere i gennemsnit. Der mangler frivillige.',
    );
    await page.getByLabel('Ny handling').fill('Finde tre frivillige til lektiecaféen');
    await page.getByLabel('Ny handling').press('Enter');
    const actionRow = page.locator('.actions-table[aria-label="Handlinger"] tbody tr').first();
    await expect.poll(() => actionRow.getByLabel('Hvad').inputValue()).toBe('Finde tre frivillige til lektiecaféen');
    await actionRow.getByLabel('Hvem').fill('Sara Khalil');
    await actionRow.getByLabel('Frist').fill('15.1.2027');
    await actionRow.getByLabel('Frist').press('Enter');
    await expect.poll(() => db().prepare('SELECT what, who, deadline, status FROM action_item').get()).toEqual({
      what: 'Finde tre frivillige til lektiecaféen', who: 'Sara Khalil', deadline: '2027-01-15', status: 'åben',
    });
    await expect.poll(() => actionRow.getByLabel('Frist').inputValue()).toBe('15.01.2027');

    // The next meeting: its follow-up item lists the open action.
    await page.getByRole('button', { name: '+ Nyt møde' }).click();
    await expect.poll(() => db().prepare('SELECT COUNT(*) FROM meeting').pluck().get()).toBe(2);
    await expect.poll(() => page.locator('.meeting-previous').textContent()).toMatch(/^forrige møde /);
    await rowOf('Opfølgning på referat og handlinger').click();
    const carried = page.locator('.actions-table[aria-label="Handlinger fra tidligere møder"] tbody tr');
    await expect.poll(() => carried.count()).toBe(1);
    await expect.poll(() => carried.first().textContent()).toContain('Finde tre frivillige til lektiecaféen');
    await expect.poll(() => carried.first().textContent()).toContain('Status på lektiecaféen');

    // …and it is marked done there.
    await carried.first().getByLabel('Status for Finde tre frivillige til lektiecaféen').selectOption('færdig');
    await expect.poll(() => db().prepare('SELECT status FROM action_item').pluck().get()).toBe('færdig');
    expect(db().prepare('SELECT completed_on FROM action_item').pluck().get()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => carried.first().getByRole('combobox').inputValue()).toBe('færdig');
  });

  it('locks approved minutes against edits, and unlocks after asking, undoably', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openMeetings(page);
    await page.getByRole('button', { name: '+ Nyt møde' }).click();
    // A refused time is shown in Danish and the field puts back the stored time.
    const end = page.getByLabel('Slut', { exact: true });
    await end.fill('13');
    await end.press('Enter');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Mødet skal slutte efter, at det begynder');
    await expect.poll(() => end.inputValue()).toBe('16.00');
    await end.fill('16.30');
    await end.press('Enter');
    await expect.poll(() => db().prepare('SELECT end_time FROM meeting').pluck().get()).toBe('16:30');

    await page.getByRole('button', { name: 'Afholdt', exact: true }).click();
    await expect.poll(() => page.locator('.lock-banner').textContent()).toContain('Mødet er afholdt');
    await expect.poll(() => page.getByRole('button', { name: 'Referat', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Referat godkendt', exact: true }).click();
    await expect.poll(() => page.getByLabel('Referat', { exact: true }).getAttribute('readonly')).toBe('');
    expect(await page.getByRole('button', { name: '+ Nyt punkt' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Lås op …' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Lås op' }).click();
    await expect.poll(() => db().prepare('SELECT unlocked FROM meeting').pluck().get()).toBe(1);
    await expect.poll(() => page.getByLabel('Referat', { exact: true }).getAttribute('readonly')).toBeNull();
    // The unlock is itself undoable.
    await page.getByRole('button', { name: /Fortryd/ }).click();
    await expect.poll(() => db().prepare('SELECT unlocked FROM meeting').pluck().get()).toBe(0);
    await expect.poll(() => page.locator('.lock-banner').textContent()).toContain('Referatet er godkendt');
  });

  it('attaches a file chosen in the dialog, opens it, and keeps a declined proposal greyed with its reason', async () => {
    harness = await startHarness();
    const { page } = harness;
    await openMeetings(page);
    await page.getByRole('button', { name: '+ Nyt møde' }).click();
    await page.getByRole('button', { name: '+ Nyt punkt' }).click();
    await renameSelectedItem(page, 'Midtvejsevaluering');
    const file = path.join(harness.dir, 'Midtvejsevaluering.pdf');
    fs.writeFileSync(file, '%PDF-1.4');
    harness.dialogAnswers.push(file);
    await page.getByRole('button', { name: '+ Tilføj bilag …' }).click();
    await expect.poll(() => page.getByLabel('Navn på bilag Midtvejsevaluering.pdf').inputValue()).toBe('Midtvejsevaluering.pdf');
    await page.getByRole('button', { name: 'Åbn', exact: true }).click();
    await expect.poll(() => harness.openedPaths).toEqual([file]);

    await switchUser('Sara Khalil', 'Social innovator');
    await page.getByRole('button', { name: '+ Foreslå punkt' }).click();
    await renameSelectedItem(page, 'Sommerfest');
    await switchUser('Test Formand', 'Formand');
    await page.locator('.agenda-row.proposed').click();
    await page.getByRole('button', { name: 'Afvis …' }).click();
    await page.getByRole('button', { name: 'Afvis forslaget' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Skriv en begrundelse for at afvise forslaget');
    await page.getByLabel('Begrundelse for at afvise').fill('Ligger uden for budgettet');
    await page.getByRole('button', { name: 'Afvis forslaget' }).click();
    const declined = page.locator('.agenda-row.declined');
    await expect.poll(() => declined.locator('.agenda-badge').textContent()).toBe('foreslået af Sara Khalil – afvist: Ligger uden for budgettet');
    await expect.poll(() => declined.locator('.agenda-number').textContent()).toBe('');
    expect(await declined.evaluate((e) => getComputedStyle(e.querySelector('.agenda-title')!).textDecorationLine)).toBe('line-through');
  });
});
