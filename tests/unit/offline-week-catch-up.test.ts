// A client offline "for a week": 500 changes wait in its outbox and its login has expired on
// the server meanwhile. When the network is back it logs in again by itself and sends all 500,
// each exactly once, in the order they were made. (How long that takes is measured in
// `npm run bench -- shared`, not here.)
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openEditor, repeated, storedGoals } from '../support/editors';
import { startFaultProxy } from '../support/fault-proxy';
import { hostFolder, waitFor } from '../support/server-client';

const WAITING = 500;
/**
 * The server forgets a login after this long; the client has been away longer, and sending 500
 * takes longer too, so the login also ends in the middle of catching up (the change that meets
 * the end is not run, and goes again after the client has logged in anew).
 */
const SESSION_MS = 1_500;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a client offline for a week', () => {
  it(`sends its ${WAITING} waiting changes once each, in order, after logging in again by itself`, async () => {
    const folder = await hostFolder({ sessionMs: SESSION_MS });
    cleanups.push(() => folder.close());
    const proxy = await startFaultProxy(folder.server.url);
    cleanups.push(() => proxy.close());
    const editor = await openEditor('Uge', { server: proxy.url, code: await folder.invite('Lene Bach Andersen', 'Formand'), reconnectDelaysMs: [50, 200, 1_000] });
    cleanups.push(() => editor.close());

    proxy.mode = 'drop';
    await waitFor(() => editor.remote.status.state === 'reconnecting', 5_000);
    for (let n = 0; n < WAITING; n++) editor.edit();
    expect(editor.remote.outboxCounts).toEqual({ waiting: WAITING, refused: 0 });
    // Away longer than the server keeps a login: the socket it comes back with needs a new one.
    await new Promise((resolve) => setTimeout(resolve, SESSION_MS + 500));
    expect(storedGoals(folder.workbookPath, 'Uge ')).toEqual([]);

    proxy.mode = 'pass';
    await editor.settled();
    expect(editor.failures).toEqual([]);
    expect(editor.acked.size).toBe(WAITING);
    expect(editor.remote.outboxCounts).toEqual({ waiting: 0, refused: 0 });
    const stored = storedGoals(folder.workbookPath, 'Uge ');
    expect(repeated(stored)).toEqual([]);
    expect(stored).toEqual(editor.made);
    const db = new Database(folder.workbookPath, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) FROM applied_call').pluck().get()).toBe(WAITING);
    } finally {
      db.close();
    }
  }, 120_000);
});
