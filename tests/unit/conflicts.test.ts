// The Konflikter list (conflicts.* through the app's router): a change the server refused when it
// was sent again after a lost connection, shown with mine beside theirs, and the two ways out –
// Brug deres and Anvend min igen – against a real server on 127.0.0.1 behind a TCP proxy that
// cuts the connection, with another member changing the same things meanwhile.
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api/envelope';
import type { RefusedChangeList } from '../../shared/domain/refused-change';
import type { WorkbookRouter } from '../../electron/app/workbook-router';
import { localCopyPath } from '../../electron/remote/local-copy';
import { Outbox, outboxPath, type RefusedEntry } from '../../electron/remote/outbox';
import { appRouter } from '../support/app-router';
import { hostFolder, member, waitFor, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';
import { startProxy, type Proxy } from '../support/tcp-proxy';
import { createTestWorkbook } from '../support/workbooks';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface App {
  folder: HostedFolder;
  proxy: Proxy;
  router: WorkbookRouter;
  outboxDir: string;
  /** Every conflicts.changed the window was sent. */
  counts: Array<{ waiting: number; refused: number }>;
  call(channel: string, input?: unknown): Promise<Envelope<unknown>>;
  /** A value the call must answer. */
  value<T>(channel: string, input?: unknown): Promise<T>;
  /** Another member, connected straight to the server. */
  other(name: string, role: 'Formand' | 'Social innovator'): Promise<Client>;
  /** Cuts the connection, runs what is made meanwhile, and restores it. */
  offline(meanwhile: () => Promise<void>): Promise<void>;
  stored<T>(sql: string, ...params: unknown[]): T;
  /** This machine's copy of the workbook (with copies). */
  copyPath: string | null;
}

/** The app as main.ts wires it (router with an outbox), the chair logged in through the proxy. */
async function openApp(options: { copies?: boolean } = {}): Promise<App> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  const proxy = await startProxy(folder.server.url);
  cleanups.push(() => proxy.close());
  const app = appRouter({ outbox: true, ...options });
  cleanups.push(() => app.close());
  const { router } = app;
  const outboxDir = app.outboxDir!;
  const counts: App['counts'] = [];
  router.onEvent((event, payload) => {
    if (event === 'conflicts.changed') counts.push(payload as App['counts'][number]);
  });
  const code = await folder.invite('Lene Bach Andersen', 'Formand');
  expect(await router.dispatch('workbook.openShared', { server: proxy.url, workbook: WORKBOOK, code, remember: false })).toMatchObject({ ok: true });
  const call = (channel: string, input: unknown = {}) => router.dispatch(channel, input);
  return {
    folder, proxy, router, outboxDir, counts, call,
    copyPath: app.copiesDir ? localCopyPath(app.copiesDir, proxy.url, WORKBOOK) : null,
    value: async <T,>(channel: string, input: unknown = {}) => {
      const answer = await call(channel, input);
      if (!answer.ok) throw new Error(`${channel}: ${answer.error.message}`);
      return answer.value as T;
    },
    other: async (name, role) => {
      const client = await member(folder, name, role);
      cleanups.push(() => client.close());
      return client;
    },
    offline: async (meanwhile) => {
      proxy.cut();
      await waitFor(() => router.remote?.status.state === 'reconnecting', 5_000);
      await meanwhile();
      proxy.restore();
    },
    stored: <T,>(sql: string, ...params: unknown[]) => {
      const db = new Database(folder.workbookPath, { readonly: true, fileMustExist: true });
      try {
        return db.prepare(sql).get(...params) as T;
      } finally {
        db.close();
      }
    },
  };
}

/** The refused list as the outbox file holds it (read back as a restart would). */
function refusedOnDisk(app: App): readonly RefusedEntry[] {
  return new Outbox(outboxPath(app.outboxDir, app.proxy.url, WORKBOOK)).refused;
}

/** A partner's note changed offline by the chair while Sara changes it on the server: refused on the resend. */
async function conflictingNote(app: App): Promise<{ partnerId: number }> {
  const partner = await app.value<{ id: number; note: string }>('partners.add', { name: 'Jobcenter Gladsaxe' });
  let mine: Promise<Envelope<unknown>> | null = null;
  await app.offline(async () => {
    mine = app.call('partners.update', { id: partner.id, patch: { note: 'Min note' }, seen: { note: partner.note } });
    const sara = await app.other('Sara Khalil', 'Social innovator');
    expect(await sara.call('partners.update', { id: partner.id, patch: { note: 'Saras note' }, seen: { note: partner.note } })).toMatchObject({ ok: true });
  });
  expect(await mine).toMatchObject({ ok: false, error: { code: 'conflict' } });
  return { partnerId: partner.id };
}

