// »Siden sidst« under the follow-up item in Chromium: what changed since the previous meeting, read
// from the real workbook, and kept current when the workbook changes while the sheet is open.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/app/dispatcher';
import { formatDateLong, todayIso } from '../../shared/dates';
import { closeBrowser, startHarness, type Harness } from './harness';
import { screenshotPath } from './screenshot-path';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function ok<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const answer = await dispatch(channel, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

describe('Siden sidst in the Møder sheet', () => {
  it('shows the previous meeting’s decision and the overdue action, and a status change made meanwhile', async () => {
    const today = todayIso();
    const previousDate = addDays(today, -28);
    harness = await startHarness({
      user: { name: 'Lene Bach Andersen', role: 'Formand' },
      prepare: async (dispatch) => {
        const previous = await ok<{ id: number }>(dispatch, 'meetings.add', { date: previousDate });
        await ok(dispatch, 'meetings.add', { date: addDays(today, 14) });
        const item = await ok<{ id: number }>(dispatch, 'meetings.items.add', { meetingId: previous.id, title: 'Klubtilbud for de 10–14-årige', type: 'Beslutning' });
        await ok(dispatch, 'meetings.items.update', { id: item.id, patch: { decision: 'Forsøget med åben klub om fredagen blev godkendt.' } });
        await ok(dispatch, 'actions.add', { meetingId: previous.id, what: 'Aftale med boligforeningen om lokaler', who: 'Karim Haddad', deadline: addDays(today, -3) });
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.locator('.agenda-row', { hasText: 'Opfølgning på referat og handlinger' }).click();
    const since = page.getByRole('region', { name: 'Siden sidst' });
    await expect.poll(() => since.textContent()).toContain(`Beslutninger på mødet ${formatDateLong(previousDate)}`);
    expect(await since.textContent()).toContain('Klubtilbud for de 10–14-årige: Forsøget med åben klub om fredagen blev godkendt.');
    expect(await since.textContent()).toContain(`Fristen ${formatDateLong(addDays(today, -3))} er overskredet: Aftale med boligforeningen om lokaler (Karim Haddad)`);
    expect(await since.textContent()).toContain('Ingen indsats har skiftet status.');

    // The innovator sets an initiative to rød meanwhile: the list follows without a reload.
    await ok(harness.dispatch, 'initiatives.update', { id: 2, patch: { status: 'rød', statusReason: 'Ingen lokaler til klubben' } });
    await expect.poll(() => since.textContent()).toContain('fra grøn til rød');
    await since.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('arbejdsbogen-siden-sidst.png') });
  });
});
