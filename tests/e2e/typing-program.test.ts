// Program sheet: the steering group's members and the three short lists (mål, indsatsområder,
// politikker), typed as a person does – Tab between cells, the next value at once – and read
// back from the file. Also while the workbook changes underneath.
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { act, compareStored, describeTyping, gridCell, runProblems, settled, typeAlong, watchTyping, type Churn } from './typing';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.page.getByRole('region', { name: 'Styregruppens medlemmer' }).locator('.ag-row').first().waitFor();
  await watchTyping(harness.page);
});
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.current!.db;

/** Someone else keeps renaming the first member and the first policy. */
const churn: Churn = (n) =>
  n % 2 === 0
    ? ['members.update', { id: firstMemberId(), patch: { role: `Formand (ændret ${n})` } }]
    : ['program.list.update', { id: firstItemId('policy'), text: `Politik ændret ${n}` }];

const firstMemberId = () => (db().prepare('SELECT id FROM member ORDER BY position LIMIT 1').get() as { id: number }).id;
const firstItemId = (list: string) => (db().prepare('SELECT id FROM program_list_item WHERE list = ? ORDER BY position LIMIT 1').get(list) as { id: number }).id;

/** Adds a member and types all four fields of it, Tab between them (the first key is a US-layout letter: Playwright sends Å as text without a keydown, which no keyboard does). */
async function typeMember(delay: number, tag: string): Promise<string[]> {
  const { page } = harness;
  const member = await act<{ id: number }>(harness, 'members.add', {});
  const values = [`Bo Ås ${tag}`, `Leder ${tag}`, 'Gladsaxe', `a${tag}@gl.dk`];
  await gridCell(page, 'Styregruppens medlemmer', member.id, 'name').click();
  await typeAlong(page, values, { delay });
  const read = () => db().prepare('SELECT name, role, organisation, email FROM member WHERE id = ?').get(member.id);
  const expected = { name: values[0], role: values[1], organisation: values[2], email: values[3] };
  const problems = compareStored(`member ${member.id}`, await settled(read, expected), expected);
  await act(harness, 'members.remove', { id: member.id });
  return runProblems(page, problems);
}

/** Types the items of one list from its second, Tab from item to item (the large text editor; a goal's links chooser between). */
async function typeList(list: 'goal' | 'focusArea' | 'policy', grid: string, delay: number, tag: string): Promise<string[]> {
  const { page } = harness;
  // The first item is left to the changes from elsewhere; the typing starts on the second.
  const ids = (db().prepare('SELECT id FROM program_list_item WHERE list = ? ORDER BY position').all(list) as Array<{ id: number }>).map((r) => r.id).slice(1, 3);
  const values = ids.map((_, i) => `P${i}${tag} æø`);
  await gridCell(page, grid, ids[0]!, 'text').click();
  // A goal's row goes on to its »Indsatser og aktiviteter« chooser: Tab passes through it unchanged.
  await typeAlong(page, list === 'goal' ? [values[0]!, '', values[1]!] : values, { delay });
  const read = () => ids.map((id) => (db().prepare('SELECT text FROM program_list_item WHERE id = ?').get(id) as { text: string }).text);
  return runProblems(page, compareStored(grid, await settled(read, values), values));
}

describeTyping('Program', () => harness, churn, [
  { name: 'members', keys: 30, type: (delay, tag) => typeMember(delay, tag) },
  { name: 'goals', keys: 20, type: (delay, tag) => typeList('goal', 'Mål', delay, tag) },
  { name: 'focus areas', keys: 20, type: (delay, tag) => typeList('focusArea', 'Styregruppens indsatsområder', delay, tag) },
  { name: 'policies', keys: 20, type: (delay, tag) => typeList('policy', 'Politikker og strategier, programmet understøtter', delay, tag) },
]);
