// The app's client for a shared workbook (electron/remote/) against a real server on 127.0.0.1:
// login, calls, events, a server restart, a revoked code, TLS, and files the server sends.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { MemberStore } from '../../electron/server/members';
import { startServer } from '../../electron/server/server';
import { createDownloadSaver } from '../../electron/remote/downloads';
import { RemoteWorkbook, type RemoteStatus } from '../../electron/remote/remote-workbook';
import { hostFolder, member, waitFor, WORKBOOK, type HostedFolder } from '../support/server-client';
import { tempDir } from '../support/workbooks';

const FAST = { reconnectDelaysMs: [50, 100, 200], connectTimeoutMs: 5_000 };
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function hosted(): Promise<HostedFolder> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  return folder;
}

async function open(server: string, code: string, extra: Partial<Parameters<typeof RemoteWorkbook.open>[0]> = {}): Promise<RemoteWorkbook> {
  const remote = await RemoteWorkbook.open({ server, workbook: WORKBOOK, code, ...FAST, ...extra });
  cleanups.push(() => remote.close());
  return remote;
}

function statuses(remote: RemoteWorkbook): RemoteStatus[] {
  const seen: RemoteStatus[] = [];
  remote.onStatus((status) => seen.push(status));
  return seen;
}

describe('logging in and calling', { timeout: 30_000 }, () => {
  it('logs in with the code, knows the member, calls through the socket and hears the others\' changes', async () => {
    const folder = await hosted();
    const sara = await open(folder.server.url, await folder.invite('Sara Khalil', 'Social innovator'));
    expect(sara.member).toEqual({ name: 'Sara Khalil', role: 'Social innovator' });
    expect(sara.status).toEqual({ state: 'connected', resumed: false });
    const events: Array<{ event: string; payload: unknown }> = [];
    sara.onEvent((event, payload) => events.push({ event, payload }));

    const state = await sara.invoke('app.state', {});
    expect(state).toMatchObject({ ok: true, value: { user: { name: 'Sara Khalil', role: 'Social innovator' }, workbook: { fileName: WORKBOOK } } });
    // Who is online, said by the server as the socket opened (before any listener), is kept.
    expect(sara.presence).toEqual({ server: folder.server.url, workbook: WORKBOOK, me: sara.member, online: [sara.member] });
    expect(await sara.invoke('partners.add', { name: 'Jobcenter Gladsaxe' })).toMatchObject({ ok: true });
    // Her role may not change the programme: the server's refusal comes back as it is.
    expect(await sara.invoke('program.list.add', { list: 'goal', text: 'Nyt mål' })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('Social innovator') } });

    const anne = await member(folder, 'Anne Holm', 'Formand');
    cleanups.push(() => anne.close());
    expect(await anne.call('program.list.add', { list: 'goal', text: 'Formandens mål' })).toMatchObject({ ok: true });
    await waitFor(() => events.some((e) => e.event === 'workbook.changed' && JSON.stringify(e.payload).includes('Formandens mål')), 2_000);
  });

  it('refuses a wrong code with the server\'s own message, and an unknown workbook likewise', async () => {
    const folder = await hosted();
    await expect(open(folder.server.url, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH')).rejects.toThrow('Arbejdsbogen og koden passer ikke sammen');
    const code = await folder.invite('Sara Khalil', 'Medlem');
    await expect(RemoteWorkbook.open({ server: folder.server.url, workbook: 'Findes ikke.arbejdsbog', code })).rejects.toThrow('passer ikke sammen');
  });

  it('says in Danish that a server is not answering, and that a certificate cannot be trusted', async () => {
    const closed = await startServer({ folder: tempDir('arbejdsbogen-lukket-'), port: 0, log: () => undefined });
    const url = closed.url;
    await closed.close();
    await expect(RemoteWorkbook.open({ server: url, workbook: WORKBOOK, code: 'x' })).rejects.toThrow(`Serveren ${new URL(url).host} svarer ikke`);

    const dir = tempDir('arbejdsbogen-tls-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    const tls = await startServer({ folder: dir, port: 0, tls: { cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, log: () => undefined });
    cleanups.push(() => tls.close());
    await expect(RemoteWorkbook.open({ server: tls.url, workbook: WORKBOOK, code: 'x' })).rejects.toThrow(/serverens certifikat ikke kan godkendes: certifikatet er selvsigneret/);
    // https to a server that speaks plain http.
    const plain = await hosted();
    await expect(RemoteWorkbook.open({ server: plain.server.url.replace('http:', 'https:'), workbook: WORKBOOK, code: 'x' })).rejects.toThrow(/sikker forbindelse \(https\)/);
  });

  it('answers a call that gets no answer in time with a Danish timeout, and says a change may not be saved', async () => {
    const fake = await fakeServer(() => undefined);
    const remote = await open(fake.url, 'kode', { callTimeoutMs: 200 });
    const answer = await remote.invoke('partners.add', { name: 'X' });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: `Serveren ${new URL(fake.url).host} svarede ikke inden for 1 sekund. Det er uvist, om ændringen blev gemt – se efter, når arbejdsbogen er opdateret` } });
  });

  it('closes cleanly: the login is given up, and later calls are refused without a connection', async () => {
    const folder = await hosted();
    const remote = await open(folder.server.url, await folder.invite('Sara Khalil', 'Medlem'));
    await remote.close();
    expect(remote.status).toEqual({ state: 'closed', message: null });
    expect(await remote.invoke('app.state', {})).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('ikke forbundet') } });
  });
});

