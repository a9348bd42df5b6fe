// Møder: the meeting's head (dato, tid, sted), an agenda item (titel, type, fremlægges af,
// minutter) and a participant's afbud, typed as a person does with Tab from field to field, and
// read back from the file. Also while the workbook changes underneath.
import { afterAll, beforeAll, expect } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { act, compareStored, describeTyping, runProblems, settled, typeAlong, watchTyping, type Churn } from './typing';

let harness: Harness;
let meetingId: number;
let otherMeetingId: number;

beforeAll(async () => {
  harness = await startHarness();
  otherMeetingId = (await act<{ id: number }>(harness, 'meetings.add', { date: '2027-06-01' })).id;
  meetingId = (await act<{ id: number }>(harness, 'meetings.add', { date: '2027-02-10' })).id;
  const { page } = harness;
  await page.getByRole('tab', { name: 'Møder' }).click();
  await page.getByRole('region', { name: 'Møder', exact: true }).locator(`.ag-row[row-id="${meetingId}"]`).click();
  await page.getByLabel('Sted', { exact: true }).waitFor();
  await watchTyping(page);
});
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.current!.db;

/** Someone else keeps moving the other meeting's place and adding to its agenda's first item. */
const churn: Churn = (n) => ['meetings.update', { id: otherMeetingId, patch: { place: `Lokale ${n}` } }];

// Drøftelse first, so that even a single run types an ø into the drop-down (composed text once went to the title).
const TYPES = ['Drøftelse', 'Beslutning', 'Orientering'] as const;

async function typeHead(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const day = String((n % 27) + 1).padStart(2, '0');
  const start = `1${n % 4}:${n % 2 ? '30' : '15'}`;
  const end = `1${(n % 4) + 4}:00`;
  await page.getByLabel('Dato', { exact: true }).click();
  await page.keyboard.press('Control+A');
  // Each field's text is selected when Tab reaches it, so typing replaces it.
  await typeAlong(page, [`${day}.03.2027`, start, end, `Bibliotek ${tag}`], { delay, end: 'Tab' });
  const read = () => db().prepare('SELECT date, start_time AS start, end_time AS end, place FROM meeting WHERE id = ?').get(meetingId);
  const expected = { date: `2027-03-${day}`, start, end, place: `Bibliotek ${tag}` };
  return runProblems(page, compareStored('meeting head', await settled(read, expected), expected));
}

async function typeItem(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const item = await act<{ id: number }>(harness, 'meetings.items.add', { meetingId });
  await page.locator(`.agenda-list [data-item-id="${item.id}"]`).click();
  const title = page.getByRole('region', { name: 'Punkt på dagsordenen' }).getByLabel('Titel', { exact: true });
  await title.click();
  await page.keyboard.press('Control+A');
  const type = TYPES[n % 3]!;
  const minutes = 10 + n;
  await typeAlong(page, [`Punkt ${tag}`, type, `Åse ${tag}`, String(minutes)], { delay, end: 'Tab' });
  const read = () => db().prepare('SELECT title, type, presenter, minutes FROM agenda_item WHERE id = ?').get(item.id);
  const expected = { title: `Punkt ${tag}`, type, presenter: `Åse ${tag}`, minutes };
  const problems = await runProblems(page, compareStored(`agenda item ${item.id}`, await settled(read, expected), expected));
  await act(harness, 'meetings.items.remove', { id: item.id });
  return problems;
}

/** Space on »til stede« gives afbud; Tab goes on to the afbud note, typed at once. */
async function typeAbsence(delay: number, tag: string): Promise<string[]> {
  const { page } = harness;
  const participant = db().prepare('SELECT id, name, role FROM meeting_participant WHERE meeting_id = ? ORDER BY position LIMIT 1').get(meetingId) as { id: number; name: string; role: string };
  await act(harness, 'meetings.participants.update', { id: participant.id, patch: { present: true, absenceNote: '' } });
  const name = participant.name || participant.role || 'Uden navn';
  const present = page.getByLabel(`${name} er til stede`, { exact: true });
  await expect.poll(() => present.isChecked()).toBe(true);
  await present.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await typeAlong(page, [`Syg ${tag}`], { delay, end: 'Tab' });
  const read = () => db().prepare('SELECT present, absence_note AS note FROM meeting_participant WHERE id = ?').get(participant.id);
  const expected = { present: 0, note: `Syg ${tag}` };
  return runProblems(page, compareStored(`participant ${participant.id}`, await settled(read, expected), expected));
}

describeTyping('Møder', () => harness, churn, [
  { name: 'head', keys: 30, type: typeHead },
  { name: 'agenda item', keys: 35, type: typeItem },
  { name: 'afbud', keys: 10, type: (delay, tag) => typeAbsence(delay, tag) },
]);
