// A child for the full-disk tests (run inside tests/support/tiny-disk.ts's namespace). Drives the
// real session and dispatcher and prints the envelope of the call as one JSON line.
//
//   node disk-child.mjs savecopy <workbook> <target>   – "Gem kopi som…" to target
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';

async function main(): Promise<void> {
  const [mode, workbookPath, target, settingsDir] = process.argv.slice(2);
  if (mode !== 'savecopy' || !workbookPath || !target || !settingsDir) {
    process.stderr.write('usage: disk-child savecopy <workbook> <target> <settings dir>\n');
    process.exit(64);
  }
  const session = new Session({
    settings: new SettingsStore(settingsDir),
    shell: { documentsDir: settingsDir, chooseFileToOpen: async () => null, chooseFileToSave: async () => target, openPath: async () => null },
    fallbackAuthor: 'Disktest',
  });
  session.open(workbookPath);
  const dispatch = createDispatcher(session, () => undefined);
  const envelope = await dispatch('workbook.saveCopyDialog', {});
  session.close();
  process.stdout.write(`${JSON.stringify(envelope)}\n`);
}

void main();
