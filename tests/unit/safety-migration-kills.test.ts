// Kills during the upgrade of an old workbook and during restores: every copy by a final name is
// whole, a reopen in the same second works, and temporary copies a killed process left are gone
// after the next open.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Workbook } from '../../electron/workbook/workbook';
import { LATEST_SCHEMA_VERSION } from '../../electron/workbook/migrations';
import { bundleCrashChild, runChild } from '../support/crash-harness';
import { openTestSession, tempDir } from '../support/workbooks';
import { DROP_AFTER_VERSION_9 } from '../support/older-files';

let bundle: string;
let dir: string;
beforeAll(async () => {
  bundle = await bundleCrashChild();
  dir = tempDir('arbejdsbogen-opgradering-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const BULK_ROWS = 800;

/** A version 6 workbook (as the app wrote it before workbook identities and the change log's index by row) of about 8 MB. */
function versionSixFile(file: string): void {
  const s = openTestSession(`${file}-opret`);
  s.session.create(file, 'programme');
  s.close();
  const db = new Database(file);
  db.exec('DROP TABLE workbook_identity; DROP INDEX change_by_row; DROP TABLE applied_call');
  db.exec(DROP_AFTER_VERSION_9);
  const insert = db.prepare("INSERT INTO program_list_item (list, text, position) VALUES ('goal', ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < BULK_ROWS; i++) insert.run(`${i} ${'x'.repeat(10_000)}`, i + 1);
  })();
  db.pragma('user_version = 6');
  db.pragma('journal_mode = DELETE');
  db.close();
}

/** Starts a child and SIGKILLs it delayMs after the start; resolves with when it said "ready" (ms after the start). */
function killAfter(args: string[], delayMs: number | null): Promise<{ readyMs: number | null; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bundle, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    let readyMs: number | null = null;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      if (readyMs === null && /^ready/m.test(chunk)) {
        readyMs = performance.now() - started;
        if (delayMs === null) child.kill('SIGKILL');
      }
    });
    const timer = delayMs === null ? null : setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ readyMs, killed: signal === 'SIGKILL' });
    });
  });
}

/** Problems of a copy: not a sound version 6 workbook holding every row. */
function copyProblems(file: string): string[] {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const problems: string[] = [];
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
      if (db.pragma('user_version', { simple: true }) !== 6) problems.push('not version 6');
      const bulk = db.prepare("SELECT COUNT(*) FROM program_list_item WHERE length(text) > 10000").pluck().get() as number;
      if (bulk !== BULK_ROWS) problems.push(`${bulk} of ${BULK_ROWS} rows`);
      return problems;
    } finally {
      db.close();
    }
  } catch (error) {
    return [`unreadable (${fs.statSync(file).size} bytes): ${String(error)}`];
  }
}

const temporaries = (folder: string): string[] =>
  fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.skrives'));

/** Opens the workbook as the app does (taking over the killed child's lock) and closes it. */
function reopen(file: string, settingsDir: string): number {
  const s = openTestSession(settingsDir);
  try {
    let info = s.session.open(file);
    if (info.lock?.state === 'stale') info = s.session.takeOverLock();
    expect(info.readOnly).toBe(false);
    return s.session.requireWorkbook().db.pragma('user_version', { simple: true }) as number;
  } finally {
    s.close();
  }
}

describe('the copy made before an upgrade', () => {
  it('is whole after each of 30 kills at random moments of the upgrade, and no temporary copy outlives the next open', async () => {
    const fixture = path.join(dir, 'fixture.arbejdsbog');
    versionSixFile(fixture);
    // How long the child takes to open (and upgrade) the file: the kills land within that time.
    const calibration = path.join(dir, 'kalibrering');
    fs.mkdirSync(calibration);
    fs.copyFileSync(fixture, path.join(calibration, 'Mørkhøj.arbejdsbog'));
    const { readyMs } = await killAfter(['session', path.join(calibration, 'Mørkhøj.arbejdsbog'), path.join(calibration, 's'), 'k'], null);
    expect(readyMs).not.toBeNull();

    const broken: string[] = [];
    let copies = 0;
    let leftBehind = 0;
    let killedBeforeReady = 0;
    for (let round = 0; round < 30; round++) {
      const roundDir = path.join(dir, `runde-${round}`);
      fs.mkdirSync(roundDir);
      const file = path.join(roundDir, 'Mørkhøj.arbejdsbog');
      fs.copyFileSync(fixture, file);
      const run = await killAfter(['session', file, path.join(roundDir, 's'), `k${round}`], Math.random() * readyMs! * 1.1);
      if (run.readyMs === null) killedBeforeReady++;
      leftBehind += temporaries(roundDir).length;
      for (const name of fs.readdirSync(roundDir).filter((n) => n.includes('(før opgradering') && n.endsWith('.arbejdsbog'))) {
        copies++;
        broken.push(...copyProblems(path.join(roundDir, name)).map((p) => `round ${round} ${name}: ${p}`));
      }
      expect(reopen(file, path.join(roundDir, 'genåbn'))).toBe(LATEST_SCHEMA_VERSION);
      expect(temporaries(roundDir)).toEqual([]);
    }
    console.log(`upgrade kills: 30 rounds, ${killedBeforeReady} killed before the upgrade finished, ${copies} copies checked, ${leftBehind} temporary copies left by kills and removed on reopen`);
    expect(broken).toEqual([]);
    expect(killedBeforeReady).toBeGreaterThan(5);
  }, 300_000);

  it('gets a name of its own when the same file is upgraded again within the same second', () => {
    const fixture = path.join(dir, 'samme-sekund.arbejdsbog');
    versionSixFile(fixture);
    const folder = path.join(dir, 'samme-sekund');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'Mørkhøj.arbejdsbog');
    for (let i = 0; i < 4; i++) {
      fs.copyFileSync(fixture, file);
      Workbook.open(file).close();
    }
    const copies = fs.readdirSync(folder).filter((n) => n.includes('(før opgradering fra v6'));
    expect(copies).toHaveLength(4);
    for (const name of copies) expect(copyProblems(path.join(folder, name))).toEqual([]);
  });
});

