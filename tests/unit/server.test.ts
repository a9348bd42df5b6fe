// The shared workbook server in this process on 127.0.0.1:0, driven over real WebSockets.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemberStore } from '../../electron/server/members';
import { connect, hostFolder, login, member, waitFor, WORKBOOK, type HostedFolder } from '../support/server-client';
import { openTestSession } from '../support/workbooks';

let folder: HostedFolder;

beforeEach(async () => {
  folder = await hostFolder({ maxFrameBytes: 64 * 1024 });
});

afterEach(async () => {
  await folder.close();
});

function readFile<T>(sql: string): T[] {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

const goals = () => readFile<{ text: string }>("SELECT text FROM program_list_item WHERE list = 'goal' ORDER BY id").map((r) => r.text);

describe('invitations', () => {
  it('keeps a salted slow hash beside the workbook, never the code, and prints the code only once', async () => {
    const store = new MemberStore(folder.workbookPath);
    const { member: sara, code } = await store.invite({ name: 'Sara Khalil', role: 'Social innovator' }, 'sara@gladsaxe.dk');
    expect(code.replace(/-/g, '')).toMatch(/^[A-Z2-7]{32}$/);
    const stored = (await import('node:fs')).readFileSync(store.file, 'utf8');
    expect(stored).not.toContain(code.replace(/-/g, '').slice(6));
    expect(stored).toContain('"hash"');
    expect(await store.verify(code)).toMatchObject({ id: sara.id, name: 'Sara Khalil', role: 'Social innovator' });
    expect(await store.verify(code.toLowerCase().replace(/-/g, ' '))).not.toBeNull();
    expect(await store.verify(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(store.revoke('Sara Khalil')).toHaveLength(1);
    expect(await store.verify(code)).toBeNull();
    expect(store.list()[0]!.revokedAt).not.toBeNull();
  });
});

describe('login and socket', () => {
  it('an edit through the socket lands in the file with the member\'s name and role; a second client sees it within a second', async () => {
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    const anne = await member(folder, 'Anne Holm', 'Formand');
    const sent = Date.now();
    // A partner: something her role keeps (shared/api/permissions.ts).
    const answer = await sara.call('partners.add', { name: 'Jobcenter Gladsaxe' });
    expect(answer).toMatchObject({ ok: true });
    await waitFor(() => anne.events.some((e) => e.event === 'workbook.changed'), 1000);
    expect(anne.events[0]!.at - sent).toBeLessThan(1000);
    expect(readFile<{ name: string }>('SELECT name FROM partner').map((r) => r.name)).toContain('Jobcenter Gladsaxe');
    const authors = readFile<{ author: string }>("SELECT author FROM change_set WHERE kind = 'edit' ORDER BY id DESC LIMIT 1");
    expect(authors[0]!.author).toBe('Sara Khalil (Social innovator)');
    // The input cannot choose another role or name: there is nowhere to put one.
    await Promise.all([sara.close(), anne.close()]);
  });

  it('acts with each connection\'s own role at the same time: the chair adds an item, a member only proposes one', async () => {
    const chair = await member(folder, 'Anne Holm', 'Formand');
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    const meeting = await chair.call('meetings.add', { date: '2027-01-14' });
    expect(meeting).toMatchObject({ ok: true });
    const meetingId = (meeting as { value: { id: number } }).value.id;
    const [byChair, bySara] = await Promise.all([
      chair.call('meetings.items.add', { meetingId, title: 'Formandens punkt' }),
      sara.call('meetings.items.add', { meetingId, title: 'Saras punkt' }),
    ]);
    expect(byChair).toMatchObject({ ok: true });
    expect(bySara).toMatchObject({ ok: true });
    const items = readFile<{ title: string; proposal_state: string; proposed_by: string }>('SELECT title, proposal_state, proposed_by FROM agenda_item ORDER BY id');
    expect(items).toContainEqual({ title: 'Formandens punkt', proposal_state: 'accepteret', proposed_by: '' });
    expect(items).toContainEqual({ title: 'Saras punkt', proposal_state: 'foreslået', proposed_by: 'Sara Khalil' });
    await Promise.all([chair.close(), sara.close()]);
  });

  it('hosts each workbook in the folder for its own members, with its own events', async () => {
    const other = path.join(folder.dir, 'Andet program.arbejdsbog');
    const setup = openTestSession(path.join(folder.dir, 'opsætning-2'));
    setup.session.create(other, 'blank');
    setup.close();
    const otherCode = (await new MemberStore(other).invite({ name: 'Ole Berg', role: 'Formand' }, null)).code;
    expect((await login(folder.server.url, WORKBOOK, otherCode)).status).toBe(401);
    const ole = await connect(folder.server.url, (await login(folder.server.url, 'Andet program', otherCode)).cookie);
    const sara = await member(folder, 'Sara Khalil', 'Formand');
    expect(await sara.call('program.list.add', { list: 'goal', text: 'Kun i Mørkhøj' })).toMatchObject({ ok: true });
    expect(await ole.call('program.list.add', { list: 'goal', text: 'Kun i det andet' })).toMatchObject({ ok: true });
    await waitFor(() => sara.events.length === 1 && ole.events.length === 1, 1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect([sara.events.length, ole.events.length]).toEqual([1, 1]);
    expect(goals()).toContain('Kun i Mørkhøj');
    expect(goals()).not.toContain('Kun i det andet');
    await Promise.all([sara.close(), ole.close()]);
  });

  it('sets an HttpOnly, SameSite=Strict cookie that expires', async () => {
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const response = await fetch(`${folder.server.url}/api/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: folder.server.url }, body: JSON.stringify({ workbook: WORKBOOK, code }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Max-Age=\d+/i);
  });

  it('refuses a wrong code, a revoked code and an unknown workbook, in Danish, and logs each', async () => {
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const wrong = await login(folder.server.url, WORKBOOK, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    expect(wrong.status).toBe(401);
    expect(wrong.cookie).toBeNull();
    expect(wrong.body).toMatchObject({ ok: false, error: { message: expect.stringContaining('koden') } });
    expect((await login(folder.server.url, 'findes ikke', code)).status).toBe(401);
    expect((await login(folder.server.url, '../Mørkhøj', code)).status).toBe(401);

    const ok = await login(folder.server.url, WORKBOOK, code);
    const client = await connect(folder.server.url, ok.cookie);
    new MemberStore(folder.workbookPath).revoke('Sara Khalil');
    expect((await login(folder.server.url, WORKBOOK, code)).status).toBe(401);
    // A connection open when the invitation is revoked is refused at its next call and closed.
    const refused = await client.call('program.list.add', { list: 'goal', text: 'Efter tilbagetrækning' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    await waitFor(() => client.ws.readyState === client.ws.CLOSED, 2000);
    await expect(connect(folder.server.url, ok.cookie)).rejects.toThrow('HTTP 401');
    expect(goals()).not.toContain('Efter tilbagetrækning');
    expect(folder.log.filter((line) => line.startsWith('afvist login')).length).toBe(4);
  });

  it('rate-limits guessing with a Danish message', async () => {
    const statuses: number[] = [];
    let last: unknown;
    for (let i = 0; i < 12; i++) {
      const attempt = await login(folder.server.url, WORKBOOK, 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
      statuses.push(attempt.status);
      last = attempt.body;
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(folder.log.some((line) => line.includes('for mange forsøg'))).toBe(true);
    expect(last).toMatchObject({ ok: false, error: { message: expect.stringContaining('For mange forsøg') } });
  });

  it('refuses a socket without the cookie, without an Origin or with a foreign Origin', async () => {
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const { cookie } = await login(folder.server.url, WORKBOOK, code);
    await expect(connect(folder.server.url, null)).rejects.toThrow('HTTP 401');
    await expect(connect(folder.server.url, 'arbejdsbog_login=gættet')).rejects.toThrow('HTTP 401');
    await expect(connect(folder.server.url, cookie, null)).rejects.toThrow('HTTP 403');
    await expect(connect(folder.server.url, cookie, 'https://ondsindet.example')).rejects.toThrow('HTTP 403');
    await expect(connect(folder.server.url, cookie, folder.server.url.replace('127.0.0.1', 'localhost'))).rejects.toThrow('HTTP 403');
    expect((await login(folder.server.url, WORKBOOK, code, 'https://ondsindet.example')).status).toBe(403);
    const client = await connect(folder.server.url, cookie);
    await client.close();
  });

  it('behind a reverse proxy accepts exactly the public Origin it was given', async () => {
    await folder.close();
    folder = await hostFolder({}, { publicOrigin: 'https://arbejdsbog.example/' });
    const code = await folder.invite('Sara Khalil', 'Social innovator');
    const { cookie, status } = await login(folder.server.url, WORKBOOK, code, 'https://arbejdsbog.example');
    expect(status).toBe(200);
    await expect(connect(folder.server.url, cookie)).rejects.toThrow('HTTP 403');
    const client = await connect(folder.server.url, cookie, 'https://arbejdsbog.example');
    await client.close();
  });

  it('answers malformed and oversized frames with Danish errors and changes nothing', async () => {
    const sara = await member(folder, 'Sara Khalil', 'Formand');
    const before = readFile<{ n: number }>('SELECT COUNT(*) AS n FROM change_set')[0]!.n;
    sara.sendRaw('{ikke json');
    expect(await sara.nextOrphan()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('ikke gyldig JSON') } });
    sara.sendRaw(JSON.stringify([1, 2, 3]));
    expect(await sara.nextOrphan()).toMatchObject({ ok: false, error: { message: expect.stringContaining('{id, channel, input}') } });
    sara.sendRaw(Buffer.from([0, 1, 2]));
    expect(await sara.nextOrphan()).toMatchObject({ ok: false, error: { message: expect.stringContaining('tekst') } });
    sara.sendRaw(JSON.stringify({ id: 1, channel: 'program.list.add', input: { list: 'goal', text: 'x'.repeat(70 * 1024) } }));
    expect(await sara.nextOrphan()).toMatchObject({ ok: false, error: { message: expect.stringContaining('for stort') } });
    expect(await sara.call('program.list.add', { list: 'goal' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await sara.call('findes.ikke', {})).toMatchObject({ ok: false, error: { message: 'Ukendt kommando' } });
    expect(await sara.call('workbook.openRecent', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('gennem serveren') } });
    expect(await sara.call('user.set', { name: 'Sara', role: 'Formand' })).toMatchObject({ ok: false, error: { code: 'refused' } });
    // The app's own channels (its router answers them in the main process) are not the server's.
    const throughServer = { ok: false, error: { code: 'refused', message: 'Den kommando kan ikke bruges gennem serveren. Intet er ændret' } };
    expect(await sara.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code: 'x', remember: false })).toEqual(throughServer);
    expect(await sara.call('workbook.openRecentShared', { id: 'x' })).toEqual(throughServer);
    expect(await sara.call('workbook.sharedWorkbooks', {})).toEqual(throughServer);
    expect(readFile<{ n: number }>('SELECT COUNT(*) AS n FROM change_set')[0]!.n).toBe(before);
    // The connection carries on.
    expect(await sara.call('program.get', {})).toMatchObject({ ok: true });
    await sara.close();
  });

  it('drops a client that never reads while the others carry on', async () => {
    await folder.close();
    folder = await hostFolder({ maxBufferedBytes: 256 * 1024 });
    const slow = await member(folder, 'Langsom Læser', 'Medlem');
    const sara = await member(folder, 'Sara Khalil', 'Formand');
    slow.ws.pause();
    const text = 'ø'.repeat(200 * 1024);
    for (let i = 0; i < 80 && !folder.log.some((line) => line.includes('læser ikke')); i++) {
      expect(await sara.call('program.update', { patch: { background: `${i} ${text}` } })).toMatchObject({ ok: true });
    }
    expect(folder.log.some((line) => line.includes('Langsom Læser læser ikke'))).toBe(true);
    expect(await sara.call('program.update', { patch: { background: 'Efter' } })).toMatchObject({ ok: true });
    await sara.close();
  }, 60_000);

  it('refuses calls beyond the ones a connection may have waiting, in Danish, and answers the rest in order', async () => {
    await folder.close();
    folder = await hostFolder({ maxPendingCalls: 5 });
    const sara = await member(folder, 'Sara Khalil', 'Formand');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => sara.call('program.list.add', { list: 'goal', text: `Hurtigt ${i}` })));
    const refused = answers.filter((a) => !a.ok);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ error: { message: expect.stringContaining('For mange kald') } });
    const stored = goals().filter((text) => text.startsWith('Hurtigt '));
    const accepted = answers.flatMap((a, i) => (a.ok ? [`Hurtigt ${i}`] : []));
    expect(stored).toEqual(accepted);
    await sara.close();
  });

  it('drops a connection that stops answering pings', async () => {
    await folder.close();
    folder = await hostFolder({ pingMs: 200 });
    const gone = await member(folder, 'Bærbar I Dvale', 'Medlem');
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    gone.ws.pause();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    gone.ws.resume();
    await waitFor(() => gone.ws.readyState === gone.ws.CLOSED, 2000);
    expect(sara.ws.readyState).toBe(sara.ws.OPEN);
    expect(await sara.call('program.get', {})).toMatchObject({ ok: true });
    await sara.close();
  });

  it('tells the member who they are in app.state', async () => {
    const sara = await member(folder, 'Sara Khalil', 'Social innovator');
    expect(await sara.call('app.state', {})).toMatchObject({ ok: true, value: { user: { name: 'Sara Khalil', role: 'Social innovator' } } });
    await sara.close();
  });
});
