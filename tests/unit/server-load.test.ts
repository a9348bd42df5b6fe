// 20 members in one hosted workbook at once for 60 s (SERVER_LOAD_MS to change): chairs edit,
// members propose agenda items, the director reads – over real WebSockets to the server as a
// process of its own (`npm run server`) on 127.0.0.1. Afterwards every acknowledged edit and
// proposal is in the file, the file is sound, every client saw every change event exactly once
// and in the order the file got them, and the server stops cleanly on SIGTERM.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserRole } from '../../shared/domain/user';
import type { WorkbookChange } from '../../shared/api/workbook-change';
import { lockPathFor } from '../../electron/workbook/lock';
import { memberAt, waitFor, type Client } from '../support/server-client';
import { bundleServer, hostedFile, killServerProcess, startServerProcess, stopServerProcess, type HostedFile, type ServerProcess } from '../support/server-process';

const DURATION_MS = Number(process.env.SERVER_LOAD_MS ?? 60_000);
/** Who works at once: 8 chairs' windows edit, 8 members propose, 4 directors read. */
const CREW: Array<{ role: UserRole; count: number }> = [
  { role: 'Formand', count: 8 },
  { role: 'Medlem', count: 8 },
  { role: 'Direktør', count: 4 },
];
const READS = ['program.get', 'meetings.list', 'budget.get', 'initiatives.list'] as const;
/**
 * The server takes 10 logins a minute from one address, and these 20 all come from 127.0.0.1.
 * As in a deployment behind a reverse proxy, the server believes X-Forwarded-For from 127.0.0.1
 * only (--trust-proxy), and each member's login names an address of its own: the limit per
 * address stays the production default.
 */
const BEHIND_PROXY = ['--trust-proxy', '127.0.0.1'];

let hosted: HostedFile;
let server: ServerProcess;
const clients: Array<{ client: Client; role: UserRole; n: number }> = [];

beforeAll(async () => {
  hosted = hostedFile('programme');
  server = await startServerProcess(await bundleServer(), hosted.dir, 0, BEHIND_PROXY);
});

afterAll(async () => {
  // After a failure too: no socket left open, no server left running, no folder left behind.
  await Promise.all(clients.map(({ client }) => client.close()));
  if (server) await killServerProcess(server);
  if (hosted) fs.rmSync(hosted.dir, { recursive: true, force: true });
});

function readLastChangeSet(): number {
  const db = new Database(hosted.file, { readonly: true });
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
    for (const { role, count } of CREW) {
      for (let n = 0; n < count; n++) {
        const forwardedFor = `10.0.0.${clients.length + 1}`;
        clients.push({ client: await memberAt(server.url, hosted.invite, `${role} ${n}`, role, { 'x-forwarded-for': forwardedFor }), role, n });
      }
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

    const db = new Database(hosted.file, { readonly: true });
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

    // Stopped as a service is: SIGTERM, exit code 0, the workbook closed and its lock let go.
    expect(await stopServerProcess(server)).toBe(0);
    expect(server.output()).toMatch(/stoppet/);
    expect(fs.existsSync(lockPathFor(hosted.file))).toBe(false);
    // Its own temporary folder (startServerProcess points TMPDIR into the test's folder) is removed.
    expect(fs.readdirSync(path.join(hosted.dir, '.server-tmp'))).toEqual([]);
    const closed = new Database(hosted.file, { readonly: true });
    try {
      expect(closed.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closed.close();
    }
  }, DURATION_MS + 120_000);
});
