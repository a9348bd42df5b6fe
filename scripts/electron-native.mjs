// Builds better-sqlite3 for Electron's ABI into .native/, beside (not over) the Node build in
// node_modules, so `npm start` (Electron) and `npm test` (Node) each load a matching binary.
// The main process passes the result to better-sqlite3 as `nativeBinding`.
// Tries a prebuilt binary first (prebuild-install, as better-sqlite3's own install does), then
// compiles against Electron's headers with node-gyp.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

let electronVersion;
try {
  electronVersion = require('electron/package.json').version;
} catch {
  console.error('Electron er ikke installeret. Kør "npm install" først.');
  process.exit(1);
}

const target = path.join(root, '.native', `electron-${electronVersion}-${process.platform}-${process.arch}`);
const binary = path.join(target, 'better_sqlite3.node');
if (fs.existsSync(binary)) process.exit(0);

const source = path.dirname(require.resolve('better-sqlite3/package.json'));
const work = path.join(root, '.native', 'build', `better-sqlite3-electron-${electronVersion}`);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.dirname(work), { recursive: true });
fs.cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${path.sep}build${path.sep}`) });

console.log(`Bygger better-sqlite3 til Electron ${electronVersion} …`);
const env = { ...process.env, npm_config_nodedir: '', npm_config_runtime: 'electron', npm_config_target: electronVersion, npm_config_disturl: 'https://electronjs.org/headers' };
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, env, stdio: 'inherit', shell: process.platform === 'win32' });
try {
  run(bin('prebuild-install'), ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]);
} catch {
  const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
  run(process.execPath, [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers']);
}
fs.mkdirSync(target, { recursive: true });
fs.copyFileSync(path.join(work, 'build', 'Release', 'better_sqlite3.node'), binary);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 til Electron ligger i ${path.relative(root, binary)}`);
