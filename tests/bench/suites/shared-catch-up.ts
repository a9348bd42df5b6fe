// A shared workbook's client catching up (`npm run bench -- shared`): the server as its own
// process, the app's client (RemoteWorkbook with an outbox, the app's own reconnection waits)
// in this one. Measures how long 500 changes made while the server was away take to reach it,
// and how long after a restarted server listens again a client is connected with its outbox
// empty.
import fs from 'node:fs';
import path from 'node:path';
import { Outbox } from '../../../electron/remote/outbox';
import { RemoteWorkbook } from '../../../electron/remote/remote-workbook';
import { waitFor, WORKBOOK } from '../../support/server-client';
import { bundleServer, hostedFile, killServerProcess, startServerProcess, type ServerProcess } from '../../support/server-process';
import { tempDir } from '../../support/workbooks';
import type { Measurement } from '../run';

export const name = 'Delt arbejdsbog: indhentning efter afbrydelse';

const WAITING = 500;
const RESTARTS = 5;
/** The outbox alone, with more waiting than a week: its cost per change must not grow with the count. */
const OUTBOX_ALONE = 2_000;

function measureOutboxAlone(dir: string): Measurement {
  const outbox = new Outbox(path.join(dir, 'alene.udbakke.json'));
  const started = performance.now();
  for (let n = 0; n < OUTBOX_ALONE; n++) outbox.add('program.list.add', { list: 'goal', text: `Ændring ${n}` });
  for (const entry of [...outbox.waiting]) outbox.remove(entry.callId);
  const ms = performance.now() - started;
  return { label: `Udbakken alene: ${OUTBOX_ALONE} ændringer gemt og fjernet igen`, ms, note: `${(ms / (2 * OUTBOX_ALONE)).toFixed(2)} ms pr. skridt` };
}

export async function run(): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const hosted = hostedFile('programme');
  const outboxDir = tempDir('arbejdsbogen-bench-udbakke-');
  const bundle = await bundleServer();
  let server: ServerProcess = await startServerProcess(bundle, hosted.dir, 0);
  let remote: RemoteWorkbook | null = null;
  try {
    const code = await hosted.invite('Lene Bach Andersen', 'Formand');
    // The app's own reconnection waits (0,5 s, 1 s, 2 s, …): what a user would see.
    const client = await RemoteWorkbook.open({ server: server.url, workbook: WORKBOOK, code, outboxDir });
    remote = client;
    const answers: Array<Promise<unknown>> = [];
    const edit = (text: string) => answers.push(client.invoke('program.list.add', { list: 'goal', text }));

    // 500 changes made while the server is away ("a week offline").
    await killServerProcess(server);
    await waitFor(() => client.status.state === 'reconnecting', 10_000);
    const adding = performance.now();
    for (let n = 0; n < WAITING; n++) edit(`Offline ${n}`);
    const addMs = performance.now() - adding;
    server = await startServerProcess(bundle, hosted.dir, server.port);
    const listening = performance.now();
    await waitFor(() => client.status.state === 'connected', 60_000);
    const connected = performance.now();
    await waitFor(() => client.outboxCounts.waiting === 0, 120_000);
    const caughtUp = performance.now();
    await Promise.all(answers);
    results.push({ label: `Indhentning: ${WAITING} ventende ændringer sendt`, ms: caughtUp - connected, note: `fra forbundet til tom udbakke; ${(caughtUp - listening).toFixed(0)} ms fra serveren lyttede igen` });
    results.push({ label: `Indhentning: ${WAITING} ændringer gemt i udbakken offline`, ms: addMs, note: 'én fsync pr. ændring' });

    // A restart with one change waiting: from listening again to connected and the outbox empty.
    const reconnects: number[] = [];
    for (let r = 0; r < RESTARTS; r++) {
      await killServerProcess(server);
      await waitFor(() => client.status.state === 'reconnecting', 10_000);
      edit(`Under genstart ${r}`);
      server = await startServerProcess(bundle, hosted.dir, server.port);
      const up = performance.now();
      await waitFor(() => client.status.state === 'connected' && client.outboxCounts.waiting === 0, 60_000);
      reconnects.push(performance.now() - up);
    }
    await Promise.all(answers);
    reconnects.sort((a, b) => a - b);
    results.push({ label: 'Genforbindelse efter genstart af serveren: median', ms: reconnects[Math.floor(RESTARTS / 2)]!, note: `${RESTARTS} genstarter, fra serveren lytter til forbundet og udbakken tom` });
    results.push({ label: 'Genforbindelse efter genstart af serveren: længst', ms: reconnects.at(-1)! });
    results.push(measureOutboxAlone(outboxDir));
  } finally {
    await remote?.close();
    await killServerProcess(server);
    fs.rmSync(hosted.dir, { recursive: true, force: true });
    fs.rmSync(outboxDir, { recursive: true, force: true });
  }
  return results;
}
