// Bundles a TypeScript entry (a test child, the CLI) once, so the many child processes a test
// starts run in plain Node quickly.
import path from 'node:path';
import { build } from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * packages 'external' leaves every package to Node (the CLI); plain bundles a file that needs no
 * package and no require (a `node --import` preload). By default only better-sqlite3, a native
 * module, stays outside, loaded through require.
 */
export async function bundleEntry(entry: string, name: string, options: { packages?: 'external'; plain?: boolean; extension?: string } = {}): Promise<string> {
  const outfile = path.join(ROOT, 'tests/.tmp', `${name}${options.extension ?? '.mjs'}`);
  const nodeRequire = { external: ['better-sqlite3'], banner: { js: "import { createRequire as bannerCreateRequire } from 'node:module'; const require = bannerCreateRequire(import.meta.url);" } };
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    ...(options.plain ? {} : options.packages ? { packages: options.packages } : nodeRequire),
    logLevel: 'silent',
  });
  return outfile;
}
