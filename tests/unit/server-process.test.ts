// `npm run server` as a real process: invite prints the code once, the server logs its start,
// takes a member's edit, and on SIGTERM closes the sockets and the workbook cleanly. And TLS.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockPathFor } from '../../electron/workbook/lock';
import { startServer } from '../../electron/server/server';
import { connect, login, waitFor, WORKBOOK } from '../support/server-client';
import { openTestSession, tempDir } from '../support/workbooks';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const MAIN = path.join(ROOT, 'electron/server/main.ts');

let dir: string;

function workbookIn(folder: string): string {
  const file = path.join(folder, WORKBOOK);
  const setup = openTestSession(path.join(folder, 'opsætning'));
  setup.session.create(file, 'blank');
  setup.close();
  return file;
}

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('npm run server', () => {
  it('invites, serves, takes an edit and stops cleanly on SIGTERM', async () => {
    dir = tempDir('arbejdsbogen-server-proc-');
    const file = workbookIn(dir);
    const invited = execFileSync(process.execPath, [TSX, MAIN, 'invite', file, '--name', 'Sara Khalil', '--role', 'Social innovator'], { encoding: 'utf8' });
    const code = /^\s+([A-Z2-7-]{39})$/m.exec(invited)![1]!;
    expect(fs.readFileSync(`${file}.medlemmer.json`, 'utf8')).not.toContain(code.replace(/-/g, '').slice(6));
    expect(execFileSync(process.execPath, [TSX, MAIN, 'members', file], { encoding: 'utf8' })).toContain('Sara Khalil (Social innovator)');

    const child = spawn(process.execPath, [TSX, MAIN, dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /startet på (http:\/\/127\.0\.0\.1:\d+)/.test(out), 20_000);
      const url = /startet på (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
      const { cookie } = await login(url, WORKBOOK, code);
      const client = await connect(url, cookie);
      expect(await client.call('partners.add', { name: 'Gennem processen' })).toMatchObject({ ok: true });
      expect(fs.existsSync(lockPathFor(file))).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await waitFor(() => client.ws.readyState === client.ws.CLOSED, 2000);
      expect(out).toMatch(/stoppet/);
      expect(fs.existsSync(lockPathFor(file))).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('speaks TLS when given a certificate and key, with a Secure cookie', async () => {
    dir = tempDir('arbejdsbogen-server-tls-');
    const file = workbookIn(dir);
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const server = await startServer({ folder: dir, port: 0, tls: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, log: () => undefined });
    try {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const { MemberStore } = await import('../../electron/server/members');
      const { code } = await new MemberStore(file).invite({ name: 'Sara Khalil', role: 'Social innovator' }, null);
      const setCookie = await new Promise<string>((resolve, reject) => {
        const request = https.request(`${server.url}/api/login`, { method: 'POST', rejectUnauthorized: false, headers: { 'content-type': 'application/json', origin: server.url } }, (response) => {
          response.resume();
          resolve(String(response.headers['set-cookie']));
        });
        request.on('error', reject);
        request.end(JSON.stringify({ workbook: WORKBOOK, code }));
      });
      expect(setCookie).toMatch(/; Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
    } finally {
      await server.close();
    }
  }, 60_000);
});
