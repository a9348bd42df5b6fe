import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleEntry, onTinyDisk, tinyDiskAvailable } from '../support/tiny-disk';
import { openTestSession, tempDir } from '../support/workbooks';

const cleanups: Array<() => void> = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A session whose "save" dialog answers with whatever the test sets in `answer.path`. */
function sessionIn(dir: string, name: string) {
  const answer = { path: null as string | null };
  const s = openTestSession(path.join(dir, `${name}-indstillinger`), {
    shell: { documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => answer.path, openPath: async () => null },
  });
  cleanups.push(() => s.close());
  return { ...s, answer };
}

async function goals(dir: string, file: string): Promise<string[]> {
  const reader = openTestSession(path.join(dir, `læser-${crypto.randomUUID()}`));
  try {
    reader.session.open(file);
    return (await reader.call('program.get', {})).lists.goal.map((g) => g.text);
  } finally {
    reader.close();
  }
}

describe('Gem kopi som…', () => {
  it('refuses a target another instance has open, and that instance loses none of its edits', async () => {
    const dir = tempDir('arbejdsbogen-kopi-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const a = sessionIn(dir, 'a');
    const b = sessionIn(dir, 'b');
    a.session.create(path.join(dir, 'Min.arbejdsbog'), 'programme');
    const theirs = path.join(dir, 'Deres.arbejdsbog');
    b.session.create(theirs, 'blank');
    for (let i = 0; i < 6; i++) await b.call('program.list.add', { list: 'goal', text: `deres ${i}` });
    const before = sha256(theirs);

    a.answer.path = theirs;
    const refused = await a.raw('workbook.saveCopyDialog', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toBe('"Deres.arbejdsbog" er åben hos Test Bruger (Formand) på ' + `${a.session.lockEnvironment.machine}, så den overskrives ikke. Kopien er ikke gemt`);
    expect(sha256(theirs)).toBe(before);

    // The other instance goes on working; all its edits, before and after, are in its file.
    await b.call('program.list.add', { list: 'goal', text: 'deres efter' });
    b.close();
    const kept = (await goals(dir, theirs)).filter((t) => t.startsWith('deres'));
    expect(kept).toEqual(['deres 0', 'deres 1', 'deres 2', 'deres 3', 'deres 4', 'deres 5', 'deres efter']);
    // Nothing half-written was left beside it.
    expect(fs.readdirSync(dir).filter((n) => n.includes('.skrives'))).toEqual([]);
  });

  it('refuses the open workbook itself through a linked folder or a linked file name, keeping its edits', async () => {
    const dir = tempDir('arbejdsbogen-kopi-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.mkdirSync(path.join(dir, 'rigtig'));
    fs.symlinkSync(path.join(dir, 'rigtig'), path.join(dir, 'genvej'));
    const file = path.join(dir, 'rigtig', 'Min.arbejdsbog');
    fs.symlinkSync(file, path.join(dir, 'rigtig', 'Alias.arbejdsbog'));
    const a = sessionIn(dir, 'a');
    a.session.create(file, 'blank');
    for (let i = 0; i < 3; i++) await a.call('program.list.add', { list: 'goal', text: `min ${i}` });

    for (const target of [path.join(dir, 'genvej', 'Min.arbejdsbog'), path.join(dir, 'rigtig', 'Alias.arbejdsbog'), file]) {
      a.answer.path = target;
      const refused = await a.raw('workbook.saveCopyDialog', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/^Kopien kan ikke gemmes oven i den åbne arbejdsbog selv/);
    }
    await a.call('program.list.add', { list: 'goal', text: 'min efter' });
    a.close();
    expect((await goals(dir, file)).filter((t) => t.startsWith('min'))).toEqual(['min 0', 'min 1', 'min 2', 'min efter']);

    // An ordinary copy still works, and replaces an old file of that name whole.
    const b = sessionIn(dir, 'b');
    b.session.open(file);
    const copy = path.join(dir, 'genvej', 'Kopi.arbejdsbog');
    fs.writeFileSync(copy, 'gammel kopi');
    b.answer.path = copy;
    expect(await b.call('workbook.saveCopyDialog', {})).toBe(copy);
    b.close();
    expect((await goals(dir, copy)).filter((t) => t.startsWith('min'))).toHaveLength(4);
  });

  describe.skipIf(!tinyDiskAvailable)('on a full disk (a tiny tmpfs)', () => {
    let child: string;
    beforeAll(async () => {
      child = await bundleEntry('tests/support/disk-child.ts', 'disk-child');
    });

    it('leaves the old file of that name whole, writes nothing half, and says so in Danish', async () => {
      const dir = tempDir('arbejdsbogen-kopi-');
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const s = sessionIn(dir, 'a');
      const file = path.join(dir, 'Min.arbejdsbog');
      s.session.create(file, 'programme');
      s.close();
      const disk = path.join(dir, 'disk');
      fs.mkdirSync(disk);
      const old = crypto.randomBytes(40 * 1024);
      fs.writeFileSync(path.join(dir, 'gammel'), old);
      const run = await onTinyDisk(64, disk, `cp "${path.join(dir, 'gammel')}" "$0/Kopi.arbejdsbog"`, [
        process.execPath, child, 'savecopy', file, path.join(disk, 'Kopi.arbejdsbog'), path.join(dir, 'barn'),
      ]);
      expect(run.stderr).toBe('');
      const envelope = JSON.parse(run.stdout.trim()) as { ok: boolean; error?: { message: string } };
      expect(envelope.ok).toBe(false);
      expect(envelope.error!.message).toBe('Kopien kunne ikke gemmes som "Kopi.arbejdsbog": der er ikke plads nok på drevet. Den eksisterende fil "Kopi.arbejdsbog" er uændret, og arbejdsbogen er uændret');
      // The old file is still there, byte for byte, and nothing else is.
      expect([...run.files.keys()]).toEqual(['Kopi.arbejdsbog']);
      expect(run.files.get('Kopi.arbejdsbog')).toEqual({ size: old.length, sha256: crypto.createHash('sha256').update(old).digest('hex') });
    });
  });
});
