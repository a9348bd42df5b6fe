// 20 members editing one hosted workbook at once for ~10 s: every acknowledged edit is in the
// file, the file is sound, and every client sees every change event once and in order.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkbookChange } from '../../shared/api/workbook-change';
import { hostFolder, member, waitFor, type Client, type HostedFolder } from '../support/server-client';

const CLIENTS = 20;
const DURATION_MS = Number(process.env.SERVER_LOAD_MS ?? 10_000);

let folder: HostedFolder;

beforeAll(async () => {
  folder = await hostFolder({ loginsPerWindow: 1000 });
});

afterAll(async () => {
  await folder.close();
});

/** The ids of the list items a change event inserted. */
function insertedIds(payload: unknown): number[] {
  const change = payload as WorkbookChange;
  return (change.rows ?? []).filter((r) => r.table === 'program_list_item' && r.before === null).map((r) => r.id);
}

describe('load', () => {
  it(`${CLIENTS} clients editing for ${DURATION_MS / 1000} s`, async () => {
    const clients: Client[] = [];
    for (let i = 0; i < CLIENTS; i++) clients.push(await member(folder, `Formand ${i}`, 'Formand')); // the programme's lists are the chair's to keep
    const acknowledged: Array<{ text: string; id: number }> = [];
    const refused: string[] = [];
    const until = Date.now() + DURATION_MS;
    await Promise.all(clients.map(async (client, c) => {
      for (let n = 0; Date.now() < until; n++) {
        const text = `klient ${c} ændring ${n}`;
        const answer = await client.call('program.list.add', { list: 'focusArea', text });
        if (answer.ok) acknowledged.push({ text, id: (answer.value as { id: number }).id });
        else refused.push(answer.error.message);
      }
    }));
    expect(refused).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(CLIENTS);

    const db = new Database(folder.workbookPath, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Map((db.prepare("SELECT id, text FROM program_list_item WHERE list = 'focusArea'").all() as Array<{ id: number; text: string }>).map((r) => [r.id, r.text]));
      for (const edit of acknowledged) expect(stored.get(edit.id)).toBe(edit.text);
      const authors = db.prepare("SELECT COUNT(*) FROM change_set WHERE author LIKE 'Formand % (Formand)'").pluck().get() as number;
      expect(authors).toBe(acknowledged.length);
    } finally {
      db.close();
    }

    // Every client saw every edit once, in the order the file got them.
    const expected = acknowledged.map((e) => e.id).sort((a, b) => a - b);
    for (const client of clients) {
      await waitFor(() => client.events.filter((e) => e.event === 'workbook.changed').length >= expected.length, 5000);
      const seen = client.events.filter((e) => e.event === 'workbook.changed').flatMap((e) => insertedIds(e.payload));
      expect(seen).toEqual(expected);
    }
    console.log(`${acknowledged.length} ændringer fra ${CLIENTS} klienter på ${DURATION_MS / 1000} s`);
    await Promise.all(clients.map((client) => client.close()));
  }, DURATION_MS + 60_000);
});
