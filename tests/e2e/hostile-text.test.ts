// Issue 7 in the window: markup, emoji, right-to-left text, control characters and a megabyte
// of text show in the sheets as the text that was typed – never as page content.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const FAMILY = '👩‍👩‍👧';
const ARABIC = 'مرحبا بكم في مكتبة مورك هوي';
const HEBREW = 'ברוכים הבאים לספרייה';
const HOSTILE = `<img src=x onerror="window.__angreb=1"><script>window.__angreb=2</script> ]]> &amp; ${FAMILY} ${ARABIC} ${HEBREW} før\u0001\u001Befter`;

function megabyte(): string {
  const paragraphs: string[] = [];
  // Just under the 1 MB a text field takes, counted in UTF-8 bytes as the cap is.
  for (let i = 1, bytes = 0; bytes < 990_000; i++) {
    const p = i % 100 === 0 ? `Afsnit ${i}: ${HOSTILE}` : `Afsnit ${i}: Fællesspisningen i beboerhuset samler familier på tværs af opgange.`;
    paragraphs.push(p);
    bytes += new TextEncoder().encode(p).length + 2;
  }
  return paragraphs.join('\n\n');
}

describe('hostile text in the sheets', () => {
  it('shows a budget line, an initiative description and an agenda item as plain text, a megabyte included', async () => {
    harness = await startHarness();
    const { page, dispatch } = harness;
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const ok = async (channel: string, input: unknown) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as { id: number };
    };
    const LONG = megabyte();
    await ok('budget.lines.rename', { id: 1, costType: HOSTILE });
    await ok('initiatives.update', { id: 1, patch: { description: LONG } });
    const meeting = await ok('meetings.add', { date: '2026-12-02', startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek' });
    const item = await ok('meetings.items.add', { meetingId: meeting.id, title: `Punkt ${FAMILY} ${ARABIC}`, type: 'Orientering', minutes: 20 });
    await ok('meetings.items.update', { id: item.id, patch: { caseText: LONG, minutesText: HOSTILE } });
    await harness.reload();

    // Økonomi: the line's name in the grid, as text.
    await page.getByRole('tab', { name: 'Økonomi', exact: true }).click();
    const label = page.locator('.ag-row[row-id="line-1"] .ag-cell[col-id="label"]');
    await expect.poll(() => label.textContent()).toContain('<script>window.__angreb=2</script> ]]> &amp;');
    expect(await label.textContent()).toContain(`${FAMILY} ${ARABIC} ${HEBREW}`);
    expect(await page.locator('.ag-cell img[src="x"], .ag-cell script').count()).toBe(0);

    // Indsatser: the megabyte in the description field, whole.
    await page.getByRole('tab', { name: 'Indsatser', exact: true }).click();
    const description = page.getByLabel('Beskrivelse', { exact: true });
    await expect.poll(() => description.inputValue().then((v) => v.length), { timeout: 20_000 }).toBe(LONG.length);
    expect((await description.inputValue()) === LONG).toBe(true);

    // Møder: the item's Sagsfremstilling (a megabyte) and its title with emoji and Arabic.
    await page.getByRole('tab', { name: 'Møder', exact: true }).click();
    await page.locator('.agenda-row', { hasText: `Punkt ${FAMILY}` }).click();
    const caseText = page.getByLabel('Sagsfremstilling', { exact: true });
    await expect.poll(() => caseText.inputValue().then((v) => v.length), { timeout: 20_000 }).toBe(LONG.length);
    expect((await caseText.inputValue()) === LONG).toBe(true);
    await expect.poll(() => page.locator('.agenda-row .agenda-title', { hasText: 'Punkt' }).textContent()).toBe(`Punkt ${FAMILY} ${ARABIC}`);

    // Ændringslog: the markup as text.
    await page.getByRole('tab', { name: 'Ændringslog', exact: true }).click();
    await expect.poll(() => page.getByText('<img src=x onerror', { exact: false }).count()).toBeGreaterThan(0);

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __angreb?: number }).__angreb)).toBeUndefined();
    expect(dialogs).toEqual([]);
  }, 90_000);
});
