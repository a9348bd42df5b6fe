// Safety figures: mutations per second through the full path (validation, transaction with
// synchronous = FULL, change log, undo entry) and the crash test's recovery time on open.
import fs from 'node:fs';
import path from 'node:path';
import { bundleCrashChild, crashLoop } from '../../support/crash-harness';
import { createTestWorkbook, openTestSession, tempDir } from '../../support/workbooks';
import type { Measurement } from '../run';

export const name = 'Sikkerhed: mutationer og genopretning efter nedbrud';

export async function run(): Promise<Measurement[]> {
  const results: Measurement[] = [];

  const wb = createTestWorkbook();
  try {
    const count = 1000;
    const started = performance.now();
    for (let i = 0; i < count; i++) {
      const envelope = await wb.dispatch('program.list.add', { list: 'goal', text: `Mål ${i}` });
      if (!envelope.ok) throw new Error(envelope.error.message);
    }
    const ms = performance.now() - started;
    results.push({ label: `${count} mutationer gennem dispatcher (program.list.add)`, ms, note: `${Math.round((count / ms) * 1000)} mutationer/s, ${(ms / count).toFixed(2)} ms hver` });

    const updates = 1000;
    const startedUpdates = performance.now();
    for (let i = 0; i < updates; i++) {
      const envelope = await wb.dispatch('initiatives.update', { id: 1, patch: { statusReason: `Begrundelse ${i}` } });
      if (!envelope.ok) throw new Error(envelope.error.message);
    }
    const updateMs = performance.now() - startedUpdates;
    results.push({ label: `${updates} rettelser gennem dispatcher (initiatives.update)`, ms: updateMs, note: `${Math.round((updates / updateMs) * 1000)} mutationer/s` });
  } finally {
    wb.close();
  }

  const dir = tempDir('arbejdsbogen-bench-nedbrud-');
  try {
    const base = openTestSession(path.join(dir, 's'));
    const file = path.join(dir, 'Nedbrud.arbejdsbog');
    base.session.create(file, 'programme');
    base.close();
    const bundle = await bundleCrashChild();
    const kills = 30;
    const started = performance.now();
    const report = await crashLoop(bundle, file, path.join(dir, 'child'), kills);
    if (report.problems.length || report.missingAcked.length) throw new Error(`crash loop found problems: ${report.problems.concat(report.missingAcked).join('; ')}`);
    results.push({ label: `værste åbning efter nedbrud (${kills} SIGKILL)`, ms: report.worstOpenMs, note: `median ${report.medianOpenMs.toFixed(1)} ms, ${report.ackedEdits} bekræftede ændringer, alle fundet` });
    results.push({ label: `${kills} nedbrud i alt inkl. kontrol`, ms: performance.now() - started });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
