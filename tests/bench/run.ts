// npm run bench: runs every suite in tests/bench/suites/ and prints its measurements.
// Each suite exports `name` and `run(): Promise<Array<{ label: string; ms: number; note?: string }>>`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Measurement {
  label: string;
  ms: number;
  note?: string;
  /** Shown instead of the time, for a figure that is not one (memory, a rate). */
  figure?: string;
}

export interface BenchSuite {
  name: string;
  run(): Promise<Measurement[]>;
}

async function main() {
  const dir = path.join(import.meta.dirname, 'suites');
  const only = process.argv[2];
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && (!only || f.includes(only))).sort();
  for (const file of files) {
    const suite = (await import(pathToFileURL(path.join(dir, file)).href)) as BenchSuite;
    console.log(`\n== ${suite.name} ==`);
    for (const m of await suite.run()) {
      console.log(`  ${m.label.padEnd(58)} ${(m.figure ?? `${m.ms.toFixed(1)} ms`).padStart(13)}${m.note ? `  (${m.note})` : ''}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
