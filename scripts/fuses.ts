// Electron fuses for the shipped app, flipped in the Electron binary when it is packaged:
//   npx tsx scripts/fuses.ts <path to the packaged Electron executable>
// The project has no packager yet (package.json has no electron-builder or Forge); whichever is
// added runs this script on the packaged binary (electron-builder: an afterPack hook calling
// flipAppFuses(context.appOutDir/…); Forge: @electron-forge/plugin-fuses with FUSES) and adds
// @electron/fuses as a devDependency. OnlyLoadAppFromAsar and the asar integrity check need the
// app packed as an asar with better-sqlite3's .node files unpacked (asarUnpack).
// FUSES is tested in tests/unit/fuses.test.ts.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Each fuse and its setting, named as in @electron/fuses' FuseV1Options. */
export const FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the app into a plain Node that runs any script. */
  RunAsNode: false,
  /** NODE_OPTIONS could inject code (--require) into the main process. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect and friends would open a debugger port into the main process. */
  EnableNodeCliInspectArguments: false,
  /** Cookies and other Chromium storage encrypted with the OS key store. */
  EnableCookieEncryption: true,
  /** The app.asar is checked against the hash embedded at packaging (macOS, Windows). */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Only the packaged app.asar is loaded, never a loose app folder placed beside it. */
  OnlyLoadAppFromAsar: true,
} as const;

interface FusesModule {
  FuseVersion: { V1: unknown };
  FuseV1Options: Record<string, number>;
  flipFuses(electronPath: string, config: Record<string | number, unknown>): Promise<unknown>;
}

/** The configuration handed to flipFuses(), FuseV1Options numbers as keys. */
export function fuseConfig(fuses: FusesModule, platform = process.platform, arch = process.arch): Record<string | number, unknown> {
  const config: Record<string | number, unknown> = {
    version: fuses.FuseVersion.V1,
    // An arm64 Mac refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
  };
  for (const [name, enabled] of Object.entries(FUSES)) {
    const option = fuses.FuseV1Options[name];
    if (option === undefined) throw new Error(`@electron/fuses kender ikke sikringen ${name}`);
    config[option] = enabled;
  }
  return config;
}

export async function flipAppFuses(electronPath: string): Promise<void> {
  // Loaded only when packaging: @electron/fuses is not needed to develop or test the app.
  const moduleName = '@electron/fuses';
  const fuses = (await import(moduleName)) as FusesModule;
  await fuses.flipFuses(electronPath, fuseConfig(fuses));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('Brug: npx tsx scripts/fuses.ts <sti til den pakkede Electron-programfil>\n');
    process.exitCode = 64;
  } else {
    flipAppFuses(path.resolve(target)).then(
      () => process.stdout.write(`Sikringer sat i ${target}: ${JSON.stringify(FUSES)}\n`),
      (error: unknown) => {
        process.stderr.write(`Sikringerne kunne ikke sættes: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 1;
      },
    );
  }
}
