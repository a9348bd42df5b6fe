// The Electron fuses the packaged app is given (scripts/fuses.ts), as stated in docs/security.md.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUSES, fuseConfig } from '../../scripts/fuses';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The numbering of @electron/fuses' FuseV1Options (its src/config.ts).
const FuseV1Options = {
  RunAsNode: 0, EnableCookieEncryption: 1, EnableNodeOptionsEnvironmentVariable: 2, EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4, OnlyLoadAppFromAsar: 5, LoadBrowserProcessSpecificV8Snapshot: 6, GrantFileProtocolExtraPrivileges: 7,
};
const fakeFuses = { FuseVersion: { V1: '1' }, FuseV1Options, flipFuses: async () => undefined };

describe('Electron fuses', () => {
  it('turn off running as Node, NODE_OPTIONS and --inspect; turn on cookie encryption, asar integrity and asar-only loading', () => {
    expect(FUSES).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
    });
  });

  it('are handed to flipFuses under their FuseV1Options numbers, V1, with the arm64 Mac signature reset', () => {
    expect(fuseConfig(fakeFuses, 'win32', 'x64')).toEqual({ version: '1', resetAdHocDarwinSignature: false, 0: false, 1: true, 2: false, 3: false, 4: true, 5: true });
    expect(fuseConfig(fakeFuses, 'darwin', 'arm64')).toMatchObject({ resetAdHocDarwinSignature: true });
    expect(() => fuseConfig({ ...fakeFuses, FuseV1Options: { RunAsNode: 0 } })).toThrow(/kender ikke sikringen/);
  });

  it('the packaging step has a script for them', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.fuses).toBe('tsx scripts/fuses.ts');
  });
});
