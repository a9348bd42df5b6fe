// "Send dagsorden" and "Send referat" on a meeting's page in Chromium, through the real handler:
// the harness's "open with the system" only records the files (no program is started), which are
// then read back; the notice under the meeting's head names who has no e-mail address.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/app/dispatcher';
import { closeBrowser, startHarness, type Harness } from './harness';

// The Word document is made in a worker thread that first compiles the document code.
const DOCUMENT_MADE = { timeout: 20_000 };

let harness: Harness;
afterEach(async () => harness?.close());
afterAll(closeBrowser);

async function ok<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value as T;
}

/** The members named, all but SOB's with an address, and one meeting with a guest. */
async function prepare(dispatch: Dispatch): Promise<void> {
  const program = await ok<{ members: Array<{ id: number }> }>(dispatch, 'program.get', {});
  const people = [['Lene Bach Andersen', 'lene@gladsaxe.dk'], ['Sara Khalil', 'sara@gladsaxe.dk'], ['Jens Mikkelsen', 'jens@gladsaxe.dk'], ['Søren Ærø', '']];
  for (const [index, member] of program.members.entries()) {
    await ok(dispatch, 'members.update', { id: member.id, patch: { name: people[index]![0], email: people[index]![1] } });
  }
  const meeting = await ok<{ id: number }>(dispatch, 'meetings.add', { date: '2027-01-13', place: 'Mørkhøj Bibliotek' });
  await ok(dispatch, 'meetings.participants.add', { meetingId: meeting.id, name: 'Åse Østergaard', role: 'Gæst' });
}

describe('Send dagsorden and Send referat from a meeting’s page', () => {
  it('writes and opens the e-mail and the invitation, and says who has no e-mail address', async () => {
    harness = await startHarness({ user: { name: 'Lene Bach Andersen', role: 'Formand' }, prepare });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await expect.poll(() => page.locator('.meeting-head h2').textContent()).toContain('onsdag den 13. januar 2027');

    await page.getByRole('button', { name: 'Send dagsorden' }).click();
    const folder = path.join(harness.dir, 'Dokumenter');
    const eml = path.join(folder, 'Dagsorden 2027-01-13.eml');
    const ics = path.join(folder, 'Kalenderinvitation 2027-01-13.ics');
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([ics, eml]);

    const notice = page.getByRole('status', { name: 'Udsendelse' });
    await expect.poll(() => notice.textContent()).toContain('Dagsordenen er klar til at blive sendt.');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain(`E-mailen og kalenderinvitationen er gemt som Dagsorden 2027-01-13.eml og Kalenderinvitation 2027-01-13.ics i ${folder} og åbnet.`);
    expect(text).toContain('Til: Lene Bach Andersen <lene@gladsaxe.dk>, Sara Khalil <sara@gladsaxe.dk>, Jens Mikkelsen <jens@gladsaxe.dk>');
    expect(await notice.locator('.sent-missing').textContent()).toBe(
      '2 deltagere har ingen e-mailadresse og er ikke med som modtager: Søren Ærø, Støtte til opfølgning og udvikling; Åse Østergaard, Gæst. ' +
        'Send dokumentet på anden vis, eller skriv e-mailadressen på medlemmet under Program → Styregruppens medlemmer.',
    );

    // The chair is reminded to mark the agenda sent; once marked, the reminder goes.
    const reminder = notice.getByText('Når e-mailen er sendt, så sæt mødets status til »Dagsorden udsendt«');
    expect(await reminder.count()).toBe(1);
    await page.getByRole('button', { name: 'Dagsorden udsendt' }).click();
    await expect.poll(() => reminder.count()).toBe(0);

    const mail = await simpleParser(fs.readFileSync(eml));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe('Dagsorden: Styregruppemøde onsdag den 13. januar 2027');
    expect(mail.text).toContain('Lene Bach Andersen\nStyregruppen');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Dagsorden 2027-01-13.docx', 'Kalenderinvitation 2027-01-13.ics']);
    expect(fs.readFileSync(ics, 'utf8')).toMatch(/^DTSTART;TZID=Europe\/Copenhagen:20270113T140000\r$/m);

    // The referat: an e-mail only, and the notice says so.
    await page.getByRole('button', { name: 'Send referat' }).click();
    const minutes = path.join(folder, 'Referat 2027-01-13.eml');
    await expect.poll(() => harness.openedPaths, DOCUMENT_MADE).toEqual([ics, eml, minutes]);
    await expect.poll(() => notice.textContent()).toContain('Referatet er klar til at blive sendt. E-mailen er gemt som Referat 2027-01-13.eml');
    expect((await simpleParser(fs.readFileSync(minutes))).text).toContain('Mødet er ikke afholdt endnu, så referatet er et udkast.');
    expect(await reminder.count()).toBe(0);

    await notice.getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('lets the Direktør, who changes nothing, send too', async () => {
    harness = await startHarness({
      user: { name: 'Lene Bach Andersen', role: 'Formand' },
      prepare: async (dispatch, session) => {
        await prepare(dispatch);
        session.settings.setUser({ name: 'Dorte Holm', role: 'Direktør' });
      },
    });
    const { page } = harness;
    await page.getByRole('tab', { name: 'Møder' }).click();
    await page.getByRole('button', { name: 'Send dagsorden' }).click();
    await expect.poll(() => harness.openedPaths.map((p) => path.basename(p)), DOCUMENT_MADE).toEqual(['Kalenderinvitation 2027-01-13.ics', 'Dagsorden 2027-01-13.eml']);
    expect((await simpleParser(fs.readFileSync(harness.openedPaths[1]!))).text).toContain('Dorte Holm\nStyregruppen');
    // The status is the chair's: no reminder to set it.
    const notice = page.getByRole('status', { name: 'Udsendelse' });
    await expect.poll(() => notice.textContent()).toContain('Dagsordenen er klar til at blive sendt.');
    expect(await notice.getByText('sæt mødets status').count()).toBe(0);
  });
});
