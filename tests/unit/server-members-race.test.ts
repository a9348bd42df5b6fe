// `invite` and `revoke` run as their own processes while the server and other invitations run:
// each read-change-write of the member list holds the list's lock file, so two at the same
// moment wait for each other instead of writing over each other's change.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memberStorePath, MemberStore } from '../../electron/server/members';
import { tempDir } from '../support/workbooks';

let dir: string;

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function storeIn(): { store: MemberStore; lock: string } {
  dir = tempDir('arbejdsbogen-members-lock-');
  const workbook = path.join(dir, 'Mørkhøj.arbejdsbog');
  fs.writeFileSync(workbook, '');
  return { store: new MemberStore(workbook), lock: `${memberStorePath(workbook)}.lås` };
}

/** Holds the lock for 300 ms, then changes the list it reads at that moment and lets go. */
const OTHER_PROCESS = `
const fs = require('node:fs');
const [file, lock] = process.argv.slice(1);
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"Første"', '"Første (rettet af den anden)"'));
fs.rmSync(lock);
`;

describe('the member list lock', () => {
  it('waits while another process holds the lock, then adds to the list that process wrote', async () => {
    const { store, lock } = storeIn();
    await store.invite({ name: 'Første', role: 'Medlem' }, null);
    // Another process is in the middle of its change: it holds the lock, rewrites the list a
    // moment later and then lets go. It must be a real process: the wait for the lock is
    // synchronous, so a timer in this process could not run until the wait gave up.
    fs.writeFileSync(lock, '');
    const otherProcess = spawn(process.execPath, ['-e', OTHER_PROCESS, store.file, lock], { stdio: 'inherit' });
    const exited = new Promise<number | null>((resolve) => otherProcess.on('exit', resolve));
    try {
      await new MemberStore(store.workbookPath).invite({ name: 'Anden', role: 'Medlem' }, null);
    } finally {
      expect(await exited).toBe(0);
    }
    // Had the invitation not waited, the other process would have written over it.
    expect(new MemberStore(store.workbookPath).list().map((m) => m.name)).toEqual(['Første (rettet af den anden)', 'Anden']);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a process that died while writing, and gives up in Danish on a live one', async () => {
    const { store, lock } = storeIn();
    fs.writeFileSync(lock, '');
    const longAgo = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, longAgo, longAgo);
    await store.invite({ name: 'Efter nedbrud', role: 'Medlem' }, null);
    expect(store.list().map((m) => m.name)).toEqual(['Efter nedbrud']);

    fs.writeFileSync(lock, '');
    expect(() => store.revoke('Efter nedbrud')).toThrow(/Medlemslisten er optaget af et andet program/);
    expect(store.list()[0]!.revokedAt).toBeNull();
    fs.rmSync(lock);
    expect(store.revoke('Efter nedbrud')).toHaveLength(1);
  }, 20_000);
});
