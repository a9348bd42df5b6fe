import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry, onTinyDisk, tinyDiskAvailable } from '../support/tiny-disk';
import { openTestSession, tempDir } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function folder(): string {
  const dir = tempDir('arbejdsbogen-fuld-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe.skipIf(!tinyDiskAvailable)('cli new on a full disk (a tiny tmpfs)', () => {
  let cli: string;
  beforeAll(async () => {
    cli = await bundleEntry('electron/cli.ts', 'cli');
  });

  // 64 KiB in all; the filler leaves room for the lock file but not the workbook, or none at all.
  for (const { free, what, message } of [
    { free: 16, what: 'SQLite runs out of room', message: 'Arbejdsbogen "Ny.arbejdsbog" kunne ikke oprettes: der er ikke plads nok på drevet. Der er ikke oprettet nogen fil' },
    { free: 0, what: 'the lock file cannot be written', message: 'Der er ikke plads på drevet til låsefilen for "Ny.arbejdsbog", så den kan ikke åbnes til skrivning. Frigør plads og prøv igen' },
  ]) {
    it(`says so in Danish and leaves nothing behind when ${what}`, async () => {
      const disk = path.join(folder(), 'disk');
      fs.mkdirSync(disk);
      const fill = free === 0 ? 'cat /dev/zero > "$0/fyld" 2>/dev/null' : `head -c ${(64 - free) * 1024} /dev/zero > "$0/fyld"`;
      const run = await onTinyDisk(64, disk, fill, [process.execPath, cli, 'new', path.join(disk, 'Ny.arbejdsbog')]);
      expect(run.stderr).toBe(`${message}\n`);
      expect(run.code).toBe(2);
      expect([...run.files.keys()]).toEqual(['fyld']);
    });
  }
});

describe('a backup folder that is a file', () => {
  it('gives Danish reasons for the automatic backup, "Sikkerhedskopiér nu" and a restore, and changes nothing', async () => {
    const dir = folder();
    const s = openTestSession(path.join(dir, 'indstillinger'));
    cleanups.push(() => s.close());
    const file = path.join(dir, 'Mørkhøj.arbejdsbog');
    s.session.create(file, 'blank');
    const backups = path.join(dir, 'Sikkerhedskopier');
    const first = fs.readdirSync(backups)[0]!;
    s.close();
    // The backup folder is gone, and a file has its name.
    fs.renameSync(backups, path.join(dir, 'gemt'));
    fs.writeFileSync(backups, 'ikke en mappe');
    s.session.open(file);
    const overview = await s.call('backups.list', {});
    expect(overview.lastError).toBe(`Den automatiske sikkerhedskopi kunne ikke gemmes i "${backups}": stien findes allerede, men er en fil og ikke en mappe`);
    const now = await s.raw('backups.createNow', {});
    expect(now).toEqual({ ok: false, error: { code: 'refused', message: `Sikkerhedskopien kunne ikke gemmes i "${backups}": stien findes allerede, men er en fil og ikke en mappe` } });
    // A folder below a file.
    s.session.settings.setBackupFolder(path.join(backups, 'under'));
    const below = await s.raw('backups.createNow', {});
    expect(below).toEqual({ ok: false, error: { code: 'refused', message: `Sikkerhedskopien kunne ikke gemmes i "${path.join(backups, 'under')}": stien findes allerede, men er en fil og ikke en mappe` } });
    expect(fs.readFileSync(backups, 'utf8')).toBe('ikke en mappe');
    expect(first).toMatch(/\(automatisk\)\.arbejdsbog$/);
  });
});
