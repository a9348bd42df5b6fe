// What the shared workbook server gives a browser: the built page with strict headers (and
// nothing else from its disk), who is logged in, files a call makes sent as downloads before the
// call's answer, who is online – and never a path on the server in anything it sends.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect, hostFolder, login, member, waitFor, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';
import { readDocx } from '../support/docx-reader';
import { tempDir } from '../support/workbooks';

let folder: HostedFolder;
let site: string;

beforeEach(async () => {
  // A stand-in for out/renderer beside a file that must never be served.
  site = tempDir('arbejdsbogen-site-');
  fs.mkdirSync(path.join(site, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(site, 'renderer', 'web.html'), '<!doctype html><title>Arbejdsbogen</title><script type="module" src="./assets/web-abc.js"></script>');
  fs.writeFileSync(path.join(site, 'renderer', 'index.html'), 'appens eget vindue');
  fs.writeFileSync(path.join(site, 'renderer', 'assets', 'web-abc.js'), 'console.log("web")');
  fs.writeFileSync(path.join(site, 'renderer', '.env'), 'HEMMELIG=1');
  fs.writeFileSync(path.join(site, 'hemmelig.txt'), 'HEMMELIGT INDHOLD');
  folder = await hostFolder({}, { rendererDir: path.join(site, 'renderer') });
});

afterEach(async () => {
  await folder.close();
  fs.rmSync(site, { recursive: true, force: true });
});

/** A raw request, so that ../ and %2e%2e reach the server as sent (fetch would tidy them). */
function rawGet(url: string, requestPath: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, path: requestPath, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += String(chunk)));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('error', reject);
    request.end();
  });
}

function expectStrictHeaders(headers: Headers | http.IncomingHttpHeaders, origin: string): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined)) ?? '';
  const policy = get('content-security-policy');
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain(`connect-src 'self' ${origin.replace('http', 'ws')};`);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('x-frame-options')).toBe('DENY');
}

