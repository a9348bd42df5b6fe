// A child for the full-disk tests (run inside tests/support/tiny-disk.ts's namespace). Drives the
// real session and dispatcher and prints the envelope of the call as one JSON line.
//
//   node disk-child.mjs savecopy <workbook> <target>   – "Gem kopi som…" to target
//   node disk-child.mjs localcopy <server> <workbook> <code> <folder>
//     – a shared workbook's copy fetched into folder, as the app does; prints the copy's problem
import { createDispatcher } from '../../electron/app/dispatcher';
import { OfflineCopy } from '../../electron/app/offline-copy';
import { RemoteWorkbook } from '../../electron/remote/remote-workbook';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';

/** Fetches a shared workbook's copy into folder through the app's own OfflineCopy. */
async function localCopy(server: string, workbook: string, code: string, folder: string): Promise<void> {
  const remote = await RemoteWorkbook.open({ server, workbook, code, outboxDir: folder });
  const shell = { documentsDir: folder, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null };
  const copy = new OfflineCopy({ remote, folder, shell, emit: () => undefined });
  await copy.refresh();
  copy.close();
  await remote.close();
  process.stdout.write(`${JSON.stringify({ problem: copy.problem })}\n`);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'localcopy') {
    const [server, workbook, code, folder] = process.argv.slice(3);
    return localCopy(server!, workbook!, code!, folder!);
  }
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