describe('when the connection breaks', { timeout: 30_000 }, () => {
  it('reconnects after the server restarts – logging in again with the code – and calls work again', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const port = new URL(folder.server.url).port;
    const remote = await open(folder.server.url, code);
    const seen = statuses(remote);
    await folder.server.close();
    await waitFor(() => seen.some((s) => s.state === 'reconnecting'), 5_000);
    expect(await remote.invoke('partners.add', { name: 'Under afbrydelsen' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('er afbrudt; der forsøges igen. Intet er ændret') } });

    // The same folder, the same address; the new server has no logins (they live in memory).
    const restarted = await startServer({ folder: folder.dir, port: Number(port), log: () => undefined });
    cleanups.push(() => restarted.close());
    await waitFor(() => remote.status.state === 'connected', 10_000);
    expect(seen.at(-1)).toEqual({ state: 'connected', resumed: true });
    expect(await remote.invoke('partners.add', { name: 'Efter genstart' })).toMatchObject({ ok: true });
  });

  it('stops trying when the invitation is revoked, with the server\'s message', async () => {
    const folder = await hosted();
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const remote = await open(folder.server.url, code);
    const seen = statuses(remote);
    new MemberStore(folder.workbookPath).revoke('Sara Khalil');
    expect(await remote.invoke('partners.add', { name: 'Efter tilbagetrækning' })).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('trukket tilbage') } });
    await waitFor(() => remote.status.state === 'closed', 5_000);
    expect(remote.status).toEqual({ state: 'closed', message: 'Arbejdsbogen og koden passer ikke sammen. Tjek koden i din invitation' });
    expect(seen.filter((s) => s.state === 'reconnecting').length).toBeGreaterThan(0);
    await expect(RemoteWorkbook.open({ server: folder.server.url, workbook: WORKBOOK, code })).rejects.toThrow('passer ikke sammen');
  });
});

