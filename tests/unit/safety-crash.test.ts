import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCrashChild, crashLoop, runChild, verifyWorkbook } from '../support/crash-harness';
import { openTestSession, tempDir } from '../support/workbooks';

let bundle: string;
let dir: string;
beforeAll(async () => {
  bundle = await bundleCrashChild();
  dir = tempDir('arbejdsbogen-nedbrud-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function freshWorkbook(name: string): string {
  const base = openTestSession(path.join(dir, `${name}-s`));
  const file = path.join(dir, `${name}.arbejdsbog`);
  base.session.create(file, 'programme');
  base.close();
  return file;
}

describe('crash safety', () => {
  it('survives 100 kills at random moments: opens sound, keeps every acknowledged edit, shows no half-made change', async () => {
    const file = freshWorkbook('nedbrud');
    const started = performance.now();
    const report = await crashLoop(bundle, file, path.join(dir, 'child-settings'), 100);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `crash test: ${report.kills} kills in ${seconds.toFixed(1)} s, ${report.ackedEdits} acknowledged edits and ${report.moves} multi-row moves, ` +
        `${report.lockTakeOvers} stale locks taken over, open after kill: median ${report.medianOpenMs.toFixed(1)} ms, worst ${report.worstOpenMs.toFixed(1)} ms`,
    );
    expect(report.childErrors).toEqual([]);
    expect(report.kills).toBe(100);
    expect(report.missingAcked).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.ackedEdits).toBeGreaterThan(100);
    expect(report.moves).toBeGreaterThan(10);
    // Every child after the first found the lock its killed predecessor left and took it over.
    expect(report.lockTakeOvers).toBe(99);
  }, 180_000);

  it('two processes writing the same file at once (lock file bypassed) never corrupt it', async () => {
    const file = freshWorkbook('to-skrivere');
    const [a, b] = await Promise.all([runChild(bundle, ['raw', file, 'A', '150'], null), runChild(bundle, ['raw', file, 'B', '150'], null)]);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    expect(a.acked).toHaveLength(150);
    expect(b.acked).toHaveLength(150);
    const verification = verifyWorkbook(file);
    expect(verification.problems).toEqual([]);
    for (const text of [...a.acked, ...b.acked]) expect(verification.goalTexts.has(text)).toBe(true);
  }, 60_000);
});

describe('the crash verification itself', () => {
  it('notices a change made beside the change log (so a half-made change could not slip through)', () => {
    const file = freshWorkbook('kontrol');
    expect(verifyWorkbook(file).problems).toEqual([]);
    const base = openTestSession(path.join(dir, 'kontrol-s2'));
    base.session.open(file);
    base.session.requireWorkbook().db.prepare("UPDATE program_list_item SET position = 99 WHERE list = 'focusArea' AND position = 1").run();
    base.close();
    expect(verifyWorkbook(file).problems.join('\n')).toMatch(/differs from its last logged change/);
  });
});
