// A workbook whose schema was changed outside the app – a hidden trigger that deletes bilag,
// actions, minutes and the change log on one edit, a recursive view, extra or changed tables and
// indexes – is refused on open with a Danish message, the file untouched; `check` reports it too.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectWorkbookFile, WORKBOOK_APPLICATION_ID } from '../../electron/workbook/file-format';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/workbook/migrations';
import { expectedSchema } from '../../electron/workbook/schema';
import { Workbook } from '../../electron/workbook/workbook';
import { fileHash } from '../support/file-hash';
import { createTestWorkbook, openTestSession, tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup.reverse()) c();
  cleanup = [];
});

/** A real workbook made by the app, closed, then changed with plain SQLite by `tamper`. */
function tamperedWorkbook(tamper: (db: Database.Database) => void): { dir: string; file: string } {
  const wb = createTestWorkbook();
  const { dir, path: file } = wb;
  wb.session.close();
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const db = new Database(file);
  tamper(db);
  db.close();
  return { dir, file };
}

/** Bytes of the file and names of everything beside it: nothing may change on refusal. */
function fingerprint(dir: string, file: string): string {
  return `${fileHash(file)} ${fs.readdirSync(dir).sort().join('|')}`;
}

const HIDDEN_TRIGGER = `
  CREATE TRIGGER program_touched AFTER UPDATE ON program BEGIN
    DELETE FROM change;
    DELETE FROM change_set;
  END`;
const RECURSIVE_VIEW = 'CREATE VIEW forever AS WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n';