describe('files the server makes for a call', () => {
  const docx = Buffer.from('PK\u0003\u0004 et lille dokument');

  function testShell(dir: string, answer: (suggested: string) => string | null = (s) => path.join(dir, s)) {
    const asked: Array<{ suggested: string; title: string; extensions: string[] }> = [];
    const opened: string[] = [];
    return {
      asked, opened,
      saver: createDownloadSaver({
        documentsDir: dir,
        chooseFileToSave: async (suggested, title, filter) => {
          asked.push({ suggested, title, extensions: filter?.extensions ?? [] });
          return answer(suggested);
        },
        openPath: async (file) => {
          opened.push(file);
          return null;
        },
      }),
    };
  }

  it('asks where to save a document (its own name suggested), writes it whole, opens it and answers with the local path', async () => {
    const dir = tempDir('arbejdsbogen-hentet-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const fake = await fakeServer((frame, send) => {
      send({ id: frame.id, download: { fileName: 'Dagsorden 2027-01-14.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', base64: docx.toString('base64') } });
      send({ id: frame.id, envelope: { ok: true, value: null } });
    });
    const shell = testShell(dir);
    const remote = await open(fake.url, 'kode', { downloads: shell.saver });
    const answer = await remote.invoke('reports.generate', { kind: 'dagsorden', meetingId: 1 });
    const saved = path.join(dir, 'Dagsorden 2027-01-14.docx');
    expect(answer).toEqual({ ok: true, value: { path: saved, fileName: 'Dagsorden 2027-01-14.docx', opened: true, openError: null } });
    expect(shell.asked).toEqual([{ suggested: 'Dagsorden 2027-01-14.docx', title: 'Gem dokument', extensions: ['docx'] }]);
    expect(fs.readFileSync(saved)).toEqual(docx);
    expect(shell.opened).toEqual([saved]);
    expect(fs.readdirSync(dir)).toEqual(['Dagsorden 2027-01-14.docx']);
  });

  it('saves the Excel export and a copy of the workbook as locally: the path, not opened; a cancelled dialog answers null', async () => {
    const dir = tempDir('arbejdsbogen-hentet-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const names: Record<string, string> = { 'budget.exportXlsxDialog': 'Økonomi.xlsx', 'workbook.saveCopyDialog': 'Mørkhøj (kopi).arbejdsbog' };
    const fake = await fakeServer((frame, send) => {
      send({ id: frame.id, download: { fileName: names[frame.channel]!, contentType: 'application/octet-stream', base64: Buffer.from(frame.channel).toString('base64') } });
      send({ id: frame.id, envelope: { ok: true, value: null } });
    });
    let cancel = false;
    const shell = testShell(dir, (suggested) => (cancel ? null : path.join(dir, suggested.replace(/\.\w+$/, ''))));
    const remote = await open(fake.url, 'kode', { downloads: shell.saver });
    expect(await remote.invoke('budget.exportXlsxDialog', {})).toEqual({ ok: true, value: path.join(dir, 'Økonomi.xlsx') });
    expect(await remote.invoke('workbook.saveCopyDialog', {})).toEqual({ ok: true, value: path.join(dir, 'Mørkhøj (kopi).arbejdsbog') });
    expect(fs.readFileSync(path.join(dir, 'Økonomi.xlsx'), 'utf8')).toBe('budget.exportXlsxDialog');
    expect(shell.asked.map((a) => a.title)).toEqual(['Eksportér Økonomi til Excel', 'Gem kopi som']);
    expect(shell.opened).toEqual([]);
    cancel = true;
    expect(await remote.invoke('budget.exportXlsxDialog', {})).toEqual({ ok: true, value: null });
    expect(fs.readdirSync(dir).sort()).toEqual(['Mørkhøj (kopi).arbejdsbog', 'Økonomi.xlsx']);
  });

  it('keeps a file name from the server in the chosen folder and refuses programs and damaged files', async () => {
    const dir = tempDir('arbejdsbogen-hentet-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const files = [
      { fileName: '../../../etc/Referat.docx', base64: docx.toString('base64') },
      { fileName: 'Referat.docx.exe', base64: docx.toString('base64') },
      { fileName: 'Referat.docx', base64: 'ikke base64!' },
    ];
    const fake = await fakeServer((frame, send) => {
      const file = files[(frame.input as { n: number }).n]!;
      send({ id: frame.id, download: { ...file, contentType: 'application/octet-stream' } });
      send({ id: frame.id, envelope: { ok: true, value: null } });
    });
    const shell = testShell(dir);
    const remote = await open(fake.url, 'kode', { downloads: shell.saver });
    expect(await remote.invoke('reports.generate', { n: 0 })).toMatchObject({ ok: true, value: { path: path.join(dir, 'Referat.docx') } });
    expect(await remote.invoke('reports.generate', { n: 1 })).toEqual({ ok: false, error: { code: 'refused', message: 'Serveren sendte en fil, Arbejdsbogen ikke gemmer (.exe). Intet er gemt' } });
    expect(await remote.invoke('reports.generate', { n: 2 })).toEqual({ ok: false, error: { code: 'refused', message: 'Filen fra serveren er beskadiget og er ikke gemt' } });
    expect(shell.asked).toHaveLength(1);
    expect(fs.readdirSync(dir)).toEqual(['Referat.docx']);
  });

  it('writes what Send dagsorden makes on the server – the e-mail and the invitation – into the folder for them without a dialog, opens them and answers with the local paths', async () => {
    const folder = await hosted();
    const dir = tempDir('arbejdsbogen-hentet-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const shell = testShell(dir);
    const chair = await open(folder.server.url, await folder.invite('Lene Bach Andersen', 'Formand'), { downloads: shell.saver });
    const meeting = await chair.invoke('meetings.add', { date: '2027-01-13' });
    if (!meeting.ok) throw new Error(meeting.error.message);
    const answer = await chair.invoke('reports.send', { meetingId: (meeting.value as { id: number }).id, document: 'dagsorden' });
    const eml = path.join(dir, 'Dagsorden 2027-01-13.eml');
    const ics = path.join(dir, 'Kalenderinvitation 2027-01-13.ics');
    expect(answer).toMatchObject({
      ok: true,
      value: {
        document: 'dagsorden',
        email: { path: eml, fileName: 'Dagsorden 2027-01-13.eml', opened: true, openError: null },
        invitation: { path: ics, fileName: 'Kalenderinvitation 2027-01-13.ics', opened: true, openError: null },
        recipients: [],
      },
    });
    // The seed's members have no addresses yet: all four are named.
    expect((answer as { value: { withoutEmail: string[] } }).value.withoutEmail).toHaveLength(4);
    expect(shell.asked).toEqual([]);
    expect(shell.opened).toEqual([ics, eml]);
    expect(fs.readdirSync(dir).sort()).toEqual(['Dagsorden 2027-01-13.eml', 'Kalenderinvitation 2027-01-13.ics']);
    expect(fs.readFileSync(eml, 'utf8')).toMatch(/^X-Unsent: 1\r$/m);
    expect(fs.readFileSync(ics, 'utf8')).toMatch(/^DTSTART;TZID=Europe\/Copenhagen:20270113T140000\r$/m);
  });

  it('ignores a file when the call itself was refused', async () => {
    const fake = await fakeServer((frame, send) => {
      send({ id: frame.id, download: { fileName: 'x.docx', contentType: 'x', base64: '' } });
      send({ id: frame.id, envelope: { ok: false, error: { code: 'refused', message: 'Nej' } } });
    });
    const shell = testShell(tempDir('arbejdsbogen-hentet-'));
    const remote = await open(fake.url, 'kode', { downloads: shell.saver });
    expect(await remote.invoke('reports.generate', {})).toEqual({ ok: false, error: { code: 'refused', message: 'Nej' } });
    expect(shell.asked).toEqual([]);
  });
});

interface Frame {
  id: number;
  channel: string;
  input: unknown;
}

/**
 * A stand-in server speaking the same protocol, for what the real one cannot be made to do on
 * cue (stay silent, send a download frame): login sets the cookie; the socket wants it and the
 * Origin, and hands each call to `reply`.
 */
async function fakeServer(reply: (frame: Frame, send: (data: unknown) => void) => void): Promise<{ url: string }> {
  const server = http.createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/api/login') {
      response.writeHead(200, { 'content-type': 'application/json', 'set-cookie': 'arbejdsbog_login=t0ken; Path=/api; HttpOnly' });
      response.end(JSON.stringify({ ok: true, value: { workbook: WORKBOOK, name: 'Test Medlem', role: 'Formand' } }));
      return;
    }
    response.writeHead(404).end();
  });
  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (request.headers.origin !== url || request.headers.cookie !== 'arbejdsbog_login=t0ken') {
      socket.end('HTTP/1.1 401 Unauthorized\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.on('message', (data) => reply(JSON.parse(String(data)) as Frame, (frame) => ws.send(JSON.stringify(frame))));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
    server.close(() => resolve());
  }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
