// Hostile clients against a real server on 127.0.0.1: 10.000 frames that are malformed, too
// large, binary, shaped like the server's own frames, with reused and disordered ids, or aimed at
// every channel of the contract with input that cannot be valid. Each is answered with a Danish
// refusal, nothing in the workbook changes, and the server carries on serving.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import { Prng } from '../../electron/demo/prng';
import { connect, hostFolder, login, member, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';

const FRAMES = 10_000;
const MAX_FRAME_BYTES = 16 * 1024;
/** Sent, then answered, in batches well below the calls a connection may have waiting. */
const BATCH = 40;
const CHANNELS = Object.keys(contract);

let folder: HostedFolder;

beforeAll(async () => {
  folder = await hostFolder({ maxFrameBytes: MAX_FRAME_BYTES, loginsPerWindow: 1000 });
});

afterAll(async () => {
  await folder.close();
});

/** A value no input schema accepts as a whole: the wrong type, or an object with a key no schema has. */
function impossibleInput(random: Prng): unknown {
  const pick = random.int(0, 11);
  switch (pick) {
    case 0: return random.int(-1e9, 1e9);
    case 1: return 'ø'.repeat(random.int(0, 200));
    case 2: return [random.int(0, 5), null, { id: -1 }];
    case 3: return true;
    case 4: return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"hostile":1}');
    case 5: return { id: -random.int(1, 1000), hostile: 'x' };
    case 6: return { id: Number.MAX_SAFE_INTEGER, patch: { hostile: '\u0000\ud800' }, extra: [] };
    case 7: {
      // Nested deeper than any schema goes.
      let nested: unknown = { hostile: true };
      for (let i = 0; i < random.int(50, 400); i++) nested = { nested };
      return nested;
    }
    case 8: return { text: '\u202e'.repeat(10), list: 'goal', hostile: null };
    case 9: return { patch: 'DROP TABLE program', id: '1; DELETE FROM program', hostile: 1 };
    case 10: return { hostile: Array.from({ length: random.int(1, 500) }, (_, i) => i) };
    default: return { meetingId: 1, value: 1e308 * 10, hostile: 'Infinity' };
  }
}

/** One hostile frame and whether the server will see it as too large. */
function hostileFrame(random: Prng, index: number): string | Buffer {
  const id = random.int(0, 3) === 0 ? random.int(0, 20) /* reused ids */ : FRAMES - index /* counting down */;
  const channel = CHANNELS[random.int(0, CHANNELS.length - 1)]!;
  switch (random.int(0, 11)) {
    case 0: return `{"id":${id},"channel":"${channel}","input":`; // cut off
    case 1: return Buffer.from([0xff, 0xfe, random.int(0, 255)]);
    case 2: return JSON.stringify({ id, channel, input: { list: 'goal', text: 'x'.repeat(MAX_FRAME_BYTES + 10) } });
    case 3: return JSON.stringify({ id, envelope: { ok: true, value: 1 } }); // the server's own answer, sent back
    case 4: return JSON.stringify({ event: 'workbook.changed', payload: { description: 'falsk', tables: ['program'], rows: null } });
    case 5: return JSON.stringify({ id: { nested: id }, channel, input: {} });
    case 6: return JSON.stringify({ id, channel: channel.toUpperCase() + '.x', input: {} });
    case 7: return JSON.stringify({ id, channel, input: {}, extra: 'ikke tilladt' });
    case 8: return JSON.stringify(null);
    case 9: return JSON.stringify({ id, channel: 42, input: [] });
    default: return JSON.stringify({ id, channel, input: impossibleInput(random) });
  }
}

/** Every answer frame (not event) a client receives, in order. */
function answersOf(client: Client): Array<{ id: unknown; envelope: Envelope<unknown> }> {
  const answers: Array<{ id: unknown; envelope: Envelope<unknown> }> = [];
  client.ws.on('message', (data) => {
    const frame = JSON.parse(String(data)) as { id?: unknown; envelope?: Envelope<unknown>; event?: string };
    if (!frame.event) answers.push({ id: frame.id, envelope: frame.envelope! });
  });
  return answers;
}

