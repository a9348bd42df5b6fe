// The server process killed with SIGKILL at random moments, 50 times, while 10 members edit
// through the app's client (RemoteWorkbook with an outbox each). After every kill the file is
// sound and holds every edit the server acknowledged; after every restart each client finds the
// server again by itself; in the end every edit is there exactly once, in the order it was made.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyWorkbook } from '../support/crash-harness';
import { openEditors, repeated, storedGoals } from '../support/editors';
import { seeded, sleep } from '../support/seeded';
import { waitFor } from '../support/server-client';
import { bundleServer, hostedFile, killServerProcess, startServerProcess, type ServerProcess } from '../support/server-process';

/**
 * Each logs in again after every restart, all from 127.0.0.1: the server takes 10 logins a
 * minute from one address, so more clients here would be refused for the rest of the minute.
 */
const CLIENTS = 10;
const KILLS = 50;
/** Short waits between reconnection attempts, so 50 restarts fit in the test's time. */
const CLIENT_OPTIONS = { reconnectDelaysMs: [20, 50, 100, 200], connectTimeoutMs: 5_000, callTimeoutMs: 10_000 };

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('a server killed at random moments while 10 clients edit', () => {
  it('loses no acknowledged edit, applies none twice, and every client catches up by itself', async () => {
    const hosted = hostedFile('blank');
    cleanups.push(() => fs.rmSync(hosted.dir, { recursive: true, force: true }));
    const bundle = await bundleServer();
    let server: ServerProcess = await startServerProcess(bundle, hosted.dir, 0);
    cleanups.push(() => killServerProcess(server));

    // A member each, as ten laptops would be (one login each after every restart).
    const editors = await openEditors(CLIENTS, 'K', hosted.invite, { server: server.url, ...CLIENT_OPTIONS }, (close) => cleanups.push(close));

    // Each client edits at its own pace, whether the server is there or not.
    const random = seeded(1450);
    let editing = true;
    const typing = editors.map(async (editor, c) => {
      const pace = seeded(c + 1);
      while (editing) {
        editor.edit();
        await sleep(300 + Math.floor(pace() * 600));
      }
    });

    const missingAfterKill: string[] = [];
    const problems: string[] = [];
    let downtimeEdits = 0;
    let killedWhileReconnecting = 0;
    let caughtUpChecks = 0;
    const connected = () => editors.every((e) => e.remote.status.state === 'connected');
    for (let kill = 0; kill < KILLS; kill++) {
      if (kill > 0 && kill % 5 === 0) {
        // Every fifth restart: each client has found the server by itself and sent everything it
        // made before the restart – nobody told it the server was back.
        const madeBefore = editors.map((e) => e.made.length);
        // A bound for liveness, not speed: on a loaded machine (CI runs unit and e2e side by side) ten clients logging in again take their time.
        await waitFor(() => connected() && editors.every((e, c) => e.made.slice(0, madeBefore[c]).every((text) => e.acked.has(text))), 150_000);
        caughtUpChecks++;
      }
      // Any moment: while the clients log in again, send their outboxes or just edit.
      await sleep(Math.floor(random() * 2_500));
      if (!connected()) killedWhileReconnecting++;
      await killServerProcess(server);
      const madeAtKill = editors.reduce((sum, e) => sum + e.made.length, 0);
      // Acknowledged before the kill: the server said it was stored.
      const acked = editors.flatMap((editor) => [...editor.acked]);
      const check = verifyWorkbook(hosted.file);
      problems.push(...check.problems.map((p) => `kill ${kill}: ${p}`));
      missingAfterKill.push(...acked.filter((text) => !check.goalTexts.has(text)).map((text) => `kill ${kill}: ${text}`));
      // Edits go on while it is down (and starting again): they wait in the outboxes.
      await sleep(Math.floor(random() * 200));
      server = await startServerProcess(bundle, hosted.dir, server.port);
      downtimeEdits += editors.reduce((sum, e) => sum + e.made.length, 0) - madeAtKill;
    }
    editing = false;
    await Promise.all(typing);
    // The last restart: everyone catches up by itself.
    await Promise.all(editors.map((editor) => editor.settled()));
    expect(editors.map((e) => e.remote.status.state)).toEqual(editors.map(() => 'connected'));

    expect(problems).toEqual([]);
    expect(missingAfterKill).toEqual([]);
    for (const editor of editors) {
      expect(editor.failures).toEqual([]);
      expect(editor.remote.outboxCounts).toEqual({ waiting: 0, refused: 0 });
    }
    await killServerProcess(server);
    const final = verifyWorkbook(hosted.file);
    expect(final.problems).toEqual([]);
    const made = editors.reduce((sum, e) => sum + e.made.length, 0);
    for (const [c, editor] of editors.entries()) {
      const stored = storedGoals(hosted.file, `K${c} `);
      expect(repeated(stored)).toEqual([]);
      expect(stored).toEqual(editor.made);
    }
    expect(caughtUpChecks).toBe(KILLS / 5 - 1);
    console.log(`${KILLS} SIGKILL (${killedWhileReconnecting} mens klienter endnu loggede ind igen), ${made} ændringer fra ${CLIENTS} klienter (${downtimeEdits} lavet, mens serveren var nede; højst ${Math.max(...editors.map((e) => e.mostWaiting))} ventende i én udbakke): alle kvitterede fandtes efter hvert drab, alle gemt én gang, i rækkefølge`);
  }, 900_000);
});