describe('Konflikter: a change the server refused on a resend', { timeout: 60_000 }, () => {
  it('is listed with sheet, row and field, mine beside theirs and the reason; Brug deres drops it and theirs stands', async () => {
    const app = await openApp();
    const { partnerId } = await conflictingNote(app);

    const list = await app.value<RefusedChangeList>('conflicts.list');
    expect(list.theirsProblem).toBeNull();
    expect(list.changes).toHaveLength(1);
    const [change] = list.changes;
    expect(change).toMatchObject({
      sheet: 'Indsatser',
      subject: 'Partner «Jobcenter Gladsaxe»',
      action: 'rettelse',
      fields: [{ label: 'note', mine: 'Min note', theirs: 'Saras note' }],
      mineText: 'Min note',
    });
    expect(change!.message).toContain('Sara Khalil (Social innovator)');
    expect(Date.parse(change!.refusedAt)).toBeGreaterThanOrEqual(Date.parse(change!.at));
    // The window heard of it: the count it shows on the button came as an event.
    expect(app.counts.at(-1)).toEqual({ waiting: 0, refused: 1 });
    expect(app.router.windowTitle()).toContain('1 ændring afvist af serveren');

    const after = await app.value<RefusedChangeList>('conflicts.takeTheirs', { callId: change!.callId });
    expect(after.changes).toEqual([]);
    expect(refusedOnDisk(app)).toEqual([]);
    expect(app.counts.at(-1)).toEqual({ waiting: 0, refused: 0 });
    expect(app.router.windowTitle()).not.toContain('afvist');
    expect(app.stored<{ note: string }>('SELECT note FROM partner WHERE id = ?', partnerId).note).toBe('Saras note');
    // Gone is gone: the same change cannot be taken or applied again.
    expect(await app.call('conflicts.applyMine', { callId: change!.callId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // The list is this machine's: the server answers none of it, but reads rows for anyone.
    const sara = await app.other('Sara Khalil', 'Social innovator');
    expect(await sara.call('conflicts.list', {})).toMatchObject({ ok: false, error: { message: 'Den kommando kan ikke bruges gennem serveren. Intet er ændret' } });
    expect(await sara.call('workbook.rows', { rows: [{ table: 'partner', where: { id: partnerId } }] })).toMatchObject({ ok: true, value: [{ id: partnerId, note: 'Saras note' }] });
  });

  it('Anvend min igen sends mine as a new change having seen theirs: stored once, under my name, and the list is empty', async () => {
    const app = await openApp();
    const { partnerId } = await conflictingNote(app);
    // A forbrug amount too (kept in øre, sent in kroner): the same year of the same line, changed by both.
    const line = app.stored<{ id: number; cost_type: string }>('SELECT id, cost_type FROM budget_line ORDER BY id LIMIT 1');
    const year = 2026;
    const before = app.stored<{ actual_ore: number | null } | undefined>('SELECT actual_ore FROM budget_amount WHERE line_id = ? AND year = ?', line.id, year)?.actual_ore ?? null;
    const seenKroner = before === null ? null : before / 100;
    let mine: Promise<Envelope<unknown>> | null = null;
    await app.offline(async () => {
      mine = app.call('budget.amounts.set', { cells: [{ lineId: line.id, year, measure: 'actual', value: 1234.5, seen: seenKroner }] });
      const sara = await app.other('Sara Khalil', 'Social innovator');
      expect(await sara.call('budget.amounts.set', { cells: [{ lineId: line.id, year, measure: 'actual', value: 999.99, seen: seenKroner }] })).toMatchObject({ ok: true });
    });
    expect(await mine).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const list = await app.value<RefusedChangeList>('conflicts.list');
    expect(list.changes.map((c) => c.subject)).toEqual(['Partner «Jobcenter Gladsaxe»', `Beløb for «${line.cost_type}»`]);
    expect(list.changes[1]).toMatchObject({ sheet: 'Økonomi', fields: [{ label: `Forbrug ${year} for «${line.cost_type}»`, mine: '1.234,50 kr.', theirs: '999,99 kr.' }] });

    for (const change of list.changes) expect(await app.call('conflicts.applyMine', { callId: change.callId })).toMatchObject({ ok: true });
    expect(await app.value<RefusedChangeList>('conflicts.list')).toEqual({ changes: [], theirsProblem: null });
    expect(refusedOnDisk(app)).toEqual([]);
    expect(app.stored<{ note: string }>('SELECT note FROM partner WHERE id = ?', partnerId).note).toBe('Min note');
    expect(app.stored<{ actual_ore: number }>('SELECT actual_ore FROM budget_amount WHERE line_id = ? AND year = ?', line.id, year).actual_ore).toBe(123450);
    // Each applied once, as the chair, after Sara's.
    const authors = app.stored<{ authors: string }>("SELECT group_concat(author, ' | ') AS authors FROM (SELECT author FROM change_set ORDER BY id DESC LIMIT 4)").authors;
    expect(authors).toBe('Lene Bach Andersen (Formand) | Lene Bach Andersen (Formand) | Sara Khalil (Social innovator) | Sara Khalil (Social innovator)');
    expect(app.counts.at(-1)).toEqual({ waiting: 0, refused: 0 });
  });

  it('a change refused by a rule (the meeting was held meanwhile) stays listed with the server\'s words when applied again', async () => {
    const app = await openApp();
    const meeting = await app.value<{ id: number }>('meetings.add', { date: '2027-03-02', place: 'Værebro Park' });
    const item = await app.value<{ id: number; title: string }>('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne' });
    let mine: Promise<Envelope<unknown>> | null = null;
    await app.offline(async () => {
      mine = app.call('meetings.items.update', { id: item.id, patch: { title: 'Status og næste skridt' }, seen: { title: item.title } });
      const anne = await app.other('Anne Holm', 'Formand');
      expect(await anne.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' })).toMatchObject({ ok: true });
    });
    const refused = await mine!;
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('Mødet er afholdt, så dagsordenen er låst') } });

    const [change] = (await app.value<RefusedChangeList>('conflicts.list')).changes;
    expect(change).toMatchObject({ sheet: 'Møder', subject: 'Dagsordenspunkt «Status på indsatserne»', fields: [{ label: 'titel', mine: 'Status og næste skridt', theirs: 'Status på indsatserne' }] });
    const again = await app.call('conflicts.applyMine', { callId: change!.callId });
    expect(again).toMatchObject({ ok: false, error: { message: expect.stringContaining('Mødet er afholdt, så dagsordenen er låst') } });
    // Still listed – as a new change with the new refusal – and nothing was written.
    const still = (await app.value<RefusedChangeList>('conflicts.list')).changes;
    expect(still).toHaveLength(1);
    expect(still[0]).toMatchObject({ subject: change!.subject, fields: change!.fields, message: expect.stringContaining('låst') });
    expect(still[0]!.callId).not.toBe(change!.callId);
    expect(refusedOnDisk(app)).toEqual([expect.objectContaining({ channel: 'meetings.items.update' })]);
    expect(app.stored<{ title: string }>('SELECT title FROM agenda_item WHERE id = ?', item.id).title).toBe('Status på indsatserne');

    // Without a connection theirs cannot be read: the list says so, and mine is not sent blind.
    app.proxy.cut();
    await waitFor(() => app.router.remote?.status.state === 'reconnecting', 5_000);
    const offline = await app.value<RefusedChangeList>('conflicts.list');
    expect(offline.theirsProblem).toContain('kan ikke læses');
    expect(offline.changes[0]!.fields).toEqual([{ label: 'titel', mine: 'Status og næste skridt', theirs: null }]);
    expect(await app.call('conflicts.applyMine', { callId: still[0]!.callId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Din ændring er ikke sendt') } });
    expect(refusedOnDisk(app)).toHaveLength(1);
  });

  it('changes queued behind one lost on the way missed their first sending too: each refusal is listed', async () => {
    const app = await openApp();
    const partner = await app.value<{ id: number; note: string; contact: string }>('partners.add', { name: 'Gladsaxe Bibliotekerne' });
    // Made the moment the connection goes, before the socket has noticed: the first is lost on
    // the way, the others wait behind it.
    app.proxy.cut();
    const mine = [
      app.call('partners.update', { id: partner.id, patch: { note: 'Min note' }, seen: { note: partner.note } }),
      app.call('partners.update', { id: partner.id, patch: { contact: 'Min kontakt' }, seen: { contact: partner.contact } }),
    ];
    const sara = await app.other('Sara Khalil', 'Social innovator');
    expect(await sara.call('partners.update', { id: partner.id, patch: { note: 'Saras note', contact: 'Saras kontakt' } })).toMatchObject({ ok: true });
    app.proxy.restore();
    for (const answer of await Promise.all(mine)) expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const list = await app.value<RefusedChangeList>('conflicts.list');
    expect(list.changes.map((c) => c.fields)).toEqual([[{ label: 'note', mine: 'Min note', theirs: 'Saras note' }], [{ label: 'kontakt', mine: 'Min kontakt', theirs: 'Saras kontakt' }]]);
  });

  it('a row added offline in the copy and refused takes the changes to it along: they go again only with it, to the id the server gives it', async () => {
    const app = await openApp({ copies: true });
    const meeting = await app.value<{ id: number }>('meetings.add', { date: '2027-03-02', place: 'Værebro Park' });
    // The copy for working offline has the meeting.
    await waitFor(() => {
      if (!app.copyPath || !fs.existsSync(app.copyPath)) return false;
      const db = new Database(app.copyPath, { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT 1 FROM meeting WHERE id = ?').get(meeting.id) !== undefined;
      } finally {
        db.close();
      }
    }, 10_000);
    const anne = await app.other('Anne Holm', 'Formand');
    await app.offline(async () => {
      // Answered at once by the copy: a new item (an id of the copy's) and a change to it.
      const item = await app.value<{ id: number }>('meetings.items.add', { meetingId: meeting.id, title: 'Nyt punkt' });
      await app.value('meetings.items.update', { id: item.id, patch: { presenter: 'Lene Bach Andersen' } });
      // Anne adds an item meanwhile: the server's next id is not the one the copy gave mine.
      const annes = await anne.call('meetings.items.add', { meetingId: meeting.id, title: 'Annes punkt' });
      expect(annes).toMatchObject({ ok: true, value: { id: item.id } });
      expect(await anne.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' })).toMatchObject({ ok: true });
    });
    await waitFor(() => app.counts.at(-1)?.refused === 2 && app.counts.at(-1)?.waiting === 0, 10_000);

    const [add, follower] = (await app.value<RefusedChangeList>('conflicts.list')).changes;
    expect(add).toMatchObject({ subject: 'Dagsordenspunkt «Nyt punkt»', action: 'ny', message: expect.stringContaining('låst') });
    // The row is only on this machine: nothing of theirs to show, and it cannot go alone.
    expect(follower).toMatchObject({ action: 'rettelse', fields: [{ label: 'fremlægges af', mine: 'Lene Bach Andersen', theirs: null }] });
    expect(await app.call('conflicts.applyMine', { callId: follower!.callId })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Anvend først tilføjelsen igen (Dagsordenspunkt «Nyt punkt»)') } });

    expect(await anne.call('meetings.setUnlocked', { id: meeting.id, unlocked: true })).toMatchObject({ ok: true });
    expect(await app.call('conflicts.applyMine', { callId: add!.callId })).toMatchObject({ ok: true });
    await waitFor(() => app.router.remote?.outboxCounts.waiting === 0, 10_000);
    expect(await app.value<RefusedChangeList>('conflicts.list')).toEqual({ changes: [], theirsProblem: null });
    expect(app.stored<{ presenter: string }>("SELECT presenter FROM agenda_item WHERE meeting_id = ? AND title = 'Nyt punkt'", meeting.id).presenter).toBe('Lene Bach Andersen');
    expect(app.stored<{ presenter: string }>("SELECT presenter FROM agenda_item WHERE meeting_id = ? AND title = 'Annes punkt'", meeting.id).presenter).toBe('');
  });

  it('a local workbook has nothing refused: the list is empty, and no change can be taken or applied', async () => {
    const wb = createTestWorkbook();
    cleanups.push(() => wb.close());
    expect(await wb.call('conflicts.list', {})).toEqual({ changes: [], theirsProblem: null });
    expect(await wb.raw('conflicts.takeTheirs', { callId: 'findes-ikke' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    // What the list reads as theirs: rows by id or by their own columns, null where none is.
    const [program, missing] = (await wb.call('workbook.rows', { rows: [{ table: 'program', where: { id: 1 } }, { table: 'partner', where: { id: 9999 } }] })) as Array<Record<string, unknown> | null>;
    expect(program).toMatchObject({ id: 1 });
    expect(missing).toBeNull();
    expect(await wb.raw('workbook.rows', { rows: [{ table: 'partner', where: { 'id = 1 OR 1': 1 } }] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
