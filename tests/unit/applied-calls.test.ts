// A change sent again with the same call id – its answer was lost, or the server was killed
// between storing and answering – is applied once and answered as the first time.
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MemberStore } from '../../electron/server/members';
import { connect, login, waitFor, WORKBOOK } from '../support/server-client';
import { createTestWorkbook, openTestSession, tempDir, type TestWorkbook } from '../support/workbooks';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function workbook(): TestWorkbook {
  const wb = createTestWorkbook();
  cleanups.push(() => wb.close());
  return wb;
}

const count = (wb: TestWorkbook, sql: string) => wb.session.current!.db.prepare(sql).pluck().get() as number;
const goals = (wb: TestWorkbook) => count(wb, "SELECT COUNT(*) FROM program_list_item WHERE list = 'goal'");
const changeSets = (wb: TestWorkbook) => count(wb, 'SELECT COUNT(*) FROM change_set');

describe('a call sent again', () => {
  it('is applied once and answered as the first time', async () => {
    const wb = workbook();
    const before = { goals: goals(wb), changeSets: changeSets(wb) };
    const callId = crypto.randomUUID();
    const first = await wb.dispatch('program.list.add', { list: 'goal', text: 'Kun én gang' }, { callId });
    const again = await wb.dispatch('program.list.add', { list: 'goal', text: 'Kun én gang' }, { callId });
    expect(first.ok).toBe(true);
    expect(again).toEqual(first);
    expect(goals(wb)).toBe(before.goals + 1);
    expect(changeSets(wb)).toBe(before.changeSets + 1);
    // Another id is another change; no id is today's behaviour.
    await wb.call('program.list.add', { list: 'goal', text: 'Kun én gang' });
    expect((await wb.dispatch('program.list.add', { list: 'goal', text: 'Kun én gang' }, { callId: crypto.randomUUID() })).ok).toBe(true);
    expect(goals(wb)).toBe(before.goals + 3);
  });

  it('records nothing for a refused call or one that changes nothing, so sending it again runs it again', async () => {
    const wb = workbook();
    const callId = crypto.randomUUID();
    expect(await wb.dispatch('program.list.add', { list: 'goal' }, { callId })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const title = (await wb.call('program.get', {})).program.title;
    expect((await wb.dispatch('program.update', { patch: { title } }, { callId })).ok).toBe(true);
    expect(count(wb, 'SELECT COUNT(*) FROM applied_call')).toBe(0);
    expect((await wb.dispatch('program.update', { patch: { title: 'Ny titel' } }, { callId })).ok).toBe(true);
    expect(count(wb, 'SELECT COUNT(*) FROM applied_call')).toBe(1);
  });

  it('an undo sent again is not repeated, and the bookkeeping is not part of the change log or the dump', async () => {
    const wb = workbook();
    const callId = crypto.randomUUID();
    const dumpBefore = (await wb.call('workbook.dump', {})) as { tables: unknown; changeSets: number };
    await wb.call('program.list.add', { list: 'goal', text: 'Mål' });
    const undone = await wb.dispatch('workbook.undo', {}, { callId });
    expect(undone.ok).toBe(true);
    // Sent again, the undo is not repeated (which would undo the change before it).
    expect(await wb.dispatch('workbook.undo', {}, { callId })).toEqual(undone);
    const dumpAfter = (await wb.call('workbook.dump', {})) as { tables: unknown; changeSets: number };
    expect(dumpAfter.tables).toEqual(dumpBefore.tables);
    expect(dumpAfter.changeSets).toBe(dumpBefore.changeSets + 2);
    expect(count(wb, "SELECT COUNT(*) FROM change WHERE tbl = 'applied_call'")).toBe(0);
  });
});

function storedGoals(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT text FROM program_list_item WHERE list = 'goal'").pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('a server killed between storing a change and answering it', () => {
  const ROOT = path.resolve(import.meta.dirname, '../..');
  const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const MAIN = path.join(ROOT, 'electron/server/main.ts');

  async function start(dir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [TSX, MAIN, dir, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    await waitFor(() => /startet på (http:\/\/127\.0\.0\.1:\d+)/.test(out), 30_000);
    return { child, url: /startet på (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]! };
  }

  /** SIGKILL to tsx and the server it runs (one process group), as a power cut would. */
  async function kill(child: ChildProcess): Promise<void> {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  }

  it('applies each change sent again after the restart exactly once', async () => {
    const dir = tempDir('arbejdsbogen-applied-kill-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, WORKBOOK);
    const setup = openTestSession(path.join(dir, 'opsætning'));
    setup.session.create(file, 'blank');
    setup.close();
    const code = (await new MemberStore(file).invite({ name: 'Lene Bach Andersen', role: 'Formand' }, null)).code;

    let server = await start(dir, 0);
    const port = Number(new URL(server.url).port);
    cleanups.push(() => server.child.exitCode === null && server.child.signalCode === null && kill(server.child));
    const texts: string[] = [];
    let storedBeforeKill = 0;
    for (let round = 0; round < 5; round++) {
      const { cookie } = await login(server.url, WORKBOOK, code);
      const client = await connect(server.url, cookie);
      const callId = crypto.randomUUID();
      const text = `Runde ${round}`;
      texts.push(text);
      // The change goes out; the server dies a moment later, answered or not.
      client.sendRaw(JSON.stringify({ id: 1, channel: 'program.list.add', input: { list: 'goal', text }, callId }));
      await new Promise((resolve) => setTimeout(resolve, round * 7));
      await kill(server.child);
      await client.close();
      server = await start(dir, port);
      if (storedGoals(file).includes(text)) storedBeforeKill++;
      // The client sends the same change again, as it cannot know whether it was stored.
      const again = await connect(server.url, (await login(server.url, WORKBOOK, code)).cookie);
      expect(await again.call('program.list.add', { list: 'goal', text }, { callId })).toMatchObject({ ok: true });
      await again.close();
    }
    await kill(server.child);
    console.log(`${storedBeforeKill} af 5 ændringer var gemt, før serveren blev dræbt; hver blev sendt igen og findes én gang`);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = db.prepare("SELECT text FROM program_list_item WHERE list = 'goal' ORDER BY id").pluck().all();
      expect(stored).toEqual(texts);
    } finally {
      db.close();
    }
  }, 180_000);
});
