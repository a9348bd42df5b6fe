import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathFor, systemLockEnvironment, type LockOwner } from '../../electron/workbook/lock';
import { openTestSession, tempDir } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function setup() {
  const dir = tempDir('arbejdsbogen-laas-');
  const first = openTestSession(path.join(dir, 'a'));
  const file = path.join(dir, 'Delt.arbejdsbog');
  first.session.create(file, 'programme');
  cleanups.push(() => {
    first.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir, file, first };
}

function writeForeignLock(file: string, owner: Partial<LockOwner>): LockOwner {
  const now = new Date().toISOString();
  const full: LockOwner = { app: 'Arbejdsbogen', user: 'Jens Hansen (Medlem)', machine: 'KOMMUNE-PC17', pid: 4242, token: 'fremmed', since: now, heartbeat: now, ...owner };
  fs.writeFileSync(lockPathFor(file), JSON.stringify(full));
  return full;
}

describe('one writer at a time', () => {
  it('writes a lock beside the workbook naming user, machine, process and time, and removes it on close', async () => {
    const { file, first } = setup();
    const owner = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner;
    expect(owner.user).toBe('Test Bruger (Formand)');
    expect(owner.machine).toBe(os.hostname());
    expect(owner.pid).toBe(process.pid);
    expect(Date.now() - Date.parse(owner.since)).toBeLessThan(60_000);
    first.session.close();
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  });

  it('gives a second instance the workbook read-only with a Danish message naming who and since when', async () => {
    const { dir, file, first } = setup();
    const second = openTestSession(path.join(dir, 'b'));
    cleanups.push(() => second.close());
    const info = second.session.open(file);
    expect(info.readOnly).toBe(true);
    expect(info.lock?.state).toBe('held');
    expect(info.readOnlyReason).toMatch(new RegExp(`^Arbejdsbogen er åben hos Test Bruger \\(Formand\\) på ${os.hostname()} siden \\d\\d\\.\\d\\d\\.\\d{4} kl\\. \\d\\d\\.\\d\\d\\. Du kan læse den, men ikke ændre i den`));
    // It can read what the writer stored …
    await first.call('program.update', { patch: { title: 'Ændret af den første' } });
    expect((await second.call('program.get', {})).program.title).toBe('Ændret af den første');
    // … but every write is refused in Danish, and the writer goes on.
    const refused = await second.raw('program.update', { patch: { title: 'Ændret af den anden' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Arbejdsbogen er skrivebeskyttet: Arbejdsbogen er åben hos Test Bruger/);
    await first.call('program.update', { patch: { title: 'Stadig den første' } });
    expect((await first.call('program.get', {})).program.title).toBe('Stadig den første');
    // The question about taking over is only offered for stale locks.
    expect(await second.raw('workbook.lock.takeOver', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'Der er ingen efterladt lås at overtage' } });
  });

  it('gives another machine’s live lock precedence and recognises it as stale once its heartbeat is old', async () => {
    const { dir, file, first } = setup();
    first.session.close();
    writeForeignLock(file, { heartbeat: new Date().toISOString() });
    const other = openTestSession(path.join(dir, 'b'));
    cleanups.push(() => other.close());
    expect(other.session.open(file)).toMatchObject({ readOnly: true, lock: { state: 'held', user: 'Jens Hansen (Medlem)', machine: 'KOMMUNE-PC17' } });
    other.session.close();

    const longAgo = new Date(Date.now() - 3 * 3600_000).toISOString();
    writeForeignLock(file, { since: longAgo, heartbeat: longAgo });
    const info = other.session.open(file);
    expect(info).toMatchObject({ readOnly: true, lock: { state: 'stale', machine: 'KOMMUNE-PC17' } });
    expect(info.lock?.message).toMatch(/^Arbejdsbogen ser ud til at være efterladt åben af Jens Hansen \(Medlem\) på KOMMUNE-PC17 siden .* \(der er ikke hørt fra KOMMUNE-PC17 siden .*\)\. Den er åbnet skrivebeskyttet, indtil du vælger at overtage den$/);
    const taken = await other.call('workbook.lock.takeOver', {});
    expect(taken.readOnly).toBe(false);
    expect(taken.lock).toBeNull();
    expect((JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner).user).toBe('Test Bruger (Formand)');
    await other.call('program.update', { patch: { title: 'Overtaget' } });
  });

  it('recognises the lock of a crashed app on this machine (its process is gone) and takes it over after asking', async () => {
    const { dir, file, first } = setup();
    first.session.close();
    // A process that has ended: its pid is free (or reused by something that is not us).
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeForeignLock(file, { machine: os.hostname(), pid: Number(ended.stdout) });
    const other = openTestSession(path.join(dir, 'b'));
    cleanups.push(() => other.close());
    const info = other.session.open(file);
    expect(info.lock?.state).toBe('stale');
    expect(info.lock?.message).toContain('programmet, der havde den åben, kører ikke længere');
    // Until the user answers, nothing is written.
    expect(await other.raw('program.update', { patch: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    expect((await other.call('workbook.lock.takeOver', {})).readOnly).toBe(false);
    await other.call('program.update', { patch: { title: 'Efter nedbrud' } });
  });

  it('refuses to take over a lock whose owner came back meanwhile', async () => {
    const { dir, file, first } = setup();
    first.session.close();
    const longAgo = new Date(Date.now() - 3 * 3600_000).toISOString();
    writeForeignLock(file, { since: longAgo, heartbeat: longAgo });
    const other = openTestSession(path.join(dir, 'b'));
    cleanups.push(() => other.close());
    expect(other.session.open(file).lock?.state).toBe('stale');
    writeForeignLock(file, { token: 'kom-tilbage', since: longAgo, heartbeat: new Date().toISOString() });
    const refused = await other.raw('workbook.lock.takeOver', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^Arbejdsbogen kunne ikke overtages: Arbejdsbogen er åben hos Jens Hansen/);
    expect((JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner).token).toBe('kom-tilbage');
  });

  it('stops writing, with a Danish message, when its lock was taken over (e.g. while the machine slept)', async () => {
    const { file, first } = setup();
    writeForeignLock(file, { token: 'ny-ejer' });
    const opened = new Promise((resolve) => first.session.onEvent((event) => event === 'workbook.opened' && resolve(undefined)));
    // The lock is re-read at most every 2 seconds; wait that long.
    await new Promise((r) => setTimeout(r, 2100));
    const refused = await first.raw('program.update', { patch: { title: 'for sent' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only', message: 'Arbejdsbogen er overtaget af Jens Hansen (Medlem) på KOMMUNE-PC17. Ændringen blev ikke gemt, og arbejdsbogen er nu skrivebeskyttet' } });
    await opened;
    expect(first.session.state().workbook).toMatchObject({ readOnly: true, lock: { state: 'held', machine: 'KOMMUNE-PC17' } });
    expect((await first.call('program.get', {})).program.title).not.toBe('for sent');
  });

  it('keeps the heartbeat fresh while the workbook is open', async () => {
    const dir = tempDir('arbejdsbogen-puls-');
    const s = openTestSession(dir, { lockEnvironment: systemLockEnvironment({ heartbeatMs: 50, staleAfterMs: 1000 }) });
    const file = path.join(dir, 'Puls.arbejdsbog');
    s.session.create(file, 'blank');
    cleanups.push(() => {
      s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const first = (JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner).heartbeat;
    await new Promise((r) => setTimeout(r, 200));
    const later = JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner;
    expect(Date.parse(later.heartbeat)).toBeGreaterThan(Date.parse(first));
    expect(later.since).toBe((JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner).since);
  });
});
