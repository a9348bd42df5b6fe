import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { systemLockEnvironment } from '../../electron/workbook/lock';
import { DROP_AFTER_VERSION_9 } from '../support/older-files';
import { openTestSession, tempDir } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A session whose clock the test moves forward day by day. */
function withClock(start = new Date(2026, 10, 2, 9, 0, 0)) {
  const dir = tempDir('arbejdsbogen-kopier-');
  const clock = { now: start };
  const env = { ...systemLockEnvironment(), now: () => clock.now };
  const s = openTestSession(path.join(dir, 'a'), { lockEnvironment: env, shell: {
    documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null,
    chooseFolder: async () => path.join(dir, 'Valgt mappe'),
  } });
  const file = path.join(dir, 'Mørkhøj.arbejdsbog');
  s.session.create(file, 'programme');
  cleanups.push(() => {
    s.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const nextDay = () => {
    clock.now = new Date(clock.now.getTime() + 24 * 3600_000);
  };
  return { dir, file, s, clock, nextDay };
}

describe('automatic backups', () => {
  it('makes one a day while the workbook is in use, beside the file, and keeps the last 14', async () => {
    const { dir, s, nextDay } = withClock();
    const folder = path.join(dir, 'Sikkerhedskopier');
    let overview = await s.call('backups.list', {});
    expect(overview.folder).toBe(folder);
    expect(overview.backups.map((b) => b.name)).toEqual(['Mørkhøj 2026-11-02 09.00.00 (automatisk).arbejdsbog']);
    // More edits the same day: no more copies.
    for (let i = 0; i < 5; i++) await s.call('program.list.add', { list: 'goal', text: `samme dag ${i}` });
    expect((await s.call('backups.list', {})).backups).toHaveLength(1);
    // 20 working days: one copy a day at the first change, the oldest removed beyond 14.
    for (let day = 1; day <= 20; day++) {
      nextDay();
      await s.call('program.list.add', { list: 'goal', text: `dag ${day}` });
      await s.call('program.list.add', { list: 'goal', text: `dag ${day} igen` });
    }
    overview = await s.call('backups.list', {});
    expect(overview.keep).toBe(14);
    expect(overview.backups).toHaveLength(14);
    expect(overview.backups[0]!.name).toBe('Mørkhøj 2026-11-22 09.00.00 (automatisk).arbejdsbog');
    expect(overview.backups.at(-1)!.name).toBe('Mørkhøj 2026-11-09 09.00.00 (automatisk).arbejdsbog');
    expect(overview.backups.every((b) => b.kind === 'automatic' && b.sizeBytes > 0)).toBe(true);
    // Each copy is a whole, sound workbook holding the state of its day.
    const copy = new Database(path.join(folder, overview.backups[0]!.name), { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const texts = copy.prepare("SELECT text FROM program_list_item WHERE list = 'goal'").pluck().all();
    // Taken before the first change of its day: it holds the day before, not the day itself.
    expect(texts).toContain('dag 19 igen');
    expect(texts).not.toContain('dag 20');
    copy.close();
  });

  it('goes to a folder the user chooses, remembered as a setting, and back beside the file on request', async () => {
    const { dir, s, nextDay } = withClock();
    const chosen = await s.call('backups.chooseFolder', {});
    expect(chosen).toMatchObject({ folder: path.join(dir, 'Valgt mappe'), chosenByUser: true });
    expect(chosen!.backups).toHaveLength(1);
    expect(s.session.settings.backupFolder).toBe(path.join(dir, 'Valgt mappe'));
    nextDay();
    await s.call('program.list.add', { list: 'goal', text: 'ny dag' });
    expect(fs.readdirSync(path.join(dir, 'Valgt mappe')).filter((f) => f.endsWith('.arbejdsbog'))).toHaveLength(2);
    const back = await s.call('backups.useDefaultFolder', {});
    expect(back).toMatchObject({ folder: path.join(dir, 'Sikkerhedskopier'), chosenByUser: false });
  });
});

describe('Gendan fra sikkerhedskopi', () => {
  it('restores a chosen backup after backing up the current state first', async () => {
    const { s, nextDay } = withClock();
    await s.call('program.update', { patch: { title: 'Mandag' } });
    nextDay();
    await s.call('program.update', { patch: { title: 'Tirsdag' } });
    nextDay();
    await s.call('program.update', { patch: { title: 'Onsdag – ved en fejl' } });
    const list = await s.call('backups.list', {});
    const tuesdayMorning = list.backups.find((b) => b.name.includes('2026-11-03'))!;
    const restored = await s.call('backups.restore', { name: tuesdayMorning.name });
    expect(restored.readOnly).toBe(false);
    expect((await s.call('program.get', {})).program.title).toBe('Mandag');
    // The state just before the restore was itself kept and holds Wednesday's edit.
    const after = await s.call('backups.list', {});
    const safety = after.backups.find((b) => b.kind === 'beforeRestore')!;
    const copy = new Database(path.join(after.folder, safety.name), { readonly: true });
    expect(copy.prepare('SELECT title FROM program').pluck().get()).toBe('Onsdag – ved en fejl');
    copy.close();
    // Work goes on in the restored workbook.
    await s.call('program.update', { patch: { title: 'Videre' } });
    expect(s.session.requireWorkbook().db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fs.existsSync(`${s.session.requireWorkbook().filePath}.lås`)).toBe(true);
  });

  it('takes only names it listed: no paths, no unknown files; and refuses a backup from a newer version', async () => {
    const { dir, s } = withClock();
    await s.call('program.update', { patch: { title: 'Uændret' } });
    for (const name of ['../Mørkhøj.arbejdsbog', '/etc/passwd', 'Mørkhøj 2030-01-01 00.00.00 (automatisk).arbejdsbog', 'x'.repeat(401)]) {
      const refused = await s.raw('backups.restore', { name });
      expect(refused.ok).toBe(false);
      expect(refused.ok ? '' : refused.error.message).toMatch(/Sikkerhedskopien findes ikke|Sikkerhedskopi må højst/);
    }
    const folder = path.join(dir, 'Sikkerhedskopier');
    const newer = path.join(folder, 'Mørkhøj 2026-11-01 08.00.00 (automatisk).arbejdsbog');
    fs.copyFileSync(path.join(folder, fs.readdirSync(folder)[0]!), newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    const refused = await s.raw('backups.restore', { name: path.basename(newer) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/nyere version af Arbejdsbogen/);
    expect((await s.call('program.get', {})).program.title).toBe('Uændret');
  });

  it('is refused for a read-only workbook', async () => {
    const { dir, file } = withClock();
    const other = openTestSession(path.join(dir, 'b'));
    cleanups.push(() => other.close());
    other.session.open(file);
    const list = await other.call('backups.list', {});
    const refused = await other.raw('backups.restore', { name: list.backups[0]!.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'read_only' } });
  });
});

describe('pruning old backups', () => {
  const titleIn = (file: string) => {
    const copy = new Database(file, { readonly: true });
    try {
      return copy.prepare('SELECT title FROM program').pluck().get() as string;
    } finally {
      copy.close();
    }
  };

  it('goes by the files’ time, not the names’: after a clock that ran a year ahead, the day’s new backup is kept', async () => {
    const { s, clock, nextDay } = withClock();
    clock.now = new Date(2027, 10, 2, 9, 0, 0);
    for (let day = 0; day < 14; day++) {
      nextDay();
      await s.call('program.update', { patch: { title: `Fremtid ${day}` } });
    }
    expect((await s.call('backups.list', {})).backups.filter((b) => b.name.includes('2027'))).toHaveLength(14);
    // The clock is put right; the first change of the (real) next day makes that day's backup.
    clock.now = new Date(2026, 10, 3, 9, 0, 0);
    await s.call('program.update', { patch: { title: 'Tilbage i nutiden' } });
    const overview = await s.call('backups.list', {});
    const today = overview.backups.find((b) => b.name === 'Mørkhøj 2026-11-03 09.00.00 (automatisk).arbejdsbog');
    expect(today).toBeDefined();
    expect(titleIn(path.join(overview.folder, today!.name))).toBe('Fremtid 13');
    expect(overview.backups.filter((b) => b.kind === 'automatic')).toHaveLength(14);
    expect(overview.lastError).toBeNull();
  });

  it('never removes the copy just taken before a restore: 16 restores within one second each keep their edit', async () => {
    const { s } = withClock();
    const first = (await s.call('backups.list', {})).backups[0]!.name;
    const lost: number[] = [];
    for (let i = 0; i < 16; i++) {
      await s.call('program.update', { patch: { title: `Ændring ${i}` } });
      await s.call('backups.restore', { name: first });
      const overview = await s.call('backups.list', {});
      const safety = overview.backups.filter((b) => b.kind === 'beforeRestore');
      expect(safety.length).toBeLessThanOrEqual(14);
      if (!safety.some((b) => titleIn(path.join(overview.folder, b.name)) === `Ændring ${i}`)) lost.push(i);
    }
    expect(lost).toEqual([]);
  });

  it('reports a backup it could not remove in the backup dialog, and goes on', async () => {
    const { s, nextDay } = withClock();
    for (let day = 0; day < 14; day++) {
      nextDay();
      await s.call('program.update', { patch: { title: `Dag ${day}` } });
    }
    const oldest = (await s.call('backups.list', {})).backups.at(-1)!.name;
    const rmSync = fs.rmSync;
    const spy = vi.spyOn(fs, 'rmSync').mockImplementation((target, options) => {
      if (String(target).endsWith(oldest)) throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' });
      rmSync(target, options);
    });
    try {
      nextDay();
      await s.call('program.update', { patch: { title: 'Ny dag' } });
    } finally {
      spy.mockRestore();
    }
    const overview = await s.call('backups.list', {});
    expect(overview.lastError).toBe(`Gamle sikkerhedskopier kunne ikke slettes: "${oldest}" kunne ikke slettes (EBUSY)`);
    expect(overview.backups[0]!.name).toBe('Mørkhøj 2026-11-17 09.00.00 (automatisk).arbejdsbog');
  });
});

describe('a backup folder shared by workbooks of the same name', () => {
  it('lists, keeps and restores only this workbook’s own backups (by the identity stored in the file)', async () => {
    const dir = tempDir('arbejdsbogen-delt-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const shared = path.join(dir, 'Fælles sikkerhedskopier');
    const clock = { now: new Date(2026, 10, 2, 9, 0, 0) };
    const env = { ...systemLockEnvironment(), now: () => clock.now };
    const open = (who: string) => {
      const s = openTestSession(path.join(dir, `${who}-indstillinger`), { lockEnvironment: env });
      s.session.settings.setBackupFolder(shared);
      cleanups.push(() => s.close());
      fs.mkdirSync(path.join(dir, who));
      // The default name: the same for everyone.
      s.session.create(path.join(dir, who, 'Social balance i Mørkhøj.arbejdsbog'), 'blank');
      return s;
    };
    const a = open('a');
    await a.call('program.update', { patch: { title: 'A’s arbejdsbog' } });
    clock.now = new Date(2026, 10, 2, 9, 0, 5);
    const b = open('b');
    await b.call('program.update', { patch: { title: 'B’s arbejdsbog' } });
    await b.call('backups.createNow', {});

    const listA = (await a.call('backups.list', {})).backups.map((x) => x.name);
    const listB = (await b.call('backups.list', {})).backups.map((x) => x.name);
    expect(fs.readdirSync(shared).filter((n) => n.endsWith('.arbejdsbog'))).toHaveLength(3);
    expect(listA).toEqual(['Social balance i Mørkhøj 2026-11-02 09.00.00 (automatisk).arbejdsbog']);
    expect(listB).toEqual([
      'Social balance i Mørkhøj 2026-11-02 09.00.05 (manuel).arbejdsbog',
      'Social balance i Mørkhøj 2026-11-02 09.00.05 (automatisk).arbejdsbog',
    ]);
    // A's backup is not B's to restore.
    const refused = await b.raw('backups.restore', { name: listA[0]! });
    expect(refused).toMatchObject({ ok: false, error: { message: 'Sikkerhedskopien findes ikke (længere)' } });
    await b.call('program.update', { patch: { title: 'B ved en fejl' } });
    await b.call('backups.restore', { name: listB[0]! });
    expect((await b.call('program.get', {})).program.title).toBe('B’s arbejdsbog');
    // Restoring kept B's identity: B still sees its own three backups (manual, automatic, before restore).
    expect((await b.call('backups.list', {})).backups).toHaveLength(3);
    expect((await a.call('backups.list', {})).backups).toHaveLength(1);
  });

  it('gives "Gem kopi som…" a new identity, so the copy’s backups are its own', async () => {
    const { dir, s } = withClock();
    const copy = path.join(dir, 'Kopi.arbejdsbog');
    s.session.saveCopy(copy);
    const identity = (file: string) => {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare('SELECT uuid FROM workbook_identity').pluck().get() as string;
      } finally {
        db.close();
      }
    };
    const own = s.session.requireWorkbook().db.prepare('SELECT uuid FROM workbook_identity').pluck().get() as string;
    expect(own).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity(copy)).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity(copy)).not.toBe(own);
  });
});

describe('backups from before workbook identities (version 6 and older)', () => {
  it('are listed beside the workbook, not in a chosen shared folder; restoring one keeps the identity', async () => {
    const { dir, file, s } = withClock();
    await s.call('program.update', { patch: { title: 'Fra version 6' } });
    s.close();
    const old = new Database(file);
    old.exec('DROP TABLE workbook_identity; DROP INDEX change_by_row; DROP TABLE applied_call');
    old.exec(DROP_AFTER_VERSION_9);
    old.pragma('user_version = 6');
    old.close();
    const legacyName = 'Mørkhøj 2026-11-01 08.00.00 (automatisk).arbejdsbog';
    const shared = path.join(dir, 'Fælles');
    fs.mkdirSync(shared);
    for (const folder of [path.join(dir, 'Sikkerhedskopier'), shared]) fs.copyFileSync(file, path.join(folder, legacyName));

    s.session.open(file);
    const identity = () => s.session.requireWorkbook().db.prepare('SELECT uuid FROM workbook_identity').pluck().get() as string;
    const own = identity();
    expect((await s.call('backups.list', {})).backups.map((b) => b.name)).toContain(legacyName);
    await s.call('program.update', { patch: { title: 'Efter opgradering' } });
    await s.call('backups.restore', { name: legacyName });
    expect((await s.call('program.get', {})).program.title).toBe('Fra version 6');
    expect(identity()).toBe(own);
    expect((await s.call('backups.list', {})).backups.some((b) => b.kind === 'beforeRestore')).toBe(true);

    s.session.settings.setBackupFolder(shared);
    expect((await s.call('backups.list', {})).backups.map((b) => b.name)).not.toContain(legacyName);
  });
});
