// A writer process for the crash and two-writer tests. Not part of the product: it drives the
// real session, dispatcher and mutation path and reports every call that returned with an
// "ack" line on stdout (a pipe, written synchronously on Linux), so the parent knows exactly
// which edits the user was told were stored when it kills this process.
//
//   node crash-child.mjs session <workbook> <settings dir> <tag>   – through Session + dispatcher
//   node crash-child.mjs restore <workbook> <settings dir> <tag> – restores a backup in a loop
//   node crash-child.mjs raw <workbook> <tag> <count>                – Workbook.mutate directly,
//                                                                      ignoring the lock file
//   node crash-child.mjs open <workbook> <settings dir>               – opens through Session, prints
//                                                                      the lock notice (and what taking
//                                                                      it over gave) as "opened <json>"
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import { Workbook } from '../../electron/workbook/workbook';

const write = (line: string) => process.stdout.write(`${line}\n`);

async function sessionMode(workbookPath: string, settingsDir: string, tag: string): Promise<void> {
  const settings = new SettingsStore(settingsDir);
  const session = new Session({
    settings,
    shell: { documentsDir: settingsDir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
    fallbackAuthor: `Nedbrudstest ${tag}`,
  });
  const started = performance.now();
  let info = session.open(workbookPath);
  if (info.lock?.state === 'stale') info = session.takeOverLock();
  if (info.readOnly) {
    write(`readonly ${info.readOnlyReason ?? ''}`);
    process.exit(3);
  }
  write(`ready ${(performance.now() - started).toFixed(1)}`);
  const dispatch = createDispatcher(session, (error) => write(`error ${String(error)}`));
  const focus = (await dispatch('program.get', {})) as { ok: true; value: { lists: { focusArea: Array<{ id: number }> } } };
  const focusIds = focus.value.lists.focusArea.map((f) => f.id);
  for (let i = 0; ; i++) {
    const text = `${tag}-${i}`;
    // Mostly single-row inserts; every fourth call moves a list item, which renumbers several
    // rows in one transaction – the kind of change that must never be seen half done.
    const moving = i % 4 === 3 && focusIds.length > 1;
    const envelope = moving
      ? await dispatch('program.list.move', { id: focusIds[i % focusIds.length]!, toPosition: 1 + (i % focusIds.length) })
      : await dispatch('program.list.add', { list: 'goal', text });
    if (!envelope.ok) {
      write(`refused ${envelope.error.message}`);
      continue;
    }
    write(moving ? `moved ${i}` : `ack ${text}`);
  }
}

/** Restores a backup again and again (each restore first writes a "før gendannelse" copy). */
async function restoreMode(workbookPath: string, settingsDir: string, tag: string): Promise<void> {
  const session = new Session({
    settings: new SettingsStore(settingsDir),
    shell: { documentsDir: settingsDir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
    fallbackAuthor: `Nedbrudstest ${tag}`,
  });
  let info = session.open(workbookPath);
  if (info.lock?.state === 'stale') info = session.takeOverLock();
  if (info.readOnly) {
    write(`readonly ${info.readOnlyReason ?? ''}`);
    process.exit(3);
  }
  const dispatch = createDispatcher(session, (error) => write(`error ${String(error)}`));
  const manual = (await dispatch('backups.createNow', {})) as { ok: true; value: { backups: Array<{ name: string; kind: string }> } };
  const name = manual.value.backups.find((b) => b.kind === 'manual')!.name;
  write('ready');
  for (let i = 0; ; i++) {
    await dispatch('program.update', { patch: { title: `${tag}-${i}` } });
    const envelope = await dispatch('backups.restore', { name });
    write(envelope.ok ? `ack restore ${i}` : `refused ${envelope.error.message}`);
  }
}

function rawMode(workbookPath: string, tag: string, count: number): void {
  const wb = Workbook.open(workbookPath);
  write('ready');
  for (let i = 0; i < count; i++) {
    const text = `${tag}-${i}`;
    wb.mutate(`Samtidig skriver ${tag}`, 'Tilføj til mål', (tx) => {
      const position = ((tx.db.prepare("SELECT MAX(position) FROM program_list_item WHERE list = 'goal'").pluck().get() as number | null) ?? 0) + 1;
      tx.insert('program_list_item', { list: 'goal', text, position });
    });
    write(`ack ${text}`);
  }
  wb.close();
  write('done');
}

/** Opening runs in its own process, so a lock file that made opening hang cannot hang the test. */
function openMode(workbookPath: string, settingsDir: string): void {
  const session = new Session({
    settings: new SettingsStore(settingsDir),
    shell: { documentsDir: settingsDir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null },
    fallbackAuthor: 'Åbnetest',
  });
  const result: Record<string, unknown> = {};
  try {
    const info = session.open(workbookPath);
    result.opened = { readOnly: info.readOnly, lock: info.lock };
    if (info.lock?.state === 'stale') {
      const taken = session.takeOverLock();
      result.takenOver = { readOnly: taken.readOnly, lock: taken.lock };
    }
  } catch (error) {
    result.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } finally {
    session.close();
  }
  write(`opened ${JSON.stringify(result)}`);
}

const [mode, workbookPath, a, b] = process.argv.slice(2);
if (mode === 'open' && workbookPath && a) {
  openMode(workbookPath, a);
} else if (mode === 'session' && workbookPath && a && b) {
  void sessionMode(workbookPath, a, b);
} else if (mode === 'restore' && workbookPath && a && b) {
  void restoreMode(workbookPath, a, b);
} else if (mode === 'raw' && workbookPath && a && b) {
  rawMode(workbookPath, a, Number(b));
} else {
  process.stderr.write('usage: crash-child session <file> <settings dir> <tag> | raw <file> <tag> <count> | open <file> <settings dir>\n');
  process.exit(64);
}
