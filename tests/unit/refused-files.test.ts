import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Workbook } from '../../electron/workbook/workbook';
import { RefusedFileError } from '../../electron/workbook/errors';
import { WORKBOOK_APPLICATION_ID } from '../../electron/workbook/file-format';
import { LATEST_SCHEMA_VERSION } from '../../electron/workbook/migrations';
import { fileHash } from '../support/file-hash';
import { createTestWorkbook, tempDir } from '../support/workbooks';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function scratch(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

function expectRefusedUntouched(file: string, message: RegExp): void {
  const before = fs.existsSync(file) ? fileHash(file) : null;
  let caught: unknown;
  try {
    Workbook.open(file).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(RefusedFileError);
  expect((caught as Error).message).toMatch(message);
  if (before) expect(fileHash(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).filter((f) => f !== path.basename(file))).toEqual([]);
}

describe('files that are not workbooks this version can open are refused, untouched', () => {
  it('refuses a missing file', () => {
    expectRefusedUntouched(path.join(scratch(), 'findes-ikke.arbejdsbog'), /findes ikke/);
  });

  it('refuses an empty file', () => {
    const file = path.join(scratch(), 'tom.arbejdsbog');
    fs.writeFileSync(file, '');
    expectRefusedUntouched(file, /er tom/);
  });

  it('refuses random bytes', () => {
    const file = path.join(scratch(), 'støj.arbejdsbog');
    fs.writeFileSync(file, crypto.randomBytes(8192));
    expectRefusedUntouched(file, /ikke en arbejdsbog/);
  });

  it('refuses a foreign SQLite database', () => {
    const file = path.join(scratch(), 'fremmed.arbejdsbog');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    db.close();
    expectRefusedUntouched(file, /database, men ikke en arbejdsbog/);
  });

  it('refuses a workbook from a newer version of the app', () => {
    const file = path.join(scratch(), 'nyere.arbejdsbog');
    const db = new Database(file);
    db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.exec('CREATE TABLE fremtid (x)');
    db.close();
    expectRefusedUntouched(file, /nyere version af Arbejdsbogen/);
  });

  it('refuses a truncated workbook', () => {
    const wb = createTestWorkbook();
    const dir = scratch();
    const file = path.join(dir, 'afkortet.arbejdsbog');
    wb.session.saveCopy(file);
    wb.close();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
    expectRefusedUntouched(file, /beskadiget|ikke en arbejdsbog/);
  });

  it('refuses a workbook whose pages are damaged', () => {
    const wb = createTestWorkbook();
    const dir = scratch();
    const file = path.join(dir, 'beskadiget.arbejdsbog');
    wb.session.saveCopy(file);
    wb.close();
    const bytes = fs.readFileSync(file);
    // Overwrite the middle pages (tables, indexes) with noise, keep the header.
    crypto.randomFillSync(bytes, 4096 * 2, Math.min(bytes.length - 4096 * 2, 4096 * 4));
    fs.writeFileSync(file, bytes);
    expectRefusedUntouched(file, /beskadiget|ikke en arbejdsbog/);
  });
});

describe('migrations', () => {
  it('migrates an older workbook after copying it beside itself', () => {
    const dir = scratch();
    const file = path.join(dir, 'gammel.arbejdsbog');
    const db = new Database(file);
    db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    db.pragma('user_version = 0');
    db.close();
    const before = fileHash(file);

    const wb = Workbook.open(file);
    expect(wb.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(wb.db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'program'").pluck().get()).toBe(1);
    wb.close();

    const backups = fs.readdirSync(dir).filter((f) => f.startsWith('gammel (før opgradering fra v0'));
    expect(backups).toHaveLength(1);
    expect(fileHash(path.join(dir, backups[0]!))).toBe(before);
  });

  it('opens a current workbook without a backup and sets WAL, foreign keys and the application id', () => {
    const wb = createTestWorkbook();
    const db = wb.session.current!.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('application_id', { simple: true })).toBe(WORKBOOK_APPLICATION_ID);
    expect(fs.readdirSync(wb.dir).filter((f) => f.includes('før opgradering'))).toEqual([]);
    wb.close();
  });

  it('never overwrites an existing file when creating a workbook', () => {
    const dir = scratch();
    const file = path.join(dir, 'findes.arbejdsbog');
    fs.writeFileSync(file, 'vigtige data');
    expect(() => Workbook.create(file)).toThrow(/findes allerede/);
    expect(fs.readFileSync(file, 'utf8')).toBe('vigtige data');
  });
});
