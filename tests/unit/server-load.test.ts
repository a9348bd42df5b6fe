// 20 members in one hosted workbook at once for 60 s (SERVER_LOAD_MS to change): chairs edit,
// members propose agenda items, the director reads. Afterwards every acknowledged edit and
// proposal is in the file, the file is sound, and every client saw every change event exactly
// once and in the order the file got them.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../shared/domain/user';
import type { WorkbookChange } from '../../shared/api/workbook-change';
import { hostFolder, member, waitFor, type Client, type HostedFolder } from '../support/server-client';

const DURATION_MS = Number(process.env.SERVER_LOAD_MS ?? 60_000);
/** Who works at once: 8 chairs' windows edit, 8 members propose, 4 directors read. */
const CREW: Array<{ role: UserRole; count: number }> = [
  { role: 'Formand', count: 8 },
  { role: 'Medlem', count: 8 },
  { role: 'Direktør', count: 4 },
];
const READS = ['program.get', 'meetings.list', 'budget.get', 'initiatives.list'] as const;

let folder: HostedFolder;

beforeAll(async () => {
  folder = await hostFolder({ loginsPerWindow: 1000 });
});

afterAll(async () => {
  await folder.close();
});

function readLastChangeSet(): number {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return db.prepare('SELECT MAX(id) FROM change_set').pluck().get() as number;
  } finally {
    db.close();
  }
}

/** "table:id" of every row a change event inserted, in the event's order. */
function insertedRows(payload: unknown): string[] {
  const change = payload as WorkbookChange;
  return (change.rows ?? []).filter((r) => r.before === null && (r.table === 'program_list_item' || r.table === 'agenda_item')).map((r) => `${r.table}:${r.id}`);
}

describe('load', () => {
  it(`20 members editing, proposing and reading for ${DURATION_MS / 1000} s`, async () => {
    const clients: Array<{ client: Client; role: UserRole; n: number }> = [];
    for (const { role, count } of CREW) {
      for (let n = 0; n < count; n++) clients.push({ client: await member(folder, `${role} ${n}`, role), role, n });
    }
    const chair = clients[0]!.client;
    const lastBefore = readLastChangeSet();
    const meeting = await chair.call('meetings.add', { date: '2027-01-14', place: 'Belastningsprøven' });
    expect(meeting.ok).toBe(true);
    const meetingId = (meeting as { value: { id: number } }).value.id;

    const edits: Array<{ id: number; text: string }> = [];
    const proposals: Array<{ id: number; title: string }> = [];
    const refused: string[] = [];
    let reads = 0;
    const until = Date.now() + DURATION_MS;
    await Promise.all(clients.map(async ({ client, role, n }) => {
      for (let i = 0; Date.now() < until; i++) {
        if (role === 'Formand') {
          const text = `${role} ${n} ændring ${i}`;
          const answer = await client.call('program.list.add', { list: 'focusArea', text });
          if (answer.ok) edits.push({ text, id: (answer.value as { id: number }).id });
          else refused.push(answer.error.message);
        } else if (role === 'Medlem') {
          const title = `Forslag fra ${role} ${n} nr. ${i}`;
          const answer = await client.call('meetings.items.add', { meetingId, title });
          if (answer.ok) proposals.push({ title, id: (answer.value as { id: number }).id });
          else refused.push(answer.error.message);
          // A person proposes now and then, not in a tight loop.
          await new Promise((resolve) => setTimeout(resolve, 20));
        } else {
          const answer = await client.call(READS[i % READS.length]!, {});
          if (answer.ok) reads++;
          else refused.push(answer.error.message);
        }
      }
    }));
    expect(refused).toEqual([]);
    expect(edits.length).toBeGreaterThan(100);
    expect(proposals.length).toBeGreaterThan(100);
    expect(reads).toBeGreaterThan(100);

    const db = new Database(folder.workbookPath, { readonly: true });
    let committedOrder: string[];
    let standingItems: number;
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const lists = new Map((db.prepare("SELECT id, text FROM program_list_item WHERE list = 'focusArea'").all() as Array<{ id: number; text: string }>).map((r) => [r.id, r.text]));
      for (const edit of edits) expect(lists.get(edit.id)).toBe(edit.text);
      const items = new Map((db.prepare('SELECT id, title, proposal_state AS state, proposed_by AS proposedBy FROM agenda_item WHERE meeting_id = ?').all(meetingId) as Array<{ id: number; title: string; state: string; proposedBy: string }>).map((r) => [r.id, r]));
      standingItems = [...items.values()].filter((item) => item.state === 'accepteret').length;
      for (const proposal of proposals) expect(items.get(proposal.id)).toMatchObject({ title: proposal.title, state: 'foreslået', proposedBy: expect.stringContaining('Medlem') });
      // The change log names each member with their role.
      expect(db.prepare("SELECT COUNT(*) FROM change_set WHERE author LIKE 'Formand % (Formand)' AND id > ?").pluck().get(lastBefore)).toBe(edits.length + 1); // + the meeting
      expect(db.prepare("SELECT COUNT(*) FROM change_set WHERE author LIKE 'Medlem % (Medlem)' AND id > ?").pluck().get(lastBefore)).toBe(proposals.length);
      expect(db.prepare("SELECT COUNT(*) FROM change_set WHERE author LIKE 'Direktør%'").pluck().get()).toBe(0);
      // The order the file got the inserts: change sets by id, their rows in order.
      committedOrder = (db.prepare(`
        SELECT c.tbl || ':' || c.row_id FROM change c
        WHERE c.before_json IS NULL AND c.tbl IN ('program_list_item', 'agenda_item') AND c.set_id > ?
        ORDER BY c.set_id, c.id`).pluck().all(lastBefore) as string[]);
    } finally {
      db.close();
    }
    // + the standing items the new meeting starts with.
    expect(committedOrder).toHaveLength(edits.length + proposals.length + standingItems);

    // Every client saw every insert once, in the order the file got them.
    for (const { client } of clients) {
      await waitFor(() => client.events.filter((e) => e.event === 'workbook.changed').flatMap((e) => insertedRows(e.payload)).length >= committedOrder.length, 10_000);
      const seen = client.events.filter((e) => e.event === 'workbook.changed').flatMap((e) => insertedRows(e.payload));
      expect(seen).toEqual(committedOrder);
    }
    console.log(`${edits.length} ændringer, ${proposals.length} forslag og ${reads} læsninger fra ${clients.length} klienter på ${DURATION_MS / 1000} s`);
    await Promise.all(clients.map(({ client }) => client.close()));
  }, DURATION_MS + 120_000);
});
