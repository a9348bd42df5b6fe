import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/workbook/lock';
import { bundleCli, bundleCrashChild, bundleOpenGate, runChild, verifyWorkbook } from '../support/crash-harness';
import { openTestSession, tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
let bundle: string;
let cliBundle: string;
let gate: string;
let dir: string;
beforeAll(async () => {
  bundle = await bundleCrashChild();
  cliBundle = await bundleCli();
  gate = await bundleOpenGate();
  dir = tempDir('arbejdsbogen-kapløb-');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ROUNDS = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Environment for tests/support/open-gate.ts: hold at the first look at `file` until `go` exists. */
function gated(file: string, ready: string, go: string, delayMs: number): NodeJS.ProcessEnv {
  return { ...process.env, GATE_FILE: file, GATE_READY: ready, GATE_GO: go, GATE_DELAY_MS: String(delayMs) };
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', gate, cliBundle, ...args], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

async function waitFor(files: string[], ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!files.every((f) => fs.existsSync(f))) {
    if (Date.now() > until) throw new Error(`not ready: ${files.join(', ')}`);
    await sleep(2);
  }
}

describe('a reader opening at the same moment as the writer', () => {
  it('never loses a confirmed edit: 40 rounds of check/dump/export racing a writer that is then killed', async () => {
    const base = openTestSession(path.join(dir, 's'));
    const file = path.join(dir, 'Kapløb.arbejdsbog');
    base.session.create(file, 'programme');
    base.close();
    const readers = [
      () => ['check', file],
      () => ['dump', file],
      (k: number) => ['export', 'statusnotat', file, '--out', path.join(dir, `status-${k}.docx`)],
    ];
    let acked = 0;
    let writers = 0;
    const lost: Array<{ round: number; missing: number }> = [];
    const readerFailures: string[] = [];
    for (let k = 0; k < ROUNDS; k++) {
      let writer: ChildProcess | undefined;
      const go = path.join(dir, `r${k}.go`);
      const ready = [path.join(dir, `r${k}-writer.ready`), path.join(dir, `r${k}-reader.ready`)];
      const writing = runChild(bundle, ['session', file, path.join(dir, 'child-settings'), `r${k}`], null, {
        nodeArgs: ['--import', gate],
        env: gated(file, ready[0]!, go, 0),
        started: (child) => (writer = child),
      });
      // The reader comes a few milliseconds later, after the writer took the lock, so that its
      // own look at the file falls somewhere in the writer's opening.
      const reading = runCli(readers[k % readers.length]!(k), gated(file, ready[1]!, go, 5 + Math.floor(Math.random() * 30)));
      // Both have loaded and stand at their first look at the file: let them open it together.
      let settled = '';
      void writing.then((run) => (settled += `writer ended: ${JSON.stringify(run.exit)} ${run.errors.join(' ')}\n`));
      void reading.then((run) => (settled += `reader ended: ${run.code} ${run.stderr}\n`));
      await waitFor(ready).catch((error: Error) => {
        writer?.kill('SIGKILL');
        throw new Error(`round ${k}: ${error.message}\n${settled}`);
      });
      fs.writeFileSync(go, '');
      const reader = await reading;
      if (reader.code !== 0 && reader.code !== 1) readerFailures.push(`round ${k}: ${reader.code} ${reader.stderr.trim()}`);
      // Let the writer confirm more edits after the reader has gone, then kill it.
      await sleep(40 + Math.floor(Math.random() * 60));
      writer!.kill('SIGKILL');
      const run = await writing;
      if (run.readyMs !== null) writers++;
      acked += run.acked.length;
      const { goalTexts, problems } = verifyWorkbook(file);
      expect(problems).toEqual([]);
      const missing = run.acked.filter((text) => !goalTexts.has(text));
      if (missing.length) lost.push({ round: k, missing: missing.length });
      // The next round starts as a fresh start of the app would after the lock was taken over.
      fs.rmSync(lockPathFor(file), { force: true });
    }
    console.log(`open race: ${ROUNDS} rounds, ${writers} writers ready, ${acked} confirmed edits, lost: ${JSON.stringify(lost)}`);
    expect(readerFailures).toEqual([]);
    expect(writers).toBeGreaterThan(15);
    expect(acked).toBeGreaterThan(200);
    expect(lost).toEqual([]);
  }, 300_000);
});
