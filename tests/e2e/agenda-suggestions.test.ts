// »Forslag til dagsorden« in Chromium on the default workbook, wired to the real handlers: the chair
// sees why each item is suggested, takes three onto the agenda with mouse and keyboard, finds them
// stored with their Indstilling and source, and follows a link to where one comes from.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function stored(meetingId: number) {
  return harness.session.current!.db
    .prepare('SELECT title, type, source_kind AS kind, source_id AS id, recommendation FROM agenda_item WHERE meeting_id = ? AND source_kind IS NOT NULL ORDER BY position')
    .all(meetingId) as Array<{ title: string; type: string; kind: string; id: number; recommendation: string }>;
}

describe('Forslag til dagsorden in the Møder sheet', () => {
  it('lists what is due with the reason, takes three suggestions onto the agenda and links to their source', async () => {
    let meetingId = 0;
    harness = await startHarness({
      user: { name: 'Lene Bach Andersen', role: 'Formand' },
      prepare: async (dispatch) => {
        const meeting = await dispatch('meetings.add', { date: '2021-02-10' });
        if (!meeting.ok) throw new Error(meeting.error.message);
        meetingId = (meeting.value as { id: number }).id;
        const red = await dispatch('initiatives.update', { id: 2, patch: { status: 'rød', statusReason: 'Ingen social innovator ansat' } });
        if (!red.ok) throw new Error(red.error.message);
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    const panel = page.getByRole('region', { name: 'Forslag til dagsorden' });
    await expect.poll(() => panel.locator('.suggestion').count()).toBeGreaterThan(3);
    // Today (the machine's date) lies after the programme period 2019–2022.
    expect(await panel.locator('.suggestion-notice').textContent()).toBe('Programperioden sluttede med 4. kvartal 2022. Tag stilling til, om indsatserne skal videreføres.');
    const red = panel.locator('.suggestion', { hasText: 'Status: Indsats 2' });
    expect(await red.locator('.suggestion-reason').textContent()).toBe('Indsatsen har status rød.');

    // 1: by mouse. The item is selected at once, its Indstilling filled in from the rule.
    await red.getByRole('button', { name: /^Tag med/ }).click();
    await expect.poll(() => page.locator('.agenda-row.selected .agenda-title').textContent()).toMatch(/^Status: Indsats 2: /);
    await expect.poll(() => red.count()).toBe(0);

    // 2: by keyboard – the list is one Tab stop after its heading; ↓ moves, Enter takes.
    const evaluation = panel.locator('.suggestion', { hasText: 'Midtvejsevaluering' });
    await panel.locator('h2 button').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    await expect.poll(focused).toMatch(/^Forslag: /);
    for (let i = 0; i < 30 && (await focused()) !== 'Forslag: Midtvejsevaluering'; i++) {
      await page.keyboard.press('ArrowDown', { delay: 60 });
    }
    expect(await focused()).toBe('Forslag: Midtvejsevaluering');
    // Tab reaches the focused suggestion's own buttons, then leaves the list.
    await page.keyboard.press('Tab');
    expect(await focused()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til Plan');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => evaluation.count()).toBe(0);

    // 3: the continuation decision offered after the period, as a Beslutning item.
    const continuation = panel.locator('.suggestion', { hasText: 'Beslutning om videreførelse' });
    await continuation.getByRole('button', { name: /^Tag med/ }).click();
    await expect.poll(() => continuation.count()).toBe(0);

    await expect.poll(() => stored(meetingId).map((r) => `${r.kind} ${r.type}: ${r.title}`)).toEqual([
      expect.stringMatching(/^indsats Drøftelse: Status: Indsats 2: /),
      'milepæl Drøftelse: Midtvejsevaluering',
      'program Beslutning: Beslutning om videreførelse',
    ]);
    const [first] = stored(meetingId);
    expect(JSON.parse(first!.recommendation)).toEqual(['at styregruppen drøfter, hvorfor indsatsen er rød', 'at styregruppen aftaler, hvad der skal til for at nå grøn']);
    // All three stand before Eventuelt on the agenda shown.
    const shown = await page.locator('.agenda-row .agenda-title').allTextContents();
    expect(shown.at(-1)).toBe('Eventuelt');
    expect(shown.slice(-4, -1)).toEqual(stored(meetingId).map((r) => r.title));

    await page.screenshot({ path: screenshotPath('arbejdsbogen-forslag-til-dagsorden.png') });

    // A phase suggestion links to the Plan sheet.
    await panel.locator('.suggestion', { hasText: 'Plan, indsats 1' }).first().getByRole('button', { name: 'Gå til Plan' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Plan' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows the list without the button to another role, and not once the agenda is locked', async () => {
    harness = await startHarness({
      user: { name: 'Sara Khalil', role: 'Social innovator' },
      // The chair plans the meeting; the innovator then opens the sheet.
      prepare: async (dispatch) => {
        for (const [channel, input] of [
          ['user.set', { name: 'Lene Bach Andersen', role: 'Formand' }],
          ['meetings.add', { date: '2021-02-10' }],
          ['user.set', { name: 'Sara Khalil', role: 'Social innovator' }],
        ] as const) {
          const answer = await dispatch(channel, input);
          if (!answer.ok) throw new Error(answer.error.message);
        }
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    const panel = page.getByRole('region', { name: 'Forslag til dagsorden' });
    await expect.poll(() => panel.locator('.suggestion').count()).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: /^Tag med/ }).count()).toBe(0);

    const meetingId = harness.session.current!.db.prepare('SELECT id FROM meeting').pluck().get() as number;
    expect((await harness.dispatch('user.set', { name: 'Lene Bach Andersen', role: 'Formand' })).ok).toBe(true);
    expect((await harness.dispatch('meetings.setStatus', { id: meetingId, status: 'afholdt' })).ok).toBe(true);
    await harness.reload();
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.getByRole('button', { name: 'Dagsorden', exact: true }).click();
    await expect.poll(() => page.locator('.agenda-row').count()).toBeGreaterThan(2);
    expect(await page.getByRole('region', { name: 'Forslag til dagsorden' }).count()).toBe(0);
  });
});
