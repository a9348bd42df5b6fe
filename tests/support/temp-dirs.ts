// Temporary folders of the tests. Each is remembered, so that the setup file removes what a test
// left behind – even when the test failed or timed out before its own cleanup, or made a folder
// read-only to test a refusal – and CI leaves /tmp as it found it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const created = new Set<string>();

export function tempDir(prefix = 'arbejdsbogen-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.add(dir);
  return dir;
}

/** A test may have taken the write permission away (read-only folder tests): give it back first. */
function makeWritable(dir: string): void {
  try {
    fs.chmodSync(dir, 0o700);
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) makeWritable(path.join(dir, entry.name));
      else fs.chmodSync(path.join(dir, entry.name), 0o600);
    }
  } catch {
    // Gone already, or a file another process still holds: removal below does what it can.
  }
}

export function removeTempDirs(): void {
  for (const dir of created) {
    makeWritable(dir);
    try {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // Best effort: a child process that outlived its test may still hold a file on some systems.
    }
  }
  created.clear();
}
