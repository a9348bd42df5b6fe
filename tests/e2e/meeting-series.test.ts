// Mødeplan in Chromium, on a real workbook: the chair sets up the year's meetings with a template
// agenda from the keyboard, at a person's speed, sees the dates before they are made, and edits the
// template afterwards, applying it to the meetings not yet sent. Everything is checked in the file.
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { SCREENSHOT_DIR } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

/** Set to a folder to keep the screenshots of the panel there (they are looked at, not compared). */
const SCREENSHOTS = process.env.SERIES_SCREENSHOTS ?? SCREENSHOT_DIR;
const KEY_DELAY = 70;

function db() {
  return harness.session.current!.db;
}

/** The focused element's name: its aria-label, or the label text of the field around it. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.closest('label');
    return el.getAttribute('aria-label') ?? label?.querySelector('.field-label')?.textContent ?? label?.textContent?.trim() ?? el.textContent?.trim() ?? '';
  });
}

/** Tab (at a person's pace) until the named field has the focus; fails if it is not within a few presses. */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  const seen: string[] = [];
  for (let presses = 0; presses < 12; presses++) {
    await page.keyboard.press('Tab', { delay: KEY_DELAY });
    const focused = await focusedName(page);
    seen.push(focused);
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab nåede ikke »${String(name)}«, men: ${seen.join(' → ')}`);
}

/** Replaces the focused field's text by typing, as a person does (select all, type). */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text, { delay: KEY_DELAY });
}

describe('Mødeplan in Chromium, on a real workbook', () => {
  it('creates a year of meetings with a template from the keyboard, edits the template for the unsent meetings, and one Ctrl+Z takes the meetings away', async () => {
    harness = await startHarness({
      user: { name: 'Lene Bach Andersen', role: 'Formand' },
      // A meeting already on one of the series' dates: the preview and the result say it is skipped.
      prepare: async (dispatch) => {
        expect((await dispatch('meetings.add', { date: '2027-02-24', place: 'Rådhuset' })).ok).toBe(true);
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.getByRole('button', { name: 'Mødeplan…' }).focus();
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Ny mødeplan…');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Navn');

    await tabTo(page, 'Første dato');
    await page.keyboard.type('13.01.2027', { delay: KEY_DELAY });
    await tabTo(page, 'Sidste dato');
    await page.keyboard.type('15122027', { delay: KEY_DELAY });
    await tabTo(page, 'Hver n. uge');
    await typeOver(page, '6');
    // The weekday follows the first date.
    await tabTo(page, 'Ugedag');
    expect(await page.locator('.series-dialog').getByLabel('Ugedag').inputValue()).toBe('onsdag');
    await tabTo(page, 'Start');
    await typeOver(page, '14');
    await tabTo(page, 'Slut');
    await typeOver(page, '16');
    await tabTo(page, 'Sted');
    expect(await page.locator('.series-dialog').getByLabel('Sted', { exact: true }).inputValue()).toBe('Mørkhøj Bibliotek');

    // A recurring item on every meeting, with its presenter.
    await tabTo(page, '+ Punkt på alle møder');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Punkt 3: titel');
    await page.keyboard.type('Status fra den sociale innovator', { delay: KEY_DELAY });
    await tabTo(page, 'Punkt 3: type');
    await tabTo(page, 'Punkt 3: minutter');
    await typeOver(page, '20');
    await tabTo(page, 'Punkt 3: fremlægges af');
    await page.keyboard.type('Sara Khalil', { delay: KEY_DELAY });

    // The preview names the dates before anything is made, and the one that is skipped.
    const preview = page.locator('.series-preview');
    await expect.poll(() => preview.textContent()).toContain('8 møder: 13.01.2027, 07.04.2027, 19.05.2027, 30.06.2027, 11.08.2027, 22.09.2027, 03.11.2027, 15.12.2027');
    expect(await preview.textContent()).toContain('Springes over – der er allerede et møde: 24.02.2027');
    expect(db().prepare('SELECT COUNT(*) FROM meeting').pluck().get()).toBe(1);
    await page.locator('.series-dialog').screenshot({ path: `${SCREENSHOTS}/arbejdsbogen-moedeplan.png` });

    await tabTo(page, 'Opret 8 møder');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => db().prepare('SELECT COUNT(*) FROM meeting').pluck().get()).toBe(9);
    await expect.poll(() => page.locator('.series-dialog').count()).toBe(0);
    await expect.poll(() => page.getByText(/Mødeplanen er oprettet: 8 møder\. Der er allerede et møde 24\. februar 2027, så 24\.02\.2027 er sprunget over/).count()).toBe(1);

    // The file: eight meetings linked to the series, each with the template's agenda, one entry in the change log.
    const seriesMeetings = db().prepare('SELECT m.id, m.date, m.start_time AS startTime, m.end_time AS endTime, m.place FROM series_meeting s JOIN meeting m ON m.id = s.meeting_id ORDER BY m.date').all() as Array<{ id: number; date: string; startTime: string; endTime: string; place: string }>;
    expect(seriesMeetings.map((m) => m.date)).toEqual(['2027-01-13', '2027-04-07', '2027-05-19', '2027-06-30', '2027-08-11', '2027-09-22', '2027-11-03', '2027-12-15']);
    expect(new Set(seriesMeetings.map((m) => `${m.startTime}–${m.endTime} ${m.place}`))).toEqual(new Set(['14:00–16:00 Mørkhøj Bibliotek']));
    const agenda = () => db().prepare('SELECT title, presenter, minutes FROM agenda_item WHERE meeting_id = ? ORDER BY position').all(seriesMeetings[0]!.id);
    expect(agenda()).toEqual([
      { title: 'Godkendelse af dagsorden', presenter: '', minutes: 5 },
      { title: 'Opfølgning på referat og handlinger', presenter: '', minutes: 10 },
      { title: 'Status fra den sociale innovator', presenter: 'Sara Khalil', minutes: 20 },
      { title: 'Eventuelt', presenter: '', minutes: 5 },
    ]);
    expect(db().prepare("SELECT place FROM meeting WHERE date = '2027-02-24'").pluck().all()).toEqual(['Rådhuset']);
    expect(db().prepare("SELECT COUNT(*) FROM change_set WHERE description LIKE 'Ny mødeplan%'").pluck().get()).toBe(1);
    // The first meeting of the series is shown.
    await expect.poll(() => page.locator('.agenda-row .agenda-title').allTextContents()).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status fra den sociale innovator', 'Eventuelt']);
    // The list's rows slide into place (AG Grid's row animation) before the picture is taken.
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${SCREENSHOTS}/arbejdsbogen-moedeplan-moeder.png` });

    // One meeting is sent; the template change asks, and goes onto the seven not sent only.
    expect((await harness.dispatch('meetings.setStatus', { id: seriesMeetings[0]!.id, status: 'dagsorden udsendt' })).ok).toBe(true);
    await page.getByRole('button', { name: 'Mødeplan…' }).focus();
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await tabTo(page, 'Ret skabelon');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => page.getByLabel('Punkt 3: minutter').count()).toBe(1);
    await page.getByLabel('Punkt 3: minutter').focus();
    await typeOver(page, '30');
    await tabTo(page, 'Gem skabelonen');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Også de 7 møder');
    expect(await page.locator('.series-question').textContent()).toContain('Skal ændringen også gælde de 7 møder i mødeplanen, hvis dagsorden ikke er sendt ud endnu? 1 møde med udsendt dagsorden eller afholdt røres ikke.');
    await page.locator('.series-dialog').screenshot({ path: `${SCREENSHOTS}/arbejdsbogen-moedeplan-skabelon.png` });
    // Annullér leaves everything as it was and goes back to the button that asked.
    await page.keyboard.press('Shift+Tab', { delay: KEY_DELAY });
    await page.keyboard.press('Shift+Tab', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Annullér');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Gem skabelonen');
    expect(db().prepare("SELECT minutes FROM series_template_item WHERE title = 'Status fra den sociale innovator'").pluck().get()).toBe(20);
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Også de 7 møder');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    const minutesOfStatus = () => db().prepare("SELECT a.minutes FROM agenda_item a JOIN series_meeting s ON s.meeting_id = a.meeting_id JOIN meeting m ON m.id = a.meeting_id WHERE a.title = 'Status fra den sociale innovator' ORDER BY m.date").pluck().all();
    await expect.poll(minutesOfStatus).toEqual([20, 30, 30, 30, 30, 30, 30, 30]);
    await expect.poll(() => page.locator('.series-dialog').count()).toBe(1);
    await page.keyboard.press('Escape', { delay: KEY_DELAY });
    await expect.poll(() => page.locator('.series-dialog').count()).toBe(0);

    // Ctrl+Z takes back the template change, then the sending, then – in one step – every meeting of the series.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z', { delay: KEY_DELAY });
    await expect.poll(minutesOfStatus).toEqual([20, 20, 20, 20, 20, 20, 20, 20]);
    await page.keyboard.press('Control+z', { delay: KEY_DELAY });
    await expect.poll(() => db().prepare('SELECT status FROM meeting WHERE id = ?').pluck().get(seriesMeetings[0]!.id)).toBe('planlagt');
    await page.keyboard.press('Control+z', { delay: KEY_DELAY });
    await expect.poll(() => db().prepare('SELECT date FROM meeting').pluck().all()).toEqual(['2027-02-24']);
    expect(db().prepare('SELECT COUNT(*) FROM meeting_series').pluck().get()).toBe(0);
  }, 180_000);

  it('creates meetings from a pasted list of dates, saying which text is not a date before anything is made', async () => {
    harness = await startHarness({ user: { name: 'Lene Bach Andersen', role: 'Formand' } });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    // In a workbook without meetings, the empty card offers the plan.
    await page.getByRole('button', { name: 'Opret en mødeplan for året…' }).focus();
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => focusedName(page)).toBe('Ny mødeplan…');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await tabTo(page, 'Fast interval');
    // The arrow key moves within the choice of how the dates are given.
    await page.keyboard.press('ArrowRight', { delay: KEY_DELAY });
    await tabTo(page, /^Datoer/);
    await page.keyboard.type('13.01.2027\n24.02.2027, 31.04.2027', { delay: KEY_DELAY });
    const preview = page.locator('.series-preview');
    await expect.poll(() => preview.textContent()).toBe('»31.04.2027«: 31.04.2027 findes ikke: april 2027 har 30 dage');
    expect(await page.getByRole('button', { name: 'Opret møderne' }).isDisabled()).toBe(true);
    for (let i = 0; i < '31.04.2027'.length; i++) await page.keyboard.press('Backspace', { delay: KEY_DELAY });
    await page.keyboard.type('07.04.2027', { delay: KEY_DELAY });
    await expect.poll(() => preview.textContent()).toBe('3 møder: 13.01.2027, 24.02.2027, 07.04.2027');
    await tabTo(page, 'Start');
    await typeOver(page, '9.30');
    await tabTo(page, 'Slut');
    await typeOver(page, '11.30');
    await tabTo(page, 'Sted');
    await typeOver(page, 'Gladsaxe Rådhus');
    await tabTo(page, 'Opret 3 møder');
    await page.keyboard.press('Enter', { delay: KEY_DELAY });
    await expect.poll(() => db().prepare('SELECT date, start_time AS startTime, end_time AS endTime, place FROM meeting ORDER BY date').all()).toEqual([
      { date: '2027-01-13', startTime: '09:30', endTime: '11:30', place: 'Gladsaxe Rådhus' },
      { date: '2027-02-24', startTime: '09:30', endTime: '11:30', place: 'Gladsaxe Rådhus' },
      { date: '2027-04-07', startTime: '09:30', endTime: '11:30', place: 'Gladsaxe Rådhus' },
    ]);
    expect(db().prepare('SELECT every_weeks AS everyWeeks, weekday, first_date AS firstDate, last_date AS lastDate FROM meeting_series').all()).toEqual([
      { everyWeeks: null, weekday: null, firstDate: '2027-01-13', lastDate: '2027-04-07' },
    ]);
    expect(db().prepare("SELECT description FROM change_set WHERE description LIKE 'Ny mødeplan%'").pluck().all()).toEqual(['Ny mødeplan: 3 datoer, 09.30–11.30, Gladsaxe Rådhus']);
  }, 120_000);
});
