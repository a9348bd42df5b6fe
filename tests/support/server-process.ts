// The server (electron/server/main.ts, as `npm run server` runs it) as a child process of its
// own that a test can kill with SIGKILL and start again on the same port. Bundled once, so each
// of the many starts runs in plain Node quickly.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MemberStore } from '../../electron/server/members';
import type { UserRole } from '../../shared/domain/user';
import type { WorkbookKind } from '../../electron/app/session';
import { bundleEntry, ROOT } from './bundle';
import { waitFor, WORKBOOK } from './server-client';
import { openTestSession, tempDir } from './workbooks';

/** fastify and the rest bundled in too: one file to load makes each start a third quicker. */
export function bundleServer(): Promise<string> {
  return bundleEntry('electron/server/main.ts', 'server-main');
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything the server wrote to stdout and stderr. */
  output(): string;
}

/**
 * Starts the server for `folder` on 127.0.0.1 (`port` 0: any free one) and waits until it listens.
 * `options`: more of `npm run server`'s options, e.g. ['--trust-proxy', '127.0.0.1'].
 */
export async function startServerProcess(bundle: string, folder: string, port: number, options: string[] = []): Promise<ServerProcess> {
  // The server's own temporary folder goes inside the test's folder: a server killed with SIGKILL
  // cannot remove it, and the test removes its folder with everything in it.
  const temporary = path.join(folder, '.server-tmp');
  fs.mkdirSync(temporary, { recursive: true });
  const child = spawn(process.execPath, [bundle, folder, '--port', String(port), '--host', '127.0.0.1', ...options], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: temporary },
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const listening = /startet på (http:\/\/127\.0\.0\.1:(\d+))/;
  try {
    await waitFor(() => listening.test(out) || child.exitCode !== null, 30_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const match = listening.exec(out);
  if (!match) throw new Error(`Serveren startede ikke: ${out}`);
  return { child, url: match[1]!, port: Number(match[2]), output: () => out };
}

/** Sends `signal`; resolves with the exit code (null: ended by the signal) once the process is gone. */
async function endServerProcess(server: ServerProcess, signal: NodeJS.Signals): Promise<number | null> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.child.exitCode;
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  server.child.kill(signal);
  return exited;
}

/** SIGKILL, as a power cut would; resolves when the process is gone. */
export async function killServerProcess(server: ServerProcess): Promise<void> {
  await endServerProcess(server, 'SIGKILL');
}

/** SIGTERM, as `systemctl stop` would: the server closes its sockets and workbooks; resolves with its exit code. */
export function stopServerProcess(server: ServerProcess): Promise<number | null> {
  return endServerProcess(server, 'SIGTERM');
}

export interface HostedFile {
  dir: string;
  file: string;
  /** Invites a member and returns the invitation code. */
  invite(name: string, role: UserRole): Promise<string>;
}

/** A folder for the server with one new workbook (`kind` as Session.create takes it). */
export function hostedFile(kind: WorkbookKind = 'blank'): HostedFile {
  const dir = tempDir('arbejdsbogen-server-test-proces-');
  const file = path.join(dir, WORKBOOK);
  const setup = openTestSession(path.join(dir, 'opsætning'));
  setup.session.create(file, kind);
  setup.close();
  return { dir, file, invite: async (name, role) => (await new MemberStore(file).invite({ name, role }, null)).code };
}
