// Indsatser: the initiatives, their activities, follow-ups and participants, typed as a person
// does – Tab from cell to cell through text, choice, partner, date and number cells – and read
// back from the file. Also while the workbook changes underneath.
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { act, compareStored, describeTyping, gridCell, runProblems, settled, typeAlong, watchTyping, type Churn } from './typing';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.getByRole('tab', { name: 'Indsatser' }).click();
  await harness.page.getByRole('region', { name: 'Aktiviteter', exact: true }).locator('.ag-row').first().waitFor();
  await watchTyping(harness.page);
});
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.current!.db;
/** The initiative shown in detail (the first) – its grids are typed in. */
const FIRST = 1;

/** Someone else keeps changing the third initiative and a partner. */
const churn: Churn = (n) =>
  n % 2 === 0
    ? ['initiatives.update', { id: 3, patch: { responsible: `Ændret ${n}` } }]
    : ['partners.update', { id: 5, patch: { name: `Partner ændret ${n}` } }];

const STATUSES = ['gul', 'rød', 'grøn'] as const;
const ACTIVITY_STATUSES = ['planlagt', 'i gang', 'forankret'] as const;
const FORMS = ['samtale', 'fokusgruppe', 'dialogmøde'] as const;

async function typeInitiative(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const created = await act<{ id: number }>(harness, 'initiatives.add', {});
  const status = STATUSES[n % 3]!;
  const values = [`Indsats ${tag}`, `Åse ${tag}`, status, `Fordi ${tag}`, `Unge ${tag}`];
  await gridCell(page, 'Indsatser', created.id, 'title').click();
  await typeAlong(page, values, { delay });
  const read = () => db().prepare('SELECT title, responsible, status, status_reason AS reason, target_group AS target FROM initiative WHERE id = ?').get(created.id);
  const expected = { title: values[0], responsible: values[1], status, reason: values[3], target: values[4] };
  const problems = compareStored(`initiative ${created.id}`, await settled(read, expected), expected);
  await act(harness, 'initiatives.remove', { id: created.id });
  return runProblems(page, problems);
}

/** Adds an activity with the button (it opens for typing) and types every cell, ticking the first partner with Space. */
async function typeActivity(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const grid = page.getByRole('region', { name: 'Aktiviteter', exact: true });
  const before = (db().prepare('SELECT max(id) AS id FROM activity').get() as { id: number }).id;
  await page.getByRole('button', { name: '+ Tilføj aktivitet' }).click();
  await grid.locator('.ag-cell-inline-editing').waitFor();
  const id = (db().prepare('SELECT max(id) AS id FROM activity').get() as { id: number }).id;
  if (id === before) return ['no activity added'];
  const status = ACTIVITY_STATUSES[n % 3]!;
  const day = String((n % 28) + 1).padStart(2, '0');
  const values = [`Aktivitet ${tag}`, status, ' ', `Ejer ${tag}`, `${day}102026`, String(10 + n), `Note ${tag} æø`];
  await typeAlong(page, values, { delay });
  const read = () => ({
    ...(db().prepare('SELECT name, status, local_owner AS owner, start_date AS start, participants, note FROM activity WHERE id = ?').get(id) as object),
    partners: (db().prepare('SELECT partner_id AS p FROM activity_partner WHERE activity_id = ? ORDER BY p').all(id) as Array<{ p: number }>).map((r) => r.p),
  });
  const firstPartner = (db().prepare('SELECT id FROM partner ORDER BY position, id LIMIT 1').get() as { id: number }).id;
  const expected = { name: values[0], status, owner: values[3], start: `2026-10-${day}`, participants: 10 + n, note: values[6], partners: [firstPartner] };
  const problems = compareStored(`activity ${id}`, await settled(read, expected), expected);
  await act(harness, 'activities.remove', { id });
  return runProblems(page, problems);
}

/** A follow-up added from outside, then typed from its date: the date moves the row in the list. */
async function typeFollowUp(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const created = await act<{ id: number }>(harness, 'followUps.add', { initiativeId: FIRST, date: '2026-01-15', form: 'dialogmøde' });
  const form = FORMS[n % 3]!;
  const day = String((n % 28) + 1).padStart(2, '0');
  const values = [`${day}.03.2027`, form, `Forældre ${tag}`, `Lærte ${tag} æø`];
  await gridCell(page, 'Opfølgning', created.id, 'date').click();
  await typeAlong(page, values, { delay });
  const read = () => db().prepare('SELECT date, form, with_whom AS withWhom, learnt FROM follow_up WHERE id = ?').get(created.id);
  const expected = { date: `2027-03-${day}`, form, withWhom: values[2], learnt: values[3] };
  const problems = compareStored(`follow-up ${created.id}`, await settled(read, expected), expected);
  await act(harness, 'followUps.remove', { id: created.id });
  return runProblems(page, problems);
}

async function typeParticipants(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const created = await act<{ id: number }>(harness, 'initiatives.participants.add', { initiativeId: FIRST, groupName: 'Ny deltagergruppe' });
  const values = [`Forældre ${tag}`, String(100 + n)];
  await gridCell(page, 'Deltagere', created.id, 'groupName').click();
  await typeAlong(page, values, { delay });
  const read = () => db().prepare('SELECT group_name AS groupName, count FROM initiative_participant WHERE id = ?').get(created.id);
  const expected = { groupName: values[0], count: 100 + n };
  const problems = compareStored(`participant ${created.id}`, await settled(read, expected), expected);
  await act(harness, 'initiatives.participants.remove', { id: created.id });
  return runProblems(page, problems);
}

describeTyping('Indsatser', () => harness, churn, [
  { name: 'initiatives', keys: 40, type: typeInitiative },
  { name: 'activities', keys: 45, type: typeActivity },
  { name: 'follow-ups', keys: 35, type: typeFollowUp },
  { name: 'participants', keys: 15, type: typeParticipants },
]);
