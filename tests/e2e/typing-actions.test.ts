// Handlinger: the status column typed as a person does, Tab from one action to the next, under
// the »Åbne« filter – an action typed »færdig« leaves the list while the next one is being typed
// in. Read back from the file; also while the workbook changes underneath.
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, startHarness, type Harness } from './harness';
import { act, compareStored, describeTyping, gridCell, runProblems, settled, typeAlong, watchTyping, type Churn } from './typing';

let harness: Harness;
let meetingId: number;
let otherActionId: number;

beforeAll(async () => {
  harness = await startHarness();
  meetingId = (await act<{ id: number }>(harness, 'meetings.add', { date: '2026-11-12' })).id;
  otherActionId = (await act<{ id: number }>(harness, 'actions.add', { meetingId, what: 'Skrive til forvaltningen' })).id;
  await harness.page.getByRole('tab', { name: 'Handlinger' }).click();
  await harness.page.getByRole('region', { name: 'Handlinger', exact: true }).locator('.ag-row').first().waitFor();
  await watchTyping(harness.page);
});
afterAll(async () => {
  await harness?.close();
  await closeBrowser();
});

const db = () => harness.session.current!.db;

/** Someone else keeps rewording another action. */
const churn: Churn = (n) => ['actions.update', { id: otherActionId, patch: { what: `Skrive til forvaltningen (${n})` } }];

const SEQUENCES = [
  ['i gang', 'færdig', 'i gang'],
  ['færdig', 'i gang', 'åben'],
  ['i gang', 'i gang', 'færdig'],
] as const;

async function typeStatuses(delay: number, tag: string, n: number): Promise<string[]> {
  const { page } = harness;
  const ids: number[] = [];
  for (const what of ['Ringe', 'Skrive', 'Booke']) ids.push((await act<{ id: number }>(harness, 'actions.add', { meetingId, what: `${what} ${tag}` })).id);
  const statuses = SEQUENCES[n % SEQUENCES.length]!;
  const cell = gridCell(page, 'Handlinger', ids[0]!, 'status');
  await cell.click();
  await typeAlong(page, statuses, { delay });
  const read = () => ids.map((id) => (db().prepare('SELECT status FROM action_item WHERE id = ?').get(id) as { status: string }).status);
  const problems = await runProblems(page, compareStored(`actions ${ids.join(', ')}`, await settled(read, [...statuses]), [...statuses]));
  for (const id of ids) await act(harness, 'actions.remove', { id });
  return problems;
}

describeTyping('Handlinger', () => harness, churn, [{ name: 'statuses', keys: 20, type: typeStatuses }]);
