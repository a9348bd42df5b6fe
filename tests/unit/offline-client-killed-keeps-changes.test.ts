// An app killed with SIGKILL while offline keeps its waiting changes: a client process of its own
// (tests/support/offline-client-child.ts, RemoteWorkbook with an outbox folder) adds goals while
// the server is down and is killed in the middle of it; the next run with the same outbox folder
// sends every change it had said was kept, once, in order, when the server is back.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from '../../electron/server/server';
import { RemoteWorkbook } from '../../electron/remote/remote-workbook';
import { bundleEntry, ROOT } from '../support/bundle';
import { repeated, storedGoals } from '../support/editors';
import { hostFolder, waitFor, WORKBOOK } from '../support/server-client';
import { tempDir } from '../support/workbooks';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('an offline client killed with SIGKILL', () => {
  it('keeps the changes it said were kept, and the next run sends them once, in order', async () => {
    const folder = await hostFolder();
    cleanups.push(() => folder.close());
    const port = Number(new URL(folder.server.url).port);
    const code = await folder.invite('Lene Bach Andersen', 'Formand');
    const outboxDir = tempDir('arbejdsbogen-udbakke-');
    cleanups.push(() => fs.rmSync(outboxDir, { recursive: true, force: true }));
    const bundle = await bundleEntry('tests/support/offline-client-child.ts', 'offline-client-child');

    const child = spawn(process.execPath, [bundle, folder.server.url, WORKBOOK, code, outboxDir, 'Offline'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(() => child.exitCode === null && child.signalCode === null && child.kill('SIGKILL'));
    const lines: string[] = [];
    let partial = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const rows = (partial + chunk).split('\n');
      partial = rows.pop()!;
      lines.push(...rows);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const stored = () => lines.filter((line) => line.startsWith('stored ')).map((line) => line.slice('stored '.length));

    await waitFor(() => lines.includes('ready') || child.exitCode !== null, 30_000);
    expect(lines).toEqual(['ready']);
    // The server goes down; the client goes on working offline.
    await folder.server.close();
    await waitFor(() => stored().length >= 40, 30_000);
    // Killed while it is still adding: the change being written is either whole or ignored.
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(stderr).toBe('');
    expect(lines.filter((line) => line.startsWith('error'))).toEqual([]);
    const kept = stored();
    expect(storedGoals(folder.workbookPath, 'Offline ')).toEqual([]);

    // The server is back at the same address; the app starts again with the same outbox folder.
    const restarted = await startServer({ folder: folder.dir, host: '127.0.0.1', port, log: () => undefined });
    cleanups.push(() => restarted.close());
    const next = await RemoteWorkbook.open({ server: folder.server.url, workbook: WORKBOOK, code, outboxDir, reconnectDelaysMs: [50, 200] });
    cleanups.push(() => next.close());
    await waitFor(() => next.outboxCounts.waiting === 0, 30_000);
    expect(next.outboxCounts.refused).toBe(0);

    const arrived = storedGoals(folder.workbookPath, 'Offline ');
    expect(repeated(arrived)).toEqual([]);
    // Everything it said was kept, in order; at most the one it was writing when killed besides.
    expect(arrived.slice(0, kept.length)).toEqual(kept);
    expect(arrived.length - kept.length).toBeLessThanOrEqual(1);
    console.log(`Dræbt offline efter ${kept.length} gemte ændringer; ${arrived.length} nåede serveren ved næste start, hver én gang, i rækkefølge`);
  }, 90_000);
});
