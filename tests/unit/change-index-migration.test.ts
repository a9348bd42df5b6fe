// Migration 008: "who changed this field" is looked up per row in an index of the change log
// instead of by reading the whole log on every edit that carries `seen`. A version 7 file is
// upgraded after a backup, and the lookup names the member who changed the field before it.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatcher';
import { lastChangeQuery } from '../../electron/workbook/edit-conflicts';
import { LATEST_SCHEMA_VERSION } from '../../electron/workbook/migrations';
import { DROP_AFTER_VERSION_9 } from '../support/older-files';
import { createTestWorkbook, openTestSession, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook | undefined;
let reopened: ReturnType<typeof openTestSession> | undefined;
afterEach(() => {
  reopened?.close();
  reopened = undefined;
  wb?.close();
  wb = undefined;
});

const ANNE = { name: 'Anne Holm', role: 'Formand' as const };

/** The query plan's lines for the lookup of the newest change to a column of a row. */
function planOf(db: Database.Database, ...args: Parameters<typeof lastChangeQuery>): string[] {
  const { sql, params } = lastChangeQuery(...args);
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((row) => row.detail);
}

describe('migration 008: the change log indexed by row', () => {
  it('upgrades a version 7 file after a backup; the conflict still names who changed the field before', async () => {
    wb = createTestWorkbook();
    const anne = createDispatcher(wb.session, () => undefined, { actor: ANNE });
    const title = wb.session.current!.db.prepare('SELECT title FROM initiative WHERE id = 2').pluck().get() as string;
    expect(await anne('initiatives.update', { id: 2, patch: { title: 'Annes titel' } })).toMatchObject({ ok: true });
    const changes = wb.session.current!.db.prepare('SELECT COUNT(*) FROM change').pluck().get() as number;
    wb.session.close();
    // The same file as version 7 of the app left it: no index by row (nor what later versions add).
    const old = new Database(wb.path);
    old.exec('DROP INDEX change_by_row; DROP TABLE applied_call');
    old.exec(DROP_AFTER_VERSION_9);
    old.pragma('user_version = 7');
    old.close();

    reopened = openTestSession(wb.dir);
    reopened.session.open(wb.path);
    const db = reopened.session.requireWorkbook().db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(fs.readdirSync(wb.dir).some((name) => name.startsWith('test (før opgradering fra v7'))).toBe(true);
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'change_by_row'").pluck().get()).toBe('CREATE INDEX change_by_row ON change(tbl, row_id)');
    expect(db.prepare('SELECT COUNT(*) FROM change').pluck().get()).toBe(changes);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The app's user, having seen the title before Anne's change, is refused and told it was her.
    const refused = await reopened.raw('initiatives.update', { id: 2, patch: { title: 'Min titel' }, seen: { title } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', changedBy: { author: 'Anne Holm (Formand)' } } });
    expect(db.prepare('SELECT title FROM initiative WHERE id = 2').pluck().get()).toBe('Annes titel');
  });

  it('finds the newest change to a row through the index, newest first without sorting the log', () => {
    wb = createTestWorkbook();
    const db = wb.session.current!.db;
    expect(planOf(db, 'agenda_item', { id: 3 }, 'title')).toEqual([
      'SEARCH c USING INDEX change_by_row (tbl=? AND row_id=?)',
      'SEARCH cs USING INTEGER PRIMARY KEY (rowid=?)',
    ]);
    // A budget year row found by its line and year (it may have been removed) reads only that table's changes.
    expect(planOf(db, 'budget_amount', { columns: { line_id: 1, year: 2021 } }, 'budget')[0]).toBe('SEARCH c USING INDEX change_by_row (tbl=?)');
  });
});
