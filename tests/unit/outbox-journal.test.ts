// The outbox kept as a journal (electron/remote/outbox.ts): every step is on disk when it
// returns, a step cut short by a crash is ignored without harming the ones after it, the file
// stays small however many changes went through, and an outbox written whole by the earlier
// version is read as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../electron/remote/outbox';
import { tempDir } from '../support/workbooks';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function outboxFile(): string {
  const dir = tempDir('arbejdsbogen-udbakke-journal-');
  dirs.push(dir);
  return path.join(dir, 'server-Mørkhøj.udbakke.json');
}

const goal = (text: string) => ({ list: 'goal', text });
const texts = (outbox: Outbox) => outbox.waiting.map((e) => (e.input as { text: string }).text);

describe('the outbox journal', () => {
  it('holds every step on disk as it returns: a new reader sees what was added, answered and refused', () => {
    const file = outboxFile();
    const outbox = new Outbox(file);
    const [a, b, c] = ['A', 'B', 'C'].map((text) => outbox.add('program.list.add', goal(text)));
    outbox.remove(a!.callId);
    outbox.refuse(c!.callId, 'Feltet er ændret af en anden');
    const again = new Outbox(file);
    expect(again.waiting).toEqual([b]);
    expect(again.refused).toEqual([{ ...c, message: 'Feltet er ændret af en anden', refusedAt: expect.any(String) }]);
    // Answering an unknown or already answered id writes nothing.
    const size = fs.statSync(file).size;
    again.remove(a!.callId);
    again.refuse('ukendt', 'x');
    expect(fs.statSync(file).size).toBe(size);
  });

  it('ignores a step cut short by a crash, and steps after it are not glued onto it', () => {
    const file = outboxFile();
    const outbox = new Outbox(file);
    outbox.add('program.list.add', goal('Før nedbruddet'));
    // The process died halfway through writing the next line.
    fs.appendFileSync(file, '{"add":{"callId":"halv","channel":"program.list.add","inp');
    const afterCrash = new Outbox(file);
    expect(texts(afterCrash)).toEqual(['Før nedbruddet']);
    afterCrash.add('program.list.add', goal('Efter nedbruddet'));
    expect(texts(new Outbox(file))).toEqual(['Før nedbruddet', 'Efter nedbruddet']);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('halv');
  });

  it('refuses to guess at damage before the last line', () => {
    const file = outboxFile();
    fs.writeFileSync(file, 'ikke json\n{"done":"x"}\n');
    expect(() => new Outbox(file)).toThrow(SyntaxError);
  });

  it('stays small: answered changes are compacted away, and what waits is kept in order', () => {
    const file = outboxFile();
    const outbox = new Outbox(file);
    for (let i = 0; i < 2_000; i++) {
      const entry = outbox.add('program.list.add', goal(`Ændring ${i}`));
      if (i % 4 !== 0) outbox.remove(entry.callId);
    }
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).length;
    // 500 waiting; without compaction there would be 3,500 lines.
    expect(lines).toBeLessThan(500 + 2 * 256);
    const again = new Outbox(file);
    expect(again.waiting).toHaveLength(500);
    expect(texts(again)).toEqual(Array.from({ length: 500 }, (_, i) => `Ændring ${i * 4}`));
  });

  it('reads an outbox the earlier version wrote whole, and goes on as a journal', () => {
    const file = outboxFile();
    const waiting = [{ callId: 'id-1', channel: 'program.list.add', input: goal('Fra før'), at: '2026-12-01T10:00:00.000Z' }];
    const refused = [{ callId: 'id-0', channel: 'partners.update', input: {}, at: '2026-12-01T09:00:00.000Z', message: 'Konflikt', refusedAt: '2026-12-01T09:30:00.000Z' }];
    fs.writeFileSync(file, JSON.stringify({ waiting, refused }));
    const outbox = new Outbox(file);
    expect(outbox.waiting).toEqual(waiting);
    expect(outbox.refused).toEqual(refused);
    outbox.add('program.list.add', goal('Ny'));
    expect(texts(new Outbox(file))).toEqual(['Fra før', 'Ny']);
    expect(new Outbox(file).refused).toEqual(refused);
  });
});