describe('restores killed at random moments', () => {
  it('leave no temporary copies after the next open (30 kills), and the workbook stays sound', async () => {
    const folder = path.join(dir, 'gendan');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'Mørkhøj.arbejdsbog');
    const s = openTestSession(path.join(folder, 'opret'));
    s.session.create(file, 'programme');
    s.close();
    const backups = path.join(folder, 'Sikkerhedskopier');
    let leftBehind = 0;
    let restores = 0;
    for (let round = 0; round < 30; round++) {
      const run = await runChild(bundle, ['restore', file, path.join(folder, 'barn'), `r${round}`], Math.random() * 300);
      expect(run.exit.signal).toBe('SIGKILL');
      restores += run.acked.length;
      leftBehind += temporaries(backups).length;
      reopen(file, path.join(folder, `genåbn-${round}`));
      expect(temporaries(backups)).toEqual([]);
      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
    console.log(`restore kills: 30 rounds, ${restores} restores acknowledged, ${leftBehind} temporary copies left by kills, all removed on reopen`);
    expect(restores).toBeGreaterThan(0);
  }, 300_000);
});

describe('a lock left by a writer of this machine that died during an upgrade', () => {
  it('is taken over at the next open, which finishes the upgrade (an old file cannot be shown read-only)', () => {
    const folder = path.join(dir, 'efterladt-lås');
    fs.mkdirSync(folder);
    const file = path.join(folder, 'Mørkhøj.arbejdsbog');
    versionSixFile(file);
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const now = new Date().toISOString();
    fs.writeFileSync(`${file}.lås`, JSON.stringify({ app: 'Arbejdsbogen', user: 'Død', machine: os.hostname(), pid: dead, token: 't', since: now, heartbeat: now }));
    expect(reopen(file, path.join(folder, 's'))).toBe(LATEST_SCHEMA_VERSION);
  });

  it('is taken over when the writer died halfway through a change (a hot journal a read-only look cannot roll back), and the half-written change is undone', () => {
    const folder = path.join(dir, 'varm-journal');
    fs.mkdirSync(folder);
    const original = path.join(folder, 'original.arbejdsbog');
    versionSixFile(original);
    // A writer halfway through a big change: its pages have spilled into the file and the journal
    // holds what they were. A copy of both, taken now, is what a SIGKILL at this moment leaves.
    const file = path.join(folder, 'Mørkhøj.arbejdsbog');
    const writer = new Database(original);
    writer.pragma('cache_size = 10');
    writer.exec('BEGIN');
    writer.prepare("UPDATE program_list_item SET text = 'halvt skrevet' WHERE list = 'goal'").run();
    expect(fs.existsSync(`${original}-journal`)).toBe(true);
    fs.copyFileSync(original, file);
    fs.copyFileSync(`${original}-journal`, `${file}-journal`);
    writer.exec('ROLLBACK');
    writer.close();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const now = new Date().toISOString();
    fs.writeFileSync(`${file}.lås`, JSON.stringify({ app: 'Arbejdsbogen', user: 'Død', machine: os.hostname(), pid: dead, token: 't', since: now, heartbeat: now }));

    expect(reopen(file, path.join(folder, 's'))).toBe(LATEST_SCHEMA_VERSION);
    const db = new Database(file, { readonly: true });
    const halfWritten = db.prepare("SELECT COUNT(*) FROM program_list_item WHERE text = 'halvt skrevet'").pluck().get();
    db.close();
    expect(halfWritten).toBe(0);
  });
});
