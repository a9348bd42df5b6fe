// Test-only preload (bundled by bundleOpenGate, loaded with node --import): holds a process at
// its first look at one file until the test says go, so two processes that load at very
// different speeds open that file at the same moment. Environment: GATE_FILE (absolute path
// watched), GATE_READY (written when held), GATE_GO (waited for), GATE_DELAY_MS (extra wait
// after go, to vary the interleaving). Without GATE_FILE it does nothing.
import fs from 'node:fs';
import path from 'node:path';

const target = process.env.GATE_FILE;
const ready = process.env.GATE_READY ?? '';
const go = process.env.GATE_GO ?? '';
const delay = Number(process.env.GATE_DELAY_MS ?? 0);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

let passed = !target;
function hold(file: unknown): void {
  if (passed || typeof file !== 'string' || path.resolve(file) !== target) return;
  passed = true;
  fs.writeFileSync(ready, String(process.pid));
  while (!fs.existsSync(go)) pause(1);
  if (delay > 0) pause(delay);
}

type Gated = (file: unknown, ...rest: unknown[]) => unknown;
const patchable = fs as unknown as Record<string, Gated>;
for (const name of ['statSync', 'lstatSync', 'openSync', 'existsSync']) {
  const original = patchable[name]!;
  patchable[name] = function gated(this: unknown, file: unknown, ...rest: unknown[]) {
    hold(file);
    return original.call(this, file, ...rest);
  };
}
const realpath = fs.realpathSync;
patchable.realpathSync = Object.assign(function gated(this: unknown, file: unknown, ...rest: unknown[]) {
  hold(file);
  return (realpath as unknown as Gated).call(this, file, ...rest);
}, { native: realpath.native });
