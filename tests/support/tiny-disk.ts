// A real full disk without root: a tiny tmpfs mounted in a private mount namespace (unshare),
// holding only for the lifetime of one child process. The child's command runs with the tmpfs at
// `mountDir`; afterwards the shell lists what is left there (name, size, sha256), since the
// tmpfs disappears with the namespace.
import { spawn, spawnSync } from 'node:child_process';
import { ROOT } from './bundle';

export { bundleEntry } from './bundle';

export const tinyDiskAvailable: boolean = (() => {
  try {
    return spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'true']).status === 0;
  } catch {
    return false;
  }
})();

export interface TinyDiskRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What was left on the tiny disk afterwards: name → { size, sha256 }. */
  files: Map<string, { size: number; sha256: string }>;
}

/**
 * Runs `prepare` (shell, may fill the disk) and then `command` with a tmpfs of `sizeKb` at
 * mountDir (an existing, empty folder).
 */
export function onTinyDisk(sizeKb: number, mountDir: string, prepare: string, command: string[]): Promise<TinyDiskRun> {
  const script = [
    `mount -t tmpfs -o size=${sizeKb}k tmpfs "$0" || exit 90`,
    prepare,
    '"$@"; rc=$?',
    'echo "@@files"; cd "$0" && for f in .* *; do [ -f "$f" ] && printf "%s\\t%s\\t%s\\n" "$f" "$(stat -c %s "$f")" "$(sha256sum "$f" | cut -d" " -f1)"; done',
    'exit $rc',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script, mountDir, ...command], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const [out, listing = ''] = stdout.split('@@files\n');
      const files = new Map<string, { size: number; sha256: string }>();
      for (const line of listing.split('\n')) {
        const [name, size, sha256] = line.split('\t');
        if (name && size && sha256) files.set(name, { size: Number(size), sha256 });
      }
      resolve({ code, stdout: out ?? '', stderr, files });
    });
  });
}
