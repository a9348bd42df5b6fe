// No lost updates in the sheets' text fields: while the user types, another member (a second
// dispatcher on the same session, as the server runs one per member) changes the same field. The
// field keeps what is being typed; leaving it, the edit is refused, the field shows the other's
// value, the notice names them, the file keeps theirs, and the user's text waits below the field
// ("Brug min tekst" puts it back). Two people editing different fields of one item both succeed.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createDispatcher, type Dispatch } from '../../electron/app/dispatcher';
import { closeBrowser, startHarness, type Harness } from './harness';

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

const HUMAN = { delay: 60 };

function anneOf(h: Harness): Dispatch {
  return createDispatcher(h.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
}

const db = () => harness.session.current!.db;

/** The conflict notice, naming Anne and what the field holds now. */
function conflictNotice(page: Page) {
  return page.locator('.notice', { hasText: 'Anne Holm (Formand)' });
}

/** A meeting with one agenda item, open on Møder with the item selected. */
async function openAgendaItem(): Promise<{ page: Page; itemId: number; item: ReturnType<Page['locator']> }> {
  let itemId = 0;
  harness = await startHarness({
    prepare: async (dispatch) => {
      const meeting = await dispatch('meetings.add', { date: '2027-02-10' });
      if (!meeting.ok) throw new Error(meeting.error.message);
      const item = await dispatch('meetings.items.add', { meetingId: (meeting.value as { id: number }).id, title: 'Status på lektiecaféen' });
      if (!item.ok) throw new Error(item.error.message);
      itemId = (item.value as { id: number }).id;
    },
  });
  const { page } = harness;
  await page.getByRole('tab', { name: 'Møder' }).click();
  await page.locator(`.agenda-list [data-item-id="${itemId}"]`).click();
  const item = page.getByRole('region', { name: 'Punkt på dagsordenen' });
  await item.getByLabel('Titel', { exact: true }).waitFor();
  return { page, itemId, item };
}

describe('a text field edited while another member changes it', () => {
  it('Møder, agenda item title: refused, shows Anne\'s title and names her; the user\'s text is kept and can be used', async () => {
    const { page, itemId, item } = await openAgendaItem();
    const anne = anneOf(harness);
    const storedTitle = () => db().prepare('SELECT title FROM agenda_item WHERE id = ?').pluck().get(itemId);
    const title = item.getByLabel('Titel', { exact: true });

    await title.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Lektiecaféen i', HUMAN);
    expect(await anne('meetings.items.update', { id: itemId, patch: { title: 'Annes titel' }, seen: { title: 'Status på lektiecaféen' } })).toMatchObject({ ok: true });
    // Anne's title reaches the sheet (the heading), but what the user types stays in the field.
    await expect.poll(() => item.locator('h2').textContent()).toContain('Annes titel');
    await page.keyboard.type(' foråret', HUMAN);
    expect(await title.inputValue()).toBe('Lektiecaféen i foråret');
    await page.keyboard.press('Tab');

    await expect.poll(() => conflictNotice(page).textContent()).toMatch(
      /Feltet «titel» er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Annes titel»\. Din ændring er ikke gemt/,
    );
    await expect.poll(() => title.inputValue()).toBe('Annes titel');
    expect(storedTitle()).toBe('Annes titel');
    const kept = item.getByRole('group', { name: 'Din tekst er ikke gemt' });
    await expect.poll(() => kept.textContent()).toContain('Anne Holm (Formand) ændrede feltet, mens du skrev');
    expect(await kept.getByLabel('Din tekst, der ikke blev gemt').inputValue()).toBe('Lektiecaféen i foråret');

    // Having seen Anne's title, the user takes their own text back and stores it knowingly.
    await kept.getByRole('button', { name: 'Brug min tekst' }).click();
    await expect.poll(() => title.inputValue()).toBe('Lektiecaféen i foråret');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Titel');
    await page.keyboard.press('Enter');
    await expect.poll(storedTitle).toBe('Lektiecaféen i foråret');
    expect(await kept.count()).toBe(0);
  });

  it('Møder, agenda item: Anne changes the presenter while the user types the title; both are stored', async () => {
    const { page, itemId, item } = await openAgendaItem();
    const anne = anneOf(harness);
    const stored = () => db().prepare('SELECT title, presenter FROM agenda_item WHERE id = ?').get(itemId);
    const title = item.getByLabel('Titel', { exact: true });
    const presenter = item.getByLabel('Fremlægges af', { exact: true });

    await title.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Lektiecaféen i', HUMAN);
    expect(await anne('meetings.items.update', { id: itemId, patch: { presenter: 'Anne Holm' }, seen: { presenter: '' } })).toMatchObject({ ok: true });
    // The untouched field shows Anne's change at once; the one being typed in keeps its text.
    await expect.poll(() => presenter.inputValue()).toBe('Anne Holm');
    await page.keyboard.type(' foråret', HUMAN);
    await page.keyboard.press('Tab');

    await expect.poll(stored).toEqual({ title: 'Lektiecaféen i foråret', presenter: 'Anne Holm' });
    expect(await title.inputValue()).toBe('Lektiecaféen i foråret');
    expect(await presenter.inputValue()).toBe('Anne Holm');
    expect(await conflictNotice(page).count()).toBe(0);
    expect(await item.getByRole('group', { name: 'Din tekst er ikke gemt' }).count()).toBe(0);
  });

  it('Møder, the meeting\'s place: refused over Anne\'s place, which the field then shows', async () => {
    const { page } = await openAgendaItem();
    const anne = anneOf(harness);
    const meetingId = db().prepare('SELECT id FROM meeting').pluck().get() as number;
    const storedPlace = () => db().prepare('SELECT place FROM meeting WHERE id = ?').pluck().get(meetingId);
    const head = page.getByRole('region', { name: 'Mødet' });
    const place = head.getByLabel('Sted', { exact: true });
    const before = await place.inputValue();

    await place.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Rådhuset, lokale', HUMAN);
    expect(await anne('meetings.update', { id: meetingId, patch: { place: 'Gladsaxe Bibliotek' }, seen: { place: before } })).toMatchObject({ ok: true });
    await page.keyboard.type(' 2', HUMAN);
    await page.keyboard.press('Enter');

    await expect.poll(() => conflictNotice(page).textContent()).toMatch(/Feltet «sted» er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Gladsaxe Bibliotek»/);
    await expect.poll(() => place.inputValue()).toBe('Gladsaxe Bibliotek');
    expect(storedPlace()).toBe('Gladsaxe Bibliotek');
    expect(await head.getByLabel('Din tekst, der ikke blev gemt').inputValue()).toBe('Rådhuset, lokale 2');
    // Thrown away, the kept text is gone and the file still holds Anne's place.
    await head.getByRole('button', { name: 'Kassér min tekst' }).click();
    expect(await head.getByRole('group', { name: 'Din tekst er ikke gemt' }).count()).toBe(0);
    expect(storedPlace()).toBe('Gladsaxe Bibliotek');
  });

  it('Program, Baggrund (several lines): Anne\'s text stays; the user\'s whole text can still be read and copied below the field', async () => {
    harness = await startHarness();
    const { page } = harness;
    const anne = anneOf(harness);
    const storedBackground = () => db().prepare('SELECT background FROM program WHERE id = 1').pluck().get() as string;
    const original = storedBackground();
    await page.getByRole('tab', { name: 'Program', exact: true }).click();
    const background = page.getByLabel('Baggrund', { exact: true });
    await expect.poll(() => background.inputValue()).toBe(original);

    await background.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Styregruppen følger op', HUMAN);
    expect(await anne('program.update', { patch: { background: 'Annes baggrund' }, seen: { background: original } })).toMatchObject({ ok: true });
    await page.keyboard.type(' hvert kvartal.', HUMAN);
    await page.getByLabel('Formål', { exact: true }).click();

    await expect.poll(() => conflictNotice(page).textContent()).toMatch(/Feltet «baggrund» er ændret af Anne Holm \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Annes baggrund»/);
    await expect.poll(() => background.inputValue()).toBe('Annes baggrund');
    expect(storedBackground()).toBe('Annes baggrund');
    expect(await page.getByLabel('Din tekst, der ikke blev gemt').inputValue()).toBe(`${original}\nStyregruppen følger op hvert kvartal.`);
  });
});
