import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestSession, tempDir } from '../support/workbooks';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const REFUSAL =
  'Arbejdsbogens fil er flyttet, slettet eller erstattet, mens den var åben, så ændringen blev ikke gemt. ' +
  'Gem arbejdsbogen, som den står, med Filer → Gem kopi som…, og åbn kopien';

/** A workbook open for writing, with one confirmed edit, and a "Gem kopi som…" that answers `copy`. */
async function openWithEdit() {
  const dir = tempDir('arbejdsbogen-identitet-');
  dirs.push(dir);
  const copy = path.join(dir, 'Reddet.arbejdsbog');
  const wb = openTestSession(dir, {
    shell: { documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => copy, openPath: async () => null },
  });
  const file = path.join(dir, 'Åben.arbejdsbog');
  wb.session.create(file, 'programme');
  await wb.call('program.list.add', { list: 'goal', text: 'bekræftet før' });
  return { dir, file, copy, wb };
}

function goals(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT text FROM program_list_item WHERE list = 'goal'").pluck().all() as string[];
  } finally {
    db.close();
  }
}

/** Every write is refused in Danish, the workbook stays open, and a copy keeps every confirmed edit. */
async function expectRefusedWithCopy(wb: Awaited<ReturnType<typeof openWithEdit>>['wb'], copy: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const refused = await wb.raw('program.list.add', { list: 'goal', text: 'efter flytningen' });
    expect(refused).toEqual({ ok: false, error: { code: 'read_only', message: REFUSAL } });
  }
  expect(await wb.raw('program.update', { patch: { title: 'Ny titel' } })).toMatchObject({ ok: false, error: { message: REFUSAL } });
  // What was stored is still shown …
  const lists = (await wb.call('program.get', {})).lists.goal.map((g) => g.text);
  expect(lists).toContain('bekræftet før');
  expect(lists).not.toContain('efter flytningen');
  // … and "Gem kopi som…" saves it.
  expect(await wb.call('workbook.saveCopyDialog', {})).toBe(copy);
  expect(goals(copy)).toContain('bekræftet før');
  expect(goals(copy)).not.toContain('efter flytningen');
}

describe('the workbook file moved, deleted or replaced while open', () => {
  it('moved away: the write is refused, and the confirmed edits go along with the moved file', async () => {
    const { dir, file, copy, wb } = await openWithEdit();
    const moved = path.join(dir, 'Flyttet.arbejdsbog');
    fs.renameSync(file, moved);
    await expectRefusedWithCopy(wb, copy);
    wb.close();
    expect(goals(moved)).toContain('bekræftet før');
    expect(goals(moved)).not.toContain('efter flytningen');
  });

  it('deleted: the write is refused, and the copy holds every confirmed edit', async () => {
    const { file, copy, wb } = await openWithEdit();
    fs.rmSync(file);
    await expectRefusedWithCopy(wb, copy);
    wb.close();
  });

  it('replaced by another file renamed over it: the write is refused, and our WAL is never played into the other file', async () => {
    const { dir, file, copy, wb } = await openWithEdit();
    const other = openTestSession(path.join(dir, 'anden'));
    const replacement = path.join(dir, 'Anden.arbejdsbog');
    other.session.create(replacement, 'blank');
    other.close();
    const before = goals(replacement);
    fs.renameSync(replacement, file);
    await expectRefusedWithCopy(wb, copy);
    wb.close();
    expect(goals(file)).toEqual(before);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('an unchanged file is written as always', async () => {
    const { file, wb } = await openWithEdit();
    await wb.call('program.list.add', { list: 'goal', text: 'bekræftet efter' });
    wb.close();
    expect(goals(file)).toEqual(expect.arrayContaining(['bekræftet før', 'bekræftet efter']));
  });
});
