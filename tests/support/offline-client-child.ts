// An app's client to a shared workbook in a process of its own, for the test that kills it with
// SIGKILL while it is offline. Not part of the product: it opens the workbook through
// RemoteWorkbook with an outbox folder, as the app does, says "ready", and once the server is
// gone adds goals `<prefix> <n>` one after another without end. After each it says
// "stored <text>" as soon as the outbox counts it (on disk), so the parent knows exactly which
// changes the user was told are kept when it kills this process.
//
//   node offline-client-child.mjs <server> <workbook> <code> <outbox folder> <prefix>
import { RemoteWorkbook } from '../../electron/remote/remote-workbook';

const write = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const [server, workbook, code, outboxDir, prefix] = process.argv.slice(2) as [string, string, string, string, string];
  // Never back within this process's life: it stays offline until it is killed.
  const remote = await RemoteWorkbook.open({ server, workbook, code, outboxDir, reconnectDelaysMs: [3_600_000] });
  write('ready');
  await new Promise<void>((resolve) => remote.onStatus((status) => status.state === 'reconnecting' && resolve()));
  write('offline');
  for (let n = 1; ; n++) {
    const text = `${prefix} ${String(n).padStart(4, '0')}`;
    const counted = new Promise<void>((resolve) => {
      const stop = remote.onOutbox(() => {
        stop();
        resolve();
      });
    });
    void remote.invoke('program.list.add', { list: 'goal', text });
    await counted;
    write(`stored ${text}`);
  }
}

main().catch((error: unknown) => {
  write(`error ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
