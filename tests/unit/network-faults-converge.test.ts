// The network between the app and the server cut and restored through a TCP proxy in the test
// (tests/support/fault-proxy.ts): connections dropped, stalled, delayed by 2 s and let through
// in the wrong order. Edits made meanwhile arrive exactly once and in the order they were made,
// and every client ends up seeing what the server's file holds (their dumps are equal).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openEditors, repeated, storedGoals } from '../support/editors';
import { DELAY_MS, startFaultProxy, type FaultMode } from '../support/fault-proxy';
import { sleep } from '../support/seeded';
import { hostFolder, waitFor } from '../support/server-client';
import { openTestSession, tempDir } from '../support/workbooks';

const CLIENTS = 3;
const EDITS_PER_FAULT = 4;
/**
 * A call or a login may take two delayed trips (2 × 2 s); longer than that, the client gives up
 * on the connection (a stalled one) and connects again.
 */
const CLIENT_OPTIONS = { reconnectDelaysMs: [50, 100, 200, 400], connectTimeoutMs: 2 * DELAY_MS + 2_000, callTimeoutMs: 2 * DELAY_MS + 2_000 };
/**
 * How long each fault lasts. A stall must outlast the call timeout to be noticed; so must the
 * reorder, so that the client gives up on a held connection and sends its change again on a new
 * one, which goes through first – the held one's copy reaches the server after it.
 */
const FAULT_MS: Record<Exclude<FaultMode, 'pass'>, number> = { drop: 1_500, stall: CLIENT_OPTIONS.callTimeoutMs + 1_500, delay: 3_000, reorder: CLIENT_OPTIONS.callTimeoutMs + 2_000 };

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** The workbook file as the CLI's `dump` shows it, read after the server has let go of it. */
async function dumpFile(file: string): Promise<unknown> {
  const reader = openTestSession(tempDir('arbejdsbogen-dump-'));
  try {
    reader.session.open(file);
    return await reader.call('workbook.dump', {});
  } finally {
    reader.close();
    fs.rmSync(reader.dir, { recursive: true, force: true });
  }
}

describe('the network cut, stalled, delayed and reordered while clients edit', () => {
  it('delivers every edit once, in order, and the clients converge on the server\'s state', async () => {
    // Every reconnection logs in again: far more than the ten a minute one address may try.
    const folder = await hostFolder({ loginsPerWindow: 10_000 });
    cleanups.push(() => folder.close());
    const proxy = await startFaultProxy(folder.server.url);
    cleanups.push(() => proxy.close());
    const editors = await openEditors(CLIENTS, 'N', folder.invite, { server: proxy.url, ...CLIENT_OPTIONS }, (close) => cleanups.push(close));

    for (const fault of ['drop', 'stall', 'delay', 'reorder'] as const) {
      proxy.mode = fault;
      const before = editors.map((e) => e.made.length);
      for (let n = 0; n < EDITS_PER_FAULT; n++) {
        for (const editor of editors) editor.edit();
        await sleep(FAULT_MS[fault] / EDITS_PER_FAULT);
      }
      const madeDuring = editors.flatMap((e, c) => e.made.slice(before[c]));
      // Nothing gets through a dropped or stalled network: those edits waited in the outboxes.
      const arrivedDuring = editors.flatMap((_e, c) => storedGoals(folder.workbookPath, `N${c} `)).filter((text) => madeDuring.includes(text));
      if (fault === 'drop' || fault === 'stall') expect(arrivedDuring).toEqual([]);
      proxy.mode = 'pass';
      await Promise.all(editors.map((e) => e.settled()));
    }
    // The proxy did what it says: each fault hit real connections.
    expect(proxy.counts).toEqual({ drop: expect.any(Number), stall: expect.any(Number), delay: expect.any(Number), reorder: expect.any(Number) });
    expect(Object.entries(proxy.counts).filter(([, n]) => n === 0)).toEqual([]);
    expect(proxy.late).toBeGreaterThan(0);

    for (const [c, editor] of editors.entries()) {
      expect(editor.failures).toEqual([]);
      expect(editor.remote.outboxCounts).toEqual({ waiting: 0, refused: 0 });
      const stored = storedGoals(folder.workbookPath, `N${c} `);
      expect(repeated(stored)).toEqual([]);
      expect(stored).toEqual(editor.made);
    }
    const db = new Database(folder.workbookPath, { readonly: true });
    try {
      // One applied call id per edit: none was applied twice under another id.
      expect(db.prepare('SELECT COUNT(*) FROM applied_call').pluck().get()).toBe(CLIENTS * 4 * EDITS_PER_FAULT);
    } finally {
      db.close();
    }

    // Converged: what each client reads through the server equals the file's own dump.
    await waitFor(() => editors.every((e) => e.remote.status.state === 'connected'), 10_000);
    const seen = await Promise.all(editors.map((e) => e.remote.invoke('workbook.dump', {})));
    await folder.server.close();
    const onDisk = await dumpFile(folder.workbookPath);
    for (const answer of seen) expect(answer).toEqual({ ok: true, value: onDisk });
    expect(path.basename(folder.workbookPath)).toBe((onDisk as { file: string }).file);
    console.log(`Fejl ramte forbindelser: ${JSON.stringify(proxy.counts)}, ${proxy.late} holdt tilbage nåede serveren efter klienten havde opgivet dem; ${CLIENTS * 4 * EDITS_PER_FAULT} ændringer, hver gemt én gang i rækkefølge; klienternes dump = filens dump`);
  }, 120_000);
});