describe('the browser page', () => {
  it('serves web.html at / and the built assets, each with strict headers', async () => {
    const { url } = folder.server;
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('./assets/web-abc.js');
    expectStrictHeaders(page.headers, url);
    const script = await fetch(`${url}/assets/web-abc.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expectStrictHeaders(script.headers, url);
    // The API's answers too, refusals included.
    const refused = await fetch(`${url}/api/login`);
    expect(refused.status).toBe(401);
    expectStrictHeaders(refused.headers, url);
  });

  it('serves nothing outside the built renderer, nor the app\'s own page or hidden files', async () => {
    const { url } = folder.server;
    const attempts = [
      '/../hemmelig.txt', '/%2e%2e/hemmelig.txt', '/%2E%2E%2Fhemmelig.txt', '/assets/..%2f..%2fhemmelig.txt', '/assets/%2e%2e/%2e%2e/hemmelig.txt',
      '/..%5chemmelig.txt', `/../../${encodeURIComponent(path.basename(folder.dir))}/${encodeURIComponent(WORKBOOK)}`,
      `/%2e%2e/%2e%2e/${encodeURIComponent(path.basename(folder.dir))}/${encodeURIComponent(WORKBOOK)}.medlemmer.json`,
      '/index.html', '/.env', '/assets/', '/assets', '/etc/passwd', '/%00',
    ];
    for (const attempt of attempts) {
      const answer = await rawGet(url, attempt);
      expect(answer.status, attempt).toBeGreaterThanOrEqual(400);
      expect(answer.status, attempt).toBeLessThan(500);
      expect(answer.body, attempt).not.toContain('HEMMELIG');
      expect(answer.body, attempt).not.toContain('appens eget vindue');
      expect(answer.body, attempt).not.toContain('"hash"');
      expect(answer.body, attempt).not.toContain('SQLite format');
    }
  });

  it('says in Danish when the renderer has not been built', async () => {
    const unbuilt = await hostFolder({}, { rendererDir: path.join(site, 'findes-ikke') });
    try {
      const page = await fetch(`${unbuilt.server.url}/`);
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('npm run build');
      expectStrictHeaders(page.headers, unbuilt.server.url);
    } finally {
      await unbuilt.close();
    }
  });

  it('tells a page who its cookie logs it in as, until the invitation is revoked', async () => {
    const { url } = folder.server;
    const code = await folder.invite('Lene Bach Andersen', 'Formand');
    const { cookie } = await login(url, 'Mørkhøj', code);
    const who = await fetch(`${url}/api/login`, { headers: { cookie: cookie! } });
    expect(await who.json()).toEqual({ ok: true, value: { workbook: WORKBOOK, name: 'Lene Bach Andersen', role: 'Formand' } });
    const { MemberStore } = await import('../../electron/server/members');
    new MemberStore(folder.workbookPath).revoke('Lene Bach Andersen');
    const after = await fetch(`${url}/api/login`, { headers: { cookie: cookie! } });
    expect(after.status).toBe(401);
    expect(await after.json()).toMatchObject({ ok: false, error: { message: 'Du er ikke logget ind' } });
  });
});

/** Calls a channel and answers the files sent for that call (all before its answer). */
async function callForFiles(client: Client, channel: string, input: unknown) {
  const before = client.downloads.length;
  const answer = await client.call(channel, input);
  const files = client.downloads.slice(before);
  for (const file of files) expect(file.answered, 'the file comes before the answer').toBe(false);
  return { answer, files: files.map((d) => ({ ...d.file, bytes: Buffer.from(d.file.base64, 'base64') })) };
}

/** Every file under the server's temp folders (downloads must not stay there). */
function serverTempFiles(): string[] {
  return fs.readdirSync(os.tmpdir())
    .filter((name) => name.startsWith('arbejdsbogen-server-') && !name.startsWith('arbejdsbogen-server-test-'))
    .flatMap((name) => fs.readdirSync(path.join(os.tmpdir(), name), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.(docx|xlsx|arbejdsbog|eml|ics)$/.test(entry.name))
      .map((entry) => path.join(entry.parentPath, entry.name)));
}

describe('files a call makes are downloads', () => {
  it('statusnotat and dagsorden arrive as Word files before the answer; nothing stays on the server', { timeout: 60_000 }, async () => {
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    const director = await member(folder, 'Mette Holm', 'Direktør');
    const status = await callForFiles(director, 'reports.generate', { kind: 'statusnotat', from: '2026-07-01', to: '2026-09-30', summary: 'Til direktionen.' });
    expect(status.answer).toEqual({ ok: true, value: { path: 'Statusnotat 2026-09-30.docx', fileName: 'Statusnotat 2026-09-30.docx', opened: true, openError: null } });
    expect(status.files).toHaveLength(1);
    expect(status.files[0]).toMatchObject({ fileName: 'Statusnotat 2026-09-30.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    const statusDoc = await readDocx(status.files[0]!.bytes);
    expect(statusDoc.files).toContain('word/document.xml');
    expect(statusDoc.text).toContain('Til direktionen.');

    const meeting = await chair.call('meetings.add', { date: '2027-01-14' });
    const meetingId = (meeting as { value: { id: number } }).value.id;
    expect(await chair.call('meetings.items.add', { meetingId, title: 'Status på fokusgrupperne' })).toMatchObject({ ok: true });
    const agenda = await callForFiles(chair, 'reports.generate', { kind: 'dagsorden', meetingId });
    expect(agenda.answer).toMatchObject({ ok: true, value: { fileName: agenda.files[0]!.fileName } });
    expect(agenda.files[0]!.fileName).toMatch(/^Dagsorden.*\.docx$/);
    const agendaDoc = await readDocx(agenda.files[0]!.bytes);
    expect(agendaDoc.text).toContain('Status på fokusgrupperne');

    // A call that fails sends no file.
    const missing = await callForFiles(chair, 'reports.generate', { kind: 'dagsorden', meetingId: 999_999 });
    expect(missing.answer).toMatchObject({ ok: false });
    expect(missing.files).toEqual([]);

    // Nothing was written beside the workbooks, and the temp copies are gone.
    expect(fs.readdirSync(folder.dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
    expect(serverTempFiles()).toEqual([]);
    await Promise.all([chair.close(), director.close()]);
  });

  it('Send dagsorden arrives as two files – the e-mail and the invitation – naming no folder on the server; nothing stays', { timeout: 60_000 }, async () => {
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    const meeting = await chair.call('meetings.add', { date: '2027-02-17' });
    const meetingId = (meeting as { value: { id: number } }).value.id;
    const sent = await callForFiles(chair, 'reports.send', { meetingId, document: 'dagsorden' });
    expect(sent.files.map((f) => [f.fileName, f.contentType]).sort()).toEqual([
      ['Dagsorden 2027-02-17.eml', 'message/rfc822'],
      ['Kalenderinvitation 2027-02-17.ics', 'text/calendar'],
    ]);
    expect(sent.answer).toMatchObject({
      ok: true,
      value: {
        email: { path: 'Dagsorden 2027-02-17.eml', fileName: 'Dagsorden 2027-02-17.eml' },
        invitation: { path: 'Kalenderinvitation 2027-02-17.ics', fileName: 'Kalenderinvitation 2027-02-17.ics' },
      },
    });
    const eml = sent.files.find((f) => f.fileName.endsWith('.eml'))!.bytes.toString('utf8');
    expect(eml).toMatch(/^X-Unsent: 1\r$/m);
    expect(eml).toContain('filename="Dagsorden 2027-02-17.docx"');
    expect(sent.files.find((f) => f.fileName.endsWith('.ics'))!.bytes.toString('utf8')).toMatch(/^METHOD:REQUEST\r$/m);
    expect(fs.readdirSync(folder.dir).filter((f) => /\.(eml|ics)$/.test(f))).toEqual([]);
    expect(serverTempFiles()).toEqual([]);
    await chair.close();
  });

  it('the Excel export and a copy of the workbook arrive as files the programs can read', { timeout: 30_000 }, async () => {
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    const excel = await callForFiles(chair, 'budget.exportXlsxDialog', {});
    expect(excel.files).toHaveLength(1);
    const [xlsx] = excel.files;
    expect(xlsx!.fileName).toMatch(/\.xlsx$/);
    expect(xlsx!.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(excel.answer).toEqual({ ok: true, value: xlsx!.fileName });
    const zip = await JSZip.loadAsync(xlsx!.bytes);
    expect(Object.keys(zip.files)).toContain('xl/workbook.xml');
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('<sheet ');

    const copy = await callForFiles(chair, 'workbook.saveCopyDialog', {});
    expect(copy.files).toHaveLength(1);
    expect(copy.files[0]!.fileName).toBe('Mørkhøj (kopi).arbejdsbog');
    expect(copy.answer).toEqual({ ok: true, value: 'Mørkhøj (kopi).arbejdsbog' });
    expect(copy.files[0]!.bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(fs.readdirSync(folder.dir).filter((f) => f.includes('(kopi)'))).toEqual([]);
    expect(serverTempFiles()).toEqual([]);
    await chair.close();
  });
});

describe('no path on the server reaches a member', () => {
  it('app.state, reports, backups, the change log and events name files, never where they are', { timeout: 30_000 }, async () => {
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    const other = await member(folder, 'Sara Khalil', 'Social innovator');
    const answers = await Promise.all([
      chair.call('app.state', {}), chair.call('reports.options', {}), chair.call('backups.list', {}),
      chair.call('partners.add', { name: 'Jobcenter Gladsaxe' }), chair.call('workbook.changeLog', {}),
    ]);
    await callForFiles(chair, 'reports.generate', { kind: 'programdokument' });
    await waitFor(() => other.events.some((e) => e.event === 'workbook.changed'), 2000);
    const [state, options, backups] = answers as Array<{ ok: true; value: Record<string, unknown> }>;
    expect((state!.value.workbook as { path: string }).path).toBe(WORKBOOK);
    expect(options!.value.folder).toBe(path.basename(folder.dir));
    expect(backups!.value.folder).toBe('Sikkerhedskopier');
    const everything = JSON.stringify([answers, chair.events, other.events, chair.presence, chair.downloads.map((d) => d.file.fileName)]);
    for (const secret of [folder.dir, fs.realpathSync(folder.dir), os.tmpdir()]) expect(everything).not.toContain(secret);
    await Promise.all([chair.close(), other.close()]);
  });
});

describe('who is online', () => {
  it('each connection hears who has the workbook open, itself included, as members come and go', async () => {
    const { url } = folder.server;
    const chair = await member(folder, 'Lene Bach Andersen', 'Formand');
    await waitFor(() => chair.presence.length === 1, 2000);
    expect(chair.presence[0]).toEqual({ server: url, workbook: WORKBOOK, me: { name: 'Lene Bach Andersen', role: 'Formand' }, online: [{ name: 'Lene Bach Andersen', role: 'Formand' }] });

    const saraCode = await folder.invite('Sara Khalil', 'Social innovator');
    const saraCookie = (await login(url, WORKBOOK, saraCode)).cookie;
    const sara = await connect(url, saraCookie);
    const both = [{ name: 'Lene Bach Andersen', role: 'Formand' }, { name: 'Sara Khalil', role: 'Social innovator' }];
    await waitFor(() => chair.presence.length === 2 && sara.presence.length === 1, 2000);
    expect(chair.presence[1]).toMatchObject({ me: { name: 'Lene Bach Andersen' }, online: both });
    expect(sara.presence[0]).toMatchObject({ me: { name: 'Sara Khalil', role: 'Social innovator' }, online: both });

    // A second window of the same member is still one person online.
    const saraAgain = await connect(url, saraCookie);
    await waitFor(() => chair.presence.length === 3, 2000);
    expect(chair.presence[2]!.online).toEqual(both);
    await sara.close();
    await saraAgain.close();
    await waitFor(() => chair.presence.length === 5, 2000);
    expect(chair.presence[4]!.online).toEqual([{ name: 'Lene Bach Andersen', role: 'Formand' }]);
    await chair.close();
  });
});