describe('a workbook whose schema was changed outside the app', () => {
  const cases: Array<[string, (db: Database.Database) => void, RegExp]> = [
    ['a hidden trigger', (db) => db.exec(HIDDEN_TRIGGER), /en ekstra trigger "program_touched"/],
    ['a recursive view', (db) => db.exec(RECURSIVE_VIEW), /en ekstra visning \(view\) "forever"/],
    ['an extra table', (db) => db.exec('CREATE TABLE stash (x)'), /en ekstra tabel "stash"/],
    ['an extra index', (db) => db.exec('CREATE INDEX program_by_title ON program(title)'), /en ekstra indeks "program_by_title"/],
    ['a changed table', (db) => db.exec('ALTER TABLE program ADD COLUMN evil TEXT'), /en ændret tabel "program"/],
    ['a changed index', (db) => db.exec('DROP INDEX change_by_set; CREATE INDEX change_by_set ON change(tbl)'), /en ændret indeks "change_by_set"/],
    ['a missing index', (db) => db.exec('DROP INDEX change_by_set'), /mangler indeks "change_by_set"/],
  ];

  for (const [what, tamper, detail] of cases) {
    it(`is refused with a Danish message, untouched: ${what}`, () => {
      const { dir, file } = tamperedWorkbook(tamper);
      const before = fingerprint(dir, file);
      const session = openTestSession(tempDir());
      cleanup.push(() => {
        session.close();
        fs.rmSync(session.dir, { recursive: true, force: true });
      });
      expect(() => session.session.open(file)).toThrow(/^Filen "test\.arbejdsbog" er ændret uden om Arbejdsbogen og åbnes ikke/);
      expect(() => session.session.open(file)).toThrow(detail);
      expect(() => Workbook.open(file, { readOnly: true })).toThrow(detail);
      expect(() => Workbook.openSnapshot(file)).toThrow(detail);
      expect(fingerprint(dir, file)).toBe(before);
    });
  }

  it('the hidden trigger never runs: the refused file keeps its change log', () => {
    let changeSets = 0;
    const { dir, file } = tamperedWorkbook((db) => {
      db.exec(HIDDEN_TRIGGER);
      changeSets = db.prepare('SELECT COUNT(*) FROM change_set').pluck().get() as number;
    });
    expect(changeSets).toBeGreaterThan(0);
    const before = fingerprint(dir, file);
    expect(() => Workbook.open(file)).toThrow(/trigger "program_touched"/);
    expect(fingerprint(dir, file)).toBe(before);
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM change_set').pluck().get()).toBe(changeSets);
    db.close();
  });

  it('an older file with a trigger is refused before its upgrade copy is made', () => {
    const dir = tempDir();
    cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'gammel.arbejdsbog');
    const db = new Database(file);
    db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
    for (const migration of MIGRATIONS.filter((m) => m.version <= 4)) migration.up(db);
    db.pragma('user_version = 4');
    db.exec('CREATE TRIGGER sneaky AFTER INSERT ON budget_line BEGIN DELETE FROM change; END');
    db.close();
    const before = fingerprint(dir, file);
    expect(() => Workbook.open(file)).toThrow(/en ekstra trigger "sneaky"/);
    expect(fingerprint(dir, file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['gammel.arbejdsbog']);
  });

  it('files as the migrations made them, at every version, open', { timeout: 60_000 }, () => {
    for (const version of MIGRATIONS.map((m) => m.version)) {
      const dir = tempDir();
      cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const file = path.join(dir, `v${version}.arbejdsbog`);
      const db = new Database(file);
      db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
      for (const migration of MIGRATIONS.filter((m) => m.version <= version)) migration.up(db);
      db.pragma(`user_version = ${version}`);
      db.close();
      expect(inspectWorkbookFile(file).schemaVersion).toBe(version);
      Workbook.open(file).close();
      // Upgraded by the migrations, the file has exactly the latest schema and opens again.
      expect(inspectWorkbookFile(file).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      Workbook.open(file).close();
    }
    expect(expectedSchema(LATEST_SCHEMA_VERSION).some((o) => o.type === 'trigger' || o.type === 'view')).toBe(false);
  });

  it('a backup copy with a trigger is refused by the inspection that restore runs first', () => {
    const wb = createTestWorkbook();
    cleanup.push(() => wb.close());
    // A backup file with a trigger is refused by the same inspection that restore runs first.
    const hostile = path.join(wb.dir, 'kopi.arbejdsbog');
    fs.copyFileSync(wb.path, hostile);
    const db = new Database(hostile);
    db.exec(HIDDEN_TRIGGER);
    db.close();
    expect(() => inspectWorkbookFile(hostile)).toThrow(/en ekstra trigger "program_touched"/);
  });
});

describe('trusted_schema is off on every connection', () => {
  it('the workbook’s own connections', () => {
    const wb = createTestWorkbook();
    cleanup.push(() => wb.close());
    expect(wb.session.current?.db.pragma('trusted_schema', { simple: true })).toBe(0);
    wb.session.close();
    const readOnly = Workbook.open(wb.path, { readOnly: true });
    expect(readOnly.db.pragma('trusted_schema', { simple: true })).toBe(0);
    readOnly.close();
    const snapshot = Workbook.openSnapshot(wb.path);
    expect(snapshot.db.pragma('trusted_schema', { simple: true })).toBe(0);
    snapshot.close();
  });

  it('no module of the app opens SQLite except through openDatabase()', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ts$/.test(entry.name) && /new Database\(/.test(fs.readFileSync(full, 'utf8'))) offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'electron'));
    expect(offenders).toEqual(['electron/workbook/schema.ts']);
  });
});

describe('check reports a changed schema', () => {
  it('in an open workbook changed by another program', async () => {
    const wb = createTestWorkbook();
    cleanup.push(() => wb.close());
    expect((await wb.call('workbook.check', {})).sound).toBe(true);
    const other = new Database(wb.path);
    other.exec(HIDDEN_TRIGGER);
    other.close();
    const report = await wb.call('workbook.check', {});
    expect(report.sound).toBe(false);
    expect(report.problems).toContainEqual({
      severity: 'fejl', area: 'Fil', message: expect.stringMatching(/^Filen er ændret uden om Arbejdsbogen: en ekstra trigger "program_touched"/) as unknown as string,
    });
  });

  it('on the command line: one Danish line, exit code 2, the file untouched', async () => {
    const { dir, file } = tamperedWorkbook((db) => db.exec(HIDDEN_TRIGGER));
    const before = fingerprint(dir, file);
    const result = await promisify(execFile)(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'electron/cli.ts'), 'check', file], { cwd: ROOT })
      .then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Kan ikke åbne: Filen "test\.arbejdsbog" er ændret uden om Arbejdsbogen og åbnes ikke.*en ekstra trigger "program_touched"/);
    expect(fingerprint(dir, file)).toBe(before);
  }, 60_000);
});
