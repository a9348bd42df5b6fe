// A hosted workbook someone has open in the desktop app: members can read it and every change is
// refused naming who has it; once the desktop closes it (or crashed and left its lock), the
// server takes it back for writing without a restart, and says so in its log.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import { lockPathFor, type LockOwner } from '../../electron/workbook/lock';
import { hostFolder, member, type Client, type HostedFolder } from '../support/server-client';
import { openTestSession } from '../support/workbooks';

let folder: HostedFolder;
const cleanups: Array<() => unknown> = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await folder.close();
});

/** Calls until the answer is ok (the server looks at the lock at most once a second). */
async function callUntilAccepted(client: Client, channel: string, input: unknown): Promise<Envelope<unknown>> {
  const until = Date.now() + 10_000;
  for (;;) {
    const answer = await client.call(channel, input);
    if (answer.ok || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('a hosted workbook open in the desktop app', () => {
  it('is read-only for members while the desktop has it, and writable again once it is closed there', async () => {
    folder = await hostFolder();
    const desktop = openTestSession(path.join(folder.dir, 'skrivebord'));
    desktop.session.open(folder.workbookPath);
    cleanups.push(() => desktop.close());
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    cleanups.push(() => chair.close());

    const refused = await chair.call('program.list.add', { list: 'goal', text: 'Mens skrivebordet har den' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only', message: expect.stringContaining('Test Bruger (Formand)') } });
    expect(folder.log.some((line) => line.includes('kan kun læses') && line.includes('Test Bruger'))).toBe(true);

    desktop.close();
    const reopened = chair.events.length;
    expect(await callUntilAccepted(chair, 'program.list.add', { list: 'goal', text: 'Efter skrivebordet lukkede' })).toMatchObject({ ok: true });
    expect(folder.log.some((line) => line.includes('kan ændres igen'))).toBe(true);
    // The sheets hear that the workbook is open anew (for writing), and reload.
    expect(chair.events.slice(reopened).some((e) => e.event === 'workbook.opened')).toBe(true);
    expect(fs.existsSync(lockPathFor(folder.workbookPath))).toBe(true);
  });

  it('takes over the lock of a desktop app that crashed with the workbook open', async () => {
    folder = await hostFolder();
    // A process that has ended: the lock it left names a pid that no longer runs.
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const now = new Date().toISOString();
    const owner: LockOwner = { app: 'Arbejdsbogen', user: 'Jens Hansen (Medlem)', machine: os.hostname(), pid: Number(ended.stdout), token: 'nedbrud', since: now, heartbeat: now };
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    cleanups.push(() => chair.close());
    // The server hosts the workbook (first socket) before the crash leaves its lock behind.
    expect(await chair.call('program.get', {})).toMatchObject({ ok: true });
    await folder.server.close();
    fs.writeFileSync(lockPathFor(folder.workbookPath), JSON.stringify(owner));
    const { startServer } = await import('../../electron/server/server');
    const log: string[] = [];
    const restarted = await startServer({ folder: folder.dir, host: '127.0.0.1', port: 0, log: (line) => log.push(line) });
    folder = { ...folder, server: restarted, log, close: async () => {
      await restarted.close();
      fs.rmSync(folder.dir, { recursive: true, force: true });
    } };
    const again = await member(folder, 'Lene Bach Andersen', 'Formand');
    cleanups.push(() => again.close());
    expect(await callUntilAccepted(again, 'program.list.add', { list: 'goal', text: 'Efter nedbruddet' })).toMatchObject({ ok: true });
    expect(log.some((line) => line.includes('efterladt lås') && line.includes('Jens Hansen'))).toBe(true);
  });
});
