// Bundles a TypeScript entry (a test child, the CLI) once, so the many child processes a test
// starts run in plain Node quickly.
import path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export async function bundleEntry(entry: string, name: string): Promise<string> {
  const outfile = path.join(ROOT, 'tests/.tmp', `${name}.mjs`);
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'silent',
  });
  return outfile;
}
