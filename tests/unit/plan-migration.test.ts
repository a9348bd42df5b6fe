import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { initialSchema } from '../../electron/workbook/migrations/001-initial';
import { WORKBOOK_APPLICATION_ID } from '../../electron/workbook/file-format';
import { openTestSession, tempDir } from '../support/workbooks';

let dir: string;
let close: () => void = () => undefined;
afterEach(() => {
  close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A workbook as version 1 of the app wrote it: the initial schema, a programme and one phase. */
function versionOneFile(file: string): void {
  const db = new Database(file);
  db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
  initialSchema.up(db);
  db.pragma('user_version = 1');
  db.prepare("INSERT INTO program (id, title, period_start, period_end) VALUES (1, 'Gammel arbejdsbog', '2019-K2', '2022-K4')").run();
  db.prepare("INSERT INTO initiative (id, position, number, title) VALUES (1, 1, 1, 'Fællesskabende aktiviteter')").run();
  db.prepare("INSERT INTO plan_phase (initiative_id, position, title, start_quarter, end_quarter) VALUES (1, 1, 'Implementering', '2020-K1', NULL)").run();
  db.close();
}

describe('migration 003: milestones, activities, partners and follow-ups', () => {
  it('upgrades a version 1 file after a backup, keeping its phases, with empty new lists', async () => {
    dir = tempDir();
    const file = path.join(dir, 'gammel.arbejdsbog');
    versionOneFile(file);
    const session = openTestSession(dir);
    close = session.close;
    session.session.open(file);

    expect(fs.readdirSync(dir).some((name) => name.startsWith('gammel (før opgradering fra v1'))).toBe(true);
    const plan = await session.call('plan.get', {});
    expect(plan.phases.map((p) => `${p.title} ${p.startQuarter}–${p.endQuarter ?? ''}`)).toEqual(['Implementering 2020-K1–']);
    expect(plan.milestones).toEqual([]);
    expect(await session.call('activities.forInitiative', { initiativeId: 1 })).toMatchObject({ activities: [], followUps: [] });
    expect(await session.call('partners.list', {})).toEqual([]);

    // The new tables take part in the one mutation path at once.
    await session.call('activities.add', { initiativeId: 1, name: 'Lektiecafé' });
    await session.call('workbook.undo', {});
    expect((await session.call('activities.forInitiative', { initiativeId: 1 })).activities).toEqual([]);
  });
});