function fileState(): { changeSets: number; integrity: string } {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return { changeSets: db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number, integrity: db.pragma('integrity_check', { simple: true }) as string };
  } finally {
    db.close();
  }
}

/** Zod's and JavaScript's own English, which must never reach a member. */
const ENGLISH = /\b(expected|invalid|received|undefined|NaN|object Object|Unexpected token|cannot read)\b/i;

describe('hostile clients', () => {
  it(`answers ${FRAMES} malformed, oversized and disordered frames across all channels with Danish refusals and changes nothing`, async () => {
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    const director = await member(folder, 'Direktøren', 'Direktør');
    const dumpBefore = await chair.call('workbook.dump', {});
    expect(dumpBefore.ok).toBe(true);
    const before = fileState();

    const random = new Prng(20261204);
    const clients = [chair, director];
    const answers = clients.map(answersOf);
    let sent = 0;
    while (sent < FRAMES) {
      const counts = [0, 0];
      for (let i = 0; i < BATCH && sent < FRAMES; i++, sent++) {
        const c = random.int(0, 3) === 0 ? 1 : 0;
        clients[c]!.sendRaw(hostileFrame(random, sent));
        counts[c]!++;
      }
      const targets = answers.map((list, c) => list.length + counts[c]!);
      while (answers.some((list, c) => list.length < targets[c]!)) await new Promise((resolve) => setTimeout(resolve, 2));
    }

    const all = answers.flat();
    expect(all).toHaveLength(FRAMES);
    const accepted = all.filter((a) => a.envelope.ok);
    expect(accepted).toEqual([]);
    const failures = all.map((a) => (a.envelope as Extract<Envelope<unknown>, { ok: false }>).error);
    // No handler crashed on anything ("internal" is the answer to an unexpected exception).
    expect(failures.filter((f) => f.code === 'internal')).toEqual([]);
    const unclear = failures.filter((f) => !f.message || ENGLISH.test(f.message) || /\b0 [km]?B\b/.test(f.message));
    expect(unclear).toEqual([]);
    // Each refusal carries the id it was sent with when it had one a client can match.
    expect(new Set(failures.map((f) => f.code))).toEqual(new Set(['invalid_input', 'unknown_channel', 'refused']));

    // Nothing changed, and both connections still work.
    expect(fileState()).toEqual(before);
    expect(await chair.call('workbook.dump', {})).toEqual(dumpBefore);
    expect(await director.call('program.get', {})).toMatchObject({ ok: true });
    expect(await chair.call('program.list.add', { list: 'goal', text: 'Efter angrebet' })).toMatchObject({ ok: true });
    expect(fileState().changeSets).toBe(before.changeSets + 1);
    await chair.close();
    await director.close();
  }, 180_000);

  it('refuses a stolen cookie used from another origin, and a revoked member\'s open socket at the next call', async () => {
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const { cookie } = await login(folder.server.url, WORKBOOK, code);
    await expect(connect(folder.server.url, cookie, 'https://ondsindet.example')).rejects.toThrow('HTTP 403');
    // The stolen cookie cannot log in elsewhere either: a login from a foreign page is refused.
    expect((await login(folder.server.url, WORKBOOK, code, 'https://ondsindet.example')).status).toBe(403);

    const sara = await connect(folder.server.url, cookie);
    expect(await sara.call('program.get', {})).toMatchObject({ ok: true });
    const { MemberStore } = await import('../../electron/server/members');
    new MemberStore(folder.workbookPath).revoke('Sara Khalil');
    expect(await sara.call('program.get', {})).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('trukket tilbage') } });
    await expect(connect(folder.server.url, cookie)).rejects.toThrow('HTTP 401');
    await sara.close();
  });
});
