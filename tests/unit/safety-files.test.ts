import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/workbook/lock';
import { bundleCrashChild } from '../support/crash-harness';
import { createTestWorkbook, openTestSession, tempDir, type TestWorkbook } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const isRoot = process.getuid?.() === 0;

function canMount(): boolean {
  if (!isRoot || process.platform !== 'linux') return false;
  const probe = tempDir('arbejdsbogen-mount-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const mountable = canMount();
const mounted: string[] = [];
afterAll(() => {
  for (const point of mounted.reverse()) spawnSync('umount', ['-l', point]);
});

/** A real workbook, closed and checkpointed, to damage in various ways. */
function closedWorkbook(dir: string, name = 'Kilde.arbejdsbog'): string {
  const s = openTestSession(path.join(dir, `s-${name}`));
  const file = path.join(dir, name);
  s.session.create(file, 'programme');
  s.close();
  return file;
}

/** Opens `file` through the dialog channel of a session that already has a workbook open. */
async function openThroughDialog(file: string): Promise<{ envelope: Awaited<ReturnType<TestWorkbook['raw']>>; wb: TestWorkbook }> {
  const wb = createTestWorkbook();
  cleanups.push(() => wb.close());
  await wb.call('program.update', { patch: { title: 'Det åbne arbejde' } });
  wb.session.shell.chooseFileToOpen = async () => file;
  return { envelope: await wb.raw('workbook.openDialog', {}), wb };
}

describe('files that are not workbooks this version can open', () => {
  const dir = tempDir('arbejdsbogen-filer-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, () => string, RegExp]> = [
    ['random bytes', () => {
      const f = path.join(dir, 'tilfaeldig.arbejdsbog');
      fs.writeFileSync(f, crypto.randomBytes(64 * 1024));
      return f;
    }, /er ikke en arbejdsbog \(ukendt filformat\)/],
    ['an empty file', () => {
      const f = path.join(dir, 'tom.arbejdsbog');
      fs.writeFileSync(f, '');
      return f;
    }, /er tom og er ikke en arbejdsbog/],
    ['a workbook truncated to half', () => {
      const f = closedWorkbook(dir, 'halv.arbejdsbog');
      const bytes = fs.readFileSync(f);
      fs.writeFileSync(f, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return f;
    }, /er beskadiget/],
    ['a workbook cut inside its header', () => {
      const f = closedWorkbook(dir, 'hoved.arbejdsbog');
      fs.writeFileSync(f, fs.readFileSync(f).subarray(0, 40));
      return f;
    }, /beskadiget|ikke en arbejdsbog/],
    ['a workbook from a newer version', () => {
      const f = closedWorkbook(dir, 'nyere.arbejdsbog');
      const db = new Database(f);
      db.pragma('user_version = 42');
      db.close();
      return f;
    }, /er gemt med en nyere version af Arbejdsbogen \(filversion 42, denne version kan læse op til \d+\)\. Opdatér Arbejdsbogen for at åbne den/],
    ['a foreign SQLite file', () => {
      const f = path.join(dir, 'fremmed.arbejdsbog');
      const db = new Database(f);
      db.exec('CREATE TABLE kunder (id INTEGER PRIMARY KEY, navn TEXT); INSERT INTO kunder (navn) VALUES (\'A/S\');');
      db.close();
      return f;
    }, /er en database, men ikke en arbejdsbog/],
    ['a folder', () => {
      const f = path.join(dir, 'mappe.arbejdsbog');
      fs.mkdirSync(f);
      return f;
    }, /er ikke en fil/],
    ['a file that does not exist', () => path.join(dir, 'findes-ikke.arbejdsbog'), /findes ikke/],
  ];

  for (const [what, make, message] of cases) {
    it(`refuses ${what} with a Danish message, leaves its bytes alone and keeps the open workbook`, async () => {
      const file = make();
      const before = fs.existsSync(file) && fs.statSync(file).isFile() ? hash(file) : null;
      const { envelope, wb } = await openThroughDialog(file);
      expect(envelope.ok).toBe(false);
      expect(envelope.ok ? null : envelope.error).toMatchObject({ code: 'refused', message: expect.stringMatching(message) });
      if (before) expect(hash(file)).toBe(before);
      expect(fs.existsSync(lockPathFor(file))).toBe(false);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      expect(fs.existsSync(`${file}-shm`)).toBe(false);
      // Nothing lost: the workbook that was open stays open and writable.
      expect(wb.session.current?.filePath).toBe(wb.path);
      expect((await wb.call('program.get', {})).program.title).toBe('Det åbne arbejde');
      await wb.call('program.update', { patch: { title: 'Arbejdet går videre' } });
    });
  }
});

describe('files without permission', () => {
  it('refuses a workbook it may not read, with a Danish message', async () => {
    const dir = tempDir('arbejdsbogen-adgang-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = closedWorkbook(dir);
    const before = hash(file);
    fs.chmodSync(file, 0o000);
    if (!isRoot) {
      const { envelope } = await openThroughDialog(file);
      expect(envelope.ok ? null : envelope.error).toMatchObject({ code: 'refused', message: expect.stringMatching(/kan ikke læses \(mangler du adgang til den\?\)/) });
    } else {
      // Root reads everything; run the real open as an ordinary user (nobody) instead.
      fs.chmodSync(dir, 0o755);
      const bundle = await bundleCrashChild();
      const child = spawnSync(process.execPath, [bundle, 'session', file, path.join(dir, 'nobody'), 'n'], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 20_000 });
      expect(`${child.stdout}${child.stderr}`).toMatch(/kan ikke læses \(mangler du adgang til den\?\)/);
      expect(child.status).not.toBe(0);
    }
    fs.chmodSync(file, 0o644);
    expect(hash(file)).toBe(before);
  });

  it.runIf(mountable)('opens a workbook in a read-only location read-only, with a Danish message, bytes unchanged', async () => {
    const dir = tempDir('arbejdsbogen-skrivebeskyttet-');
    const source = path.join(dir, 'kilde');
    fs.mkdirSync(source);
    const file = closedWorkbook(source, 'Skrivebeskyttet.arbejdsbog');
    const before = hash(file);
    const view = path.join(dir, 'visning');
    fs.mkdirSync(view);
    // A read-only bind mount: real EROFS, which even root cannot write through.
    execFileSync('mount', ['--bind', source, view]);
    mounted.push(view);
    execFileSync('mount', ['-o', 'remount,ro,bind', view]);
    const wb = openTestSession(path.join(dir, 's'));
    cleanups.push(() => wb.close());
    const info = wb.session.open(path.join(view, 'Skrivebeskyttet.arbejdsbog'));
    expect(info).toMatchObject({ readOnly: true, lock: { state: 'unwritable' } });
    expect(info.readOnlyReason).toBe('Du har ikke skriveadgang til mappen med arbejdsbogen. Den er åbnet skrivebeskyttet');
    expect((await wb.call('program.get', {})).program.title).toBe('Styrket indsats for social balance i Mørkhøj');
    expect(await wb.raw('program.update', { patch: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    wb.session.close();
    expect(hash(file)).toBe(before);
  });
});

describe('a full disk during a write', () => {
  it('fails the write with a Danish message; nothing half-written, nothing lost, work goes on once there is room', async () => {
    const wb = createTestWorkbook();
    cleanups.push(() => wb.close());
    await wb.call('program.update', { patch: { background: 'Før disken blev fuld' } });
    const dumpBefore = JSON.stringify(await wb.call('workbook.dump', {}));
    const db = wb.session.requireWorkbook().db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    // The database may not grow: SQLite answers SQLITE_FULL exactly as on a full disk.
    db.pragma(`max_page_count = ${pages}`);
    const big = 'Lang tekst. '.repeat(80_000);
    const refused = await wb.raw('program.update', { patch: { background: big } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused', message: 'Der er ikke mere plads på drevet, så ændringen blev ikke gemt. Intet er ændret – frigør plads og prøv igen' } });
    expect(JSON.stringify(await wb.call('workbook.dump', {}))).toBe(dumpBefore);
    expect(wb.session.state().undo.undoLabel).toBe('Ret programmets baggrund');
    db.pragma('max_page_count = 1073741823');
    await wb.call('program.update', { patch: { background: big } });
    expect((await wb.call('program.get', {})).program.background).toBe(big);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it.runIf(mountable)('on a real, tiny file system that fills up', async () => {
    const dir = tempDir('arbejdsbogen-fuld-');
    const point = path.join(dir, 'lille');
    fs.mkdirSync(point);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', point]);
    mounted.push(point);
    const s = openTestSession(path.join(dir, 's'));
    cleanups.push(() => s.close());
    const file = path.join(point, 'Lille.arbejdsbog');
    s.session.create(file, 'programme');
    await s.call('program.update', { patch: { purpose: 'Gemt før' } });
    const failures: string[] = [];
    for (let i = 0; i < 12 && failures.length === 0; i++) {
      const envelope = await s.raw('program.list.add', { list: 'goal', text: `${i} ${'ø'.repeat(300)}` });
      if (envelope.ok) continue;
      failures.push(envelope.error.message);
    }
    const chunk = 'x'.repeat(400_000);
    for (let i = 0; i < 12 && failures.length === 0; i++) {
      const envelope = await s.raw('program.update', { patch: { background: `${i}${chunk}` } });
      if (!envelope.ok) failures.push(envelope.error.message);
    }
    expect(failures[0]).toMatch(/^(Der er ikke mere plads på drevet|Filen kunne ikke skrives)/);
    s.session.close();
    // Reopened elsewhere: sound, and the earlier edit is there.
    const copy = path.join(dir, 'Kopi.arbejdsbog');
    for (const f of fs.readdirSync(point)) if (f.startsWith('Lille.arbejdsbog') && !f.endsWith('.lås')) fs.copyFileSync(path.join(point, f), path.join(dir, f.replace('Lille', 'Kopi')));
    const reader = openTestSession(path.join(dir, 'r'));
    cleanups.push(() => reader.close());
    reader.session.open(copy);
    expect((await reader.call('program.get', {})).program.purpose).toBe('Gemt før');
    expect(reader.session.requireWorkbook().db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
