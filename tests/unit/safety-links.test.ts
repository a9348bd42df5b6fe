import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor, type LockOwner } from '../../electron/workbook/lock';
import { bundleCrashChild, runChild, verifyWorkbook } from '../support/crash-harness';
import { fileHash } from '../support/file-hash';
import { openTestSession, tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
let bundle: string;
let dir: string;
beforeAll(async () => {
  bundle = await bundleCrashChild();
  dir = tempDir('arbejdsbogen-lænker-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let count = 0;
function freshWorkbook(): { file: string; folder: string } {
  const folder = path.join(dir, `w${count++}`);
  fs.mkdirSync(folder);
  const base = openTestSession(path.join(folder, 's'));
  const file = path.join(folder, 'Delt.arbejdsbog');
  base.session.create(file, 'programme');
  base.close();
  return { file, folder };
}

interface Opened {
  opened?: { readOnly: boolean; lock: { state: string; message: string } | null };
  takenOver?: { readOnly: boolean; lock: unknown };
  error?: string;
}

/** Opens in a child process (crash-child "open"), so a lock that makes opening hang cannot hang the test. */
function openElsewhere(file: string): Opened {
  const settings = fs.mkdtempSync(path.join(dir, 'child-'));
  const result = spawnSync(process.execPath, [bundle, 'open', file, settings], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
  if (result.signal) throw new Error(`opening hung (killed with ${result.signal}): ${result.stderr}`);
  const line = result.stdout.split('\n').find((l) => l.startsWith('opened '));
  if (!line) throw new Error(`no answer: ${result.stdout} ${result.stderr}`);
  return JSON.parse(line.slice('opened '.length)) as Opened;
}

describe('symbolic and hard links to a workbook', () => {
  it('a writer through a symbolic link finds the lock of the writer through the real path: only one gets to write', async () => {
    const { file, folder } = freshWorkbook();
    const link = path.join(folder, 'Genvej.arbejdsbog');
    fs.symlinkSync(file, link);
    const linkedFolder = path.join(dir, `mappe-genvej-${count}`);
    fs.symlinkSync(folder, linkedFolder);

    const first = openTestSession(path.join(folder, 'a'));
    expect(first.session.open(file).readOnly).toBe(false);
    await first.call('program.list.add', { list: 'goal', text: 'fra den første' });
    // A second process, through a link to the file and through a link to its folder.
    for (const other of [link, path.join(linkedFolder, 'Delt.arbejdsbog')]) {
      // Should it get to write, it is stopped after a moment, with its confirmed edits counted.
      const run = await runChild(bundle, ['session', other, fs.mkdtempSync(path.join(dir, 'child-')), 'B'], 300);
      expect(run.acked).toEqual([]);
      expect(run.errors.join('\n')).toMatch(/^readonly Arbejdsbogen er åben hos Test Bruger \(Formand\)/);
    }
    // The other way round: the first opened through the link, a second session through the real path.
    first.close();
    const viaLink = openTestSession(path.join(folder, 'c'));
    expect(viaLink.session.open(link).readOnly).toBe(false);
    expect(fs.existsSync(lockPathFor(file))).toBe(true);
    expect(fs.existsSync(lockPathFor(link))).toBe(false);
    const second = openTestSession(path.join(folder, 'd'));
    expect(second.session.open(file)).toMatchObject({ readOnly: true, lock: { state: 'held' } });
    second.close();
    viaLink.close();
    expect(verifyWorkbook(file).problems).toEqual([]);
  }, 60_000);

  it('refuses a workbook with more than one hard link, in Danish, under either name, untouched', async () => {
    const { file, folder } = freshWorkbook();
    const other = path.join(folder, 'Andet navn.arbejdsbog');
    fs.linkSync(file, other);
    const before = fileHash(file);
    const listing = fs.readdirSync(folder).sort();
    for (const name of [file, other]) {
      const s = openTestSession(path.join(dir, `e${count++}`));
      expect(() => s.session.open(name)).toThrow(
        new RegExp(`^Filen "${path.basename(name)}" har mere end ét navn i filsystemet \\(en hård lænke\\) og åbnes ikke, for to navne til samme arbejdsbog kan ødelægge den\\. Kopiér filen, og åbn kopien$`),
      );
      s.close();
      // A writer process that gets there is refused too: nothing confirmed, nothing written.
      const run = await runChild(bundle, ['session', name, fs.mkdtempSync(path.join(dir, 'child-')), 'H'], 300);
      expect(run.acked).toEqual([]);
      expect(run.errors.join('\n')).toMatch(/hård lænke/);
    }
    expect(fileHash(file)).toBe(before);
    expect(fs.readdirSync(folder).sort()).toEqual(listing);
  }, 60_000);
});

describe('a lock path that is not a lock file', () => {
  const longAgo = new Date(Date.now() - 3 * 3600_000);

  it('a FIFO as lock file neither hangs opening nor blocks the workbook: it is offered for takeover and taken over', () => {
    const { file } = freshWorkbook();
    const made = spawnSync('mkfifo', [lockPathFor(file)]);
    expect(made.status).toBe(0);
    const result = openElsewhere(file);
    expect(result.error).toBeUndefined();
    expect(result.opened?.readOnly).toBe(true);
    expect(result.opened?.lock).toMatchObject({ state: 'stale' });
    expect(result.opened?.lock?.message).toMatch(/^Arbejdsbogen ser ud til at være efterladt åben af en anden bruger \(låsefilen er en navngiven kanal \(FIFO\) og ikke en lås fra Arbejdsbogen\)\. Den er åbnet skrivebeskyttet, indtil du vælger at overtage den$/);
    expect(result.takenOver).toEqual({ readOnly: false, lock: null });
    expect(fs.existsSync(lockPathFor(file))).toBe(false);
  }, 30_000);

  it('a dangling symbolic link as lock file is offered for takeover, and taking over never writes through the link', () => {
    const { file, folder } = freshWorkbook();
    const target = path.join(folder, 'findes-ikke.txt');
    fs.symlinkSync(target, lockPathFor(file));
    const result = openElsewhere(file);
    expect(result.error).toBeUndefined();
    expect(result.opened?.lock).toMatchObject({ state: 'stale' });
    expect(result.opened?.lock?.message).toContain('(låsefilen er en genvej (symbolsk lænke) og ikke en lås fra Arbejdsbogen)');
    expect(result.takenOver).toEqual({ readOnly: false, lock: null });
    expect(fs.existsSync(target)).toBe(false);
  }, 30_000);

  it('a folder as lock file gives a takeover offer, not "uventet fejl"; a folder with contents is kept, renamed', async () => {
    const { file, folder } = freshWorkbook();
    fs.mkdirSync(lockPathFor(file));
    fs.writeFileSync(path.join(lockPathFor(file), 'noget.txt'), 'vigtigt');
    fs.utimesSync(lockPathFor(file), longAgo, longAgo);
    const result = openElsewhere(file);
    expect(result.error).toBeUndefined();
    expect(result.opened?.lock).toMatchObject({ state: 'stale' });
    expect(result.opened?.lock?.message).toContain('(låsefilen er en mappe og ikke en lås fra Arbejdsbogen)');
    expect(result.takenOver).toEqual({ readOnly: false, lock: null });
    const kept = fs.readdirSync(folder).find((name) => name.startsWith('Delt.arbejdsbog.lås.overtaget-'));
    expect(kept).toBeDefined();
    expect(fs.readFileSync(path.join(folder, kept!, 'noget.txt'), 'utf8')).toBe('vigtigt');

    // Through the dispatcher, as the window asks: an empty folder, taken over and removed.
    const s = openTestSession(path.join(folder, 'f'));
    fs.mkdirSync(lockPathFor(file));
    expect(s.session.open(file).lock?.state).toBe('stale');
    expect(await s.raw('workbook.lock.takeOver', {})).toMatchObject({ ok: true, value: { readOnly: false, lock: null } });
    expect((JSON.parse(fs.readFileSync(lockPathFor(file), 'utf8')) as LockOwner).user).toBe('Test Bruger (Formand)');
    await s.call('program.list.add', { list: 'goal', text: 'efter mappen' });
    s.close();
  }, 30_000);
});
