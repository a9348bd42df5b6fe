// The shared workbook under load (`npm run bench -- shared`): the server as its own process
// (`npm run server`), members over real WebSockets on 127.0.0.1. Measures one mutation's round
// trip with 1, 20 and 100 connected clients, how long until the other clients see it, sustained
// mutations per second with 20 members writing at once, and the server's memory with 100 clients.
// The clients run in this process, so fan-out includes the time they take to read their frames.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { connect, login, waitFor, WORKBOOK, type Client } from '../../support/server-client';
import { openTestSession, tempDir } from '../../support/workbooks';
import type { Measurement } from '../run';

export const name = 'Delt arbejdsbog: server, rundtur og udsendelse';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = path.join(ROOT, 'electron/server/main.ts');
const MUTATIONS = 400;
const SUSTAINED_MS = 5000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function invite(file: string, name: string, role: string): string {
  const printed = execFileSync(process.execPath, [TSX, MAIN, 'invite', file, '--name', name, '--role', role], { encoding: 'utf8' });
  return /^\s+([A-Z2-7-]{39})$/m.exec(printed)![1]!;
}

/** The server process's resident memory in MiB, from the kernel. */
function residentMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)![1]) / 1024;
}

async function startServerProcess(folder: string): Promise<{ url: string; child: ChildProcess; serverPid: number }> {
  // node runs tsx's cli, which runs the server in a child of its own: measure that one's memory.
  const child = spawn(process.execPath, [TSX, MAIN, folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await waitFor(() => /startet på (http:\/\/127\.0\.0\.1:\d+)/.test(out), 30_000);
  const url = /startet på (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
  const children = fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return { url, child, serverPid: children[0] ?? child.pid! };
}

interface RoundTrips {
  roundTrip: number[];
  fanOut: number[];
}

/** MUTATIONS edits one after another by the chair, with `watchers` other members connected. */
async function measureRoundTrips(writer: Client, watchers: Client[]): Promise<RoundTrips> {
  const roundTrip: number[] = [];
  const fanOut: number[] = [];
  for (let i = 0; i < MUTATIONS; i++) {
    const seenBefore = watchers.map((w) => w.events.length);
    const started = performance.now();
    const startedAt = Date.now();
    const answer = await writer.call('program.update', { patch: { background: `Baggrund ${i} ${startedAt}` } });
    roundTrip.push(performance.now() - started);
    if (!answer.ok) throw new Error(answer.error.message);
    await waitFor(() => watchers.every((w, n) => w.events.length > seenBefore[n]!), 10_000);
    for (const [n, watcher] of watchers.entries()) fanOut.push(watcher.events[seenBefore[n]!]!.at - startedAt);
  }
  return { roundTrip: roundTrip.sort((a, b) => a - b), fanOut: fanOut.sort((a, b) => a - b) };
}

export async function run(): Promise<Measurement[]> {
  const results: Measurement[] = [];
  const folder = tempDir('arbejdsbogen-bench-shared-');
  const file = path.join(folder, WORKBOOK);
  const setup = openTestSession(path.join(folder, 'opsætning'));
  setup.session.create(file, 'programme');
  setup.close();
  const chairCode = invite(file, 'Lene Bach Andersen', 'Formand');
  const memberCode = invite(file, 'Medlem Mørkhøj', 'Medlem');

  const { url, child, serverPid } = await startServerProcess(folder);
  const clients: Client[] = [];
  try {
    const idleMiB = residentMiB(serverPid);
    // One login per member; a member may have many windows (sockets) on one login.
    const chair = (await login(url, WORKBOOK, chairCode)).cookie;
    const watcherCookie = (await login(url, WORKBOOK, memberCode)).cookie;
    const writer = await connect(url, chair);
    clients.push(writer);
    await writer.call('program.get', {});

    for (const connected of [1, 20, 100]) {
      while (clients.length < connected) clients.push(await connect(url, watcherCookie));
      const watchers = clients.slice(1);
      const { roundTrip, fanOut } = await measureRoundTrips(writer, watchers);
      results.push({ label: `Rundtur for én ændring, ${connected} klient${connected === 1 ? '' : 'er'} forbundet: p50`, ms: percentile(roundTrip, 50) });
      results.push({ label: `Rundtur for én ændring, ${connected} klient${connected === 1 ? '' : 'er'} forbundet: p99`, ms: percentile(roundTrip, 99), note: `${MUTATIONS} ændringer` });
      if (fanOut.length) {
        results.push({ label: `Til de andre ser ændringen, ${connected} klienter: p50`, ms: percentile(fanOut, 50) });
        results.push({ label: `Til de andre ser ændringen, ${connected} klienter: p99`, ms: percentile(fanOut, 99), note: `${fanOut.length} modtagelser` });
      }
      if (connected === 100) {
        results.push({ label: 'Serverens hukommelse med 100 klienter (RSS)', ms: 0, figure: `${residentMiB(serverPid).toFixed(0)} MiB`, note: `${idleMiB.toFixed(0)} MiB før nogen loggede ind` });
      }
    }

    // Sustained: 20 chairs' windows writing as fast as the server answers, the rest watching.
    const writers = [writer, ...(await Promise.all(Array.from({ length: 19 }, () => connect(url, chair))))];
    clients.push(...writers.slice(1));
    let done = 0;
    const started = performance.now();
    const until = Date.now() + SUSTAINED_MS;
    await Promise.all(writers.map(async (client, c) => {
      for (let n = 0; Date.now() < until; n++) {
        const answer = await client.call('program.list.add', { list: 'focusArea', text: `Skribent ${c} nr. ${n}` });
        if (!answer.ok) throw new Error(answer.error.message);
        done++;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    results.push({ label: 'Vedvarende ændringer, 20 skrivende og 100 i alt forbundet', ms: (seconds * 1000) / done, figure: `${Math.round(done / seconds)} pr. s`, note: `${done} ændringer på ${seconds.toFixed(1)} s` });
  } finally {
    await Promise.all(clients.map((client) => client.close()));
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(folder, { recursive: true, force: true });
  }
  return results;
}
