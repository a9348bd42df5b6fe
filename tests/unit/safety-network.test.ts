import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { detectStorage, isUncPath, mountFor, parseBsdMount, parseProcMounts, type LocationProbe } from '../../electron/workbook/location';
import { openTestSession, tempDir } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** Simulates a share: the test's folder appears in the mount table as an NFS or SMB mount. */
function shareProbe(folder: string, type = 'cifs'): LocationProbe {
  const table = `/dev/vda / ext4 rw,relatime 0 0\n//fileserver/faelles ${fs.realpathSync(folder).replace(/ /g, '\\040')} ${type} rw,relatime 0 0\n`;
  return { platform: 'linux', mountTable: () => table };
}

describe('telling a network drive from a local disk', () => {
  it('reads the Linux mount table, with escaped spaces, choosing the deepest mount', () => {
    const mounts = parseProcMounts('/dev/vda / ext4 rw 0 0\nsrv:/home /mnt/fælles\\040drev nfs4 rw 0 0\n/dev/vdb /mnt/fælles\\040drev/lokal ext4 rw 0 0\n');
    expect(mountFor('/mnt/fælles drev/mappe', mounts)?.type).toBe('nfs4');
    expect(mountFor('/mnt/fælles drev/lokal/x', mounts)?.type).toBe('ext4');
    expect(mountFor('/mnt/fælles drevet/x', mounts)?.type).toBe('ext4');
    for (const type of ['nfs', 'nfs4', 'cifs', 'smb3', 'fuse.sshfs', 'davfs']) {
      expect(detectStorage('/srv/x/a.arbejdsbog', { platform: 'linux', mountTable: () => `a /srv/x ${type} rw 0 0` })).toBe('network');
    }
    for (const type of ['ext4', 'xfs', 'btrfs', 'tmpfs', 'overlay']) {
      expect(detectStorage('/srv/x/a.arbejdsbog', { platform: 'linux', mountTable: () => `a /srv/x ${type} rw 0 0` })).toBe('local');
    }
  });

  it('reads macOS mount output', () => {
    const mounts = parseBsdMount('/dev/disk1s1 on / (apfs, local, journaled)\n//bruger@server/Fælles on /Volumes/Fælles (smbfs, nodev, nosuid, mounted by bruger)\n');
    expect(detectStorage('/Volumes/Fælles/Mørkhøj.arbejdsbog', { platform: 'darwin', mountTable: () => mounts.map((m) => `x on ${m.mountPoint} (${m.type}, y)`).join('\n') })).toBe('network');
  });

  it('knows UNC paths and mapped network drives on Windows', () => {
    expect(isUncPath('\\\\fileserver\\faelles\\Mørkhøj.arbejdsbog')).toBe(true);
    expect(isUncPath('\\\\?\\UNC\\fileserver\\faelles\\x.arbejdsbog')).toBe(true);
    expect(isUncPath('C:\\Users\\x.arbejdsbog')).toBe(false);
    const probe = (types: Record<string, number>): LocationProbe => ({ platform: 'win32', windowsDriveType: (d) => types[d] ?? 3 });
    expect(detectStorage('\\\\fileserver\\faelles\\Mørkhøj.arbejdsbog', probe({}))).toBe('network');
    expect(detectStorage('Z:\\Styregruppe\\Mørkhøj.arbejdsbog', probe({ 'Z:': 4 }))).toBe('network');
    expect(detectStorage('C:\\Users\\bruger\\Documents\\Mørkhøj.arbejdsbog', probe({ 'Z:': 4 }))).toBe('local');
  });
});

describe('a workbook on a network drive', () => {
  function onShare(type = 'cifs') {
    const dir = tempDir('arbejdsbogen-netvaerk-');
    const share = path.join(dir, 'Fælles drev');
    fs.mkdirSync(share);
    const probe = shareProbe(share, type);
    const writer = openTestSession(path.join(dir, 'a'), { locationProbe: probe });
    cleanups.push(() => {
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    return { dir, share, probe, writer };
  }

  it('is written without WAL, with a rollback journal, full sync and SQLite’s lock held exclusively', async () => {
    const { share, writer } = onShare();
    const file = path.join(share, 'Mørkhøj.arbejdsbog');
    expect(writer.session.create(file, 'programme').storage).toBe('network');
    for (let i = 0; i < 20; i++) await writer.call('program.list.add', { list: 'goal', text: `Mål ${i}` });
    const db = writer.session.requireWorkbook().db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}-shm`)).toBe(false);
    // The file header says "rollback journal" (1), not WAL (2).
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]);
    // No other connection can write – nor read – behind our back while we hold it.
    const intruder = new Database(file);
    intruder.pragma('busy_timeout = 0');
    expect(() => intruder.prepare("UPDATE program SET title = 'indtrænger'").run()).toThrow(/locked|busy/i);
    intruder.close();
  });

  it('gives a second machine a read-only snapshot naming the writer, while the writer goes on', async () => {
    const { dir, share, probe, writer } = onShare('nfs4');
    const file = path.join(share, 'Mørkhøj.arbejdsbog');
    writer.session.create(file, 'programme');
    await writer.call('program.update', { patch: { title: 'Før kopien' } });
    const reader = openTestSession(path.join(dir, 'b'), { locationProbe: probe });
    cleanups.push(() => reader.close());
    const info = reader.session.open(file);
    expect(info).toMatchObject({ readOnly: true, storage: 'network', lock: { state: 'held', user: 'Test Bruger (Formand)' } });
    expect(reader.session.requireWorkbook().isSnapshot).toBe(true);
    expect((await reader.call('program.get', {})).program.title).toBe('Før kopien');
    expect(await reader.raw('program.update', { patch: { title: 'nej' } })).toMatchObject({ ok: false, error: { code: 'read_only' } });
    await writer.call('program.update', { patch: { title: 'Efter kopien' } });
    expect((await writer.call('program.get', {})).program.title).toBe('Efter kopien');
    reader.session.close();
    writer.session.close();
    // Once the writer has closed, the file opens for writing on the other machine and holds everything.
    const again = reader.session.open(file);
    expect(again.readOnly).toBe(false);
    expect((await reader.call('program.get', {})).program.title).toBe('Efter kopien');
    expect(reader.session.requireWorkbook().db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('converts a workbook copied from a local disk (WAL) to the rollback journal when opened on the share', async () => {
    const { dir, share, probe } = onShare('smb3');
    const local = openTestSession(path.join(dir, 'lokal'));
    const localFile = path.join(dir, 'lokal.arbejdsbog');
    local.session.create(localFile, 'programme');
    await local.call('program.update', { patch: { title: 'Lavet lokalt' } });
    local.close();
    expect(fs.readFileSync(localFile)[18]).toBe(2);
    const shared = path.join(share, 'lokal.arbejdsbog');
    fs.copyFileSync(localFile, shared);
    const user = openTestSession(path.join(dir, 'c'), { locationProbe: probe });
    cleanups.push(() => user.close());
    expect(user.session.open(shared)).toMatchObject({ readOnly: false, storage: 'network' });
    expect(user.session.requireWorkbook().db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect((await user.call('program.get', {})).program.title).toBe('Lavet lokalt');
    expect(fs.existsSync(`${shared}-wal`)).toBe(false);
  });
});
