// The pieces of a shared workbook together: the app's router as main.ts wires it (its own
// download saver, a shell answering the save dialog as the user would), the app's socket client,
// and a real server on 127.0.0.1 with a second member on a plain WebSocket. Documents, the Excel
// export and Gem kopi som… land on this computer; presence, per-member undo and conflicts come
// through the router as the window gets them; no path on the server reaches the window.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkbookPresence } from '../../shared/api/bridge';
import type { Envelope } from '../../shared/api/envelope';
import type { BudgetSheet } from '../../shared/domain/budget';
import type { AgendaItem } from '../../shared/domain/meeting';
import type { MeetingRecord } from '../../shared/domain/meeting-views';
import type { GeneratedDocument } from '../../shared/domain/report';
import type { AppState, WorkbookInfo } from '../../shared/domain/workbook';
import type { Partner } from '../../shared/domain/activity';
import { createDispatcher } from '../../electron/app/dispatcher';
import { Session } from '../../electron/app/session';
import { SettingsStore } from '../../electron/app/settings';
import { WorkbookRouter } from '../../electron/app/workbook-router';
import type { FileFilter } from '../../electron/app/session';
import { readDocx } from '../support/docx-reader';
import { hostFolder, member, waitFor, WORKBOOK, type Client, type HostedFolder } from '../support/server-client';
import { tempDir } from '../support/workbooks';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

interface SaveRequest {
  suggested: string;
  title: string;
  filter: FileFilter | undefined;
}

interface App {
  dir: string;
  router: WorkbookRouter;
  session: Session;
  events: Array<{ event: string; payload: unknown }>;
  /** The paths the next save dialogs answer with (null: cancelled). */
  saveAnswers: Array<string | null>;
  saveRequests: SaveRequest[];
  openAnswers: Array<string | null>;
  opened: string[];
  raw(channel: string, input?: unknown): Promise<Envelope<unknown>>;
  call<T>(channel: string, input?: unknown): Promise<T>;
}

/** The app as main.ts wires it – the router with its own downloads – with a local workbook open. */
function startApp(): App {
  const dir = tempDir('arbejdsbogen-app-');
  const saveAnswers: App['saveAnswers'] = [];
  const saveRequests: SaveRequest[] = [];
  const openAnswers: App['openAnswers'] = [];
  const opened: string[] = [];
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  settings.setUser({ name: 'Lokal Bruger', role: 'Formand' });
  const session = new Session({
    settings,
    shell: {
      documentsDir: path.join(dir, 'Dokumenter'),
      chooseFileToOpen: async () => openAnswers.shift() ?? null,
      chooseFileToSave: async (suggested, title, filter) => {
        saveRequests.push({ suggested, title, filter });
        return saveAnswers.shift() ?? null;
      },
      openPath: async (file) => {
        opened.push(file);
        return null;
      },
    },
  });
  session.create(path.join(dir, 'Lokal.arbejdsbog'), 'blank');
  const router = new WorkbookRouter({ session, dispatch: createDispatcher(session, () => undefined) });
  const events: App['events'] = [];
  router.onEvent((event, payload) => events.push({ event, payload }));
  cleanups.push(async () => {
    await router.close();
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const raw = (channel: string, input: unknown = {}) => router.dispatch(channel, input);
  return {
    dir, router, session, events, saveAnswers, saveRequests, openAnswers, opened, raw,
    call: async <T>(channel: string, input: unknown = {}) => {
      const envelope = await raw(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as T;
    },
  };
}

async function hosted(): Promise<HostedFolder> {
  const folder = await hostFolder();
  cleanups.push(() => folder.close());
  return folder;
}

async function otherMember(folder: HostedFolder, name: string, role: 'Formand' | 'Social innovator'): Promise<Client> {
  const client = await member(folder, name, role);
  cleanups.push(() => client.close());
  return client;
}

/** The chair's app with the hosted workbook open through Filer → Åbn delt arbejdsbog…. */
async function chairsApp(folder: HostedFolder): Promise<App> {
  const app = startApp();
  const code = await folder.invite('Lene Bach Andersen', 'Formand');
  await app.call('workbook.openShared', { server: folder.server.url, workbook: WORKBOOK, code, remember: false });
  return app;
}

function stored<T>(folder: HostedFolder, sql: string, ...params: unknown[]): T {
  const db = new Database(folder.workbookPath, { readonly: true });
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

const presences = (app: App) => app.events.filter((e) => e.event === 'workbook.presence').map((e) => e.payload as WorkbookPresence);

describe('files a call makes on the server, through the app\'s router', { timeout: 60_000 }, () => {
  it('a dagsorden and a statusnotat: a valid .docx with the workbook\'s text where the user chose, opened, the result naming that path', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const meeting = await app.call<MeetingRecord>('meetings.add', { date: '2030-03-01' });
    const item = await app.call<AgendaItem>('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne fra serveren', minutes: 20 });
    expect(item.title).toBe('Status på indsatserne fra serveren');

    const agendaPath = path.join(app.dir, 'Ud', 'Dagsorden til styregruppen.docx');
    fs.mkdirSync(path.dirname(agendaPath));
    app.saveAnswers.push(agendaPath);
    const agenda = await app.call<GeneratedDocument>('reports.generate', { kind: 'dagsorden', meetingId: meeting.id });
    expect(agenda).toEqual({ path: agendaPath, fileName: 'Dagsorden til styregruppen.docx', opened: true, openError: null });
    // The dialog suggested the document's own name – no folder of the server's.
    expect(app.saveRequests).toEqual([{ suggested: 'Dagsorden 2030-03-01.docx', title: 'Gem dokument', filter: { name: 'Word-dokument', extensions: ['docx'] } }]);
    const agendaDoc = await readDocx(fs.readFileSync(agendaPath));
    expect(agendaDoc.headings[0]?.text).toBe('Dagsorden');
    expect(agendaDoc.text).toContain('Status på indsatserne fra serveren');
    expect(agendaDoc.headerXml.join('')).toContain('Dagsorden til mødet 1. marts 2030');
    expect(app.opened).toEqual([agendaPath]);

    // The name without .docx gets it, as locally.
    const notePath = path.join(app.dir, 'Ud', 'Statusnotat til direktøren');
    app.saveAnswers.push(notePath);
    const note = await app.call<GeneratedDocument>('reports.generate', { kind: 'statusnotat', from: '2026-07-01', to: '2026-09-30', summary: 'Skrevet gennem serveren.' });
    expect(note).toEqual({ path: `${notePath}.docx`, fileName: 'Statusnotat til direktøren.docx', opened: true, openError: null });
    const noteDoc = await readDocx(fs.readFileSync(`${notePath}.docx`));
    expect(noteDoc.tables[1]![0]).toEqual(['Periode', '1. juli 2026 – 30. september 2026']);
    expect(noteDoc.text).toContain('Skrevet gennem serveren.');
    expect(fs.readdirSync(path.join(app.dir, 'Ud')).sort()).toEqual(['Dagsorden til styregruppen.docx', 'Statusnotat til direktøren.docx']);

    // A cancelled dialog writes nothing and answers null, as locally.
    app.saveAnswers.push(null);
    expect(await app.call('reports.generate', { kind: 'programdokument' })).toBeNull();
    expect(fs.readdirSync(path.join(app.dir, 'Ud'))).toHaveLength(2);
  });

  it('the Excel export is saved as an .xlsx with the amount just typed on the server', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const { data } = await app.call<BudgetSheet>('budget.get');
    const salary = data.groups[0]!.lines.find((l) => l.costType === 'Løn')!;
    await app.call('budget.amounts.set', { cells: [{ lineId: salary.id, year: 2019, measure: 'budget', value: 150_000 }] });

    const target = path.join(app.dir, 'Økonomi fra serveren.xlsx');
    app.saveAnswers.push(target);
    expect(await app.call('budget.exportXlsxDialog')).toBe(target);
    expect(app.saveRequests.map((r) => [r.title, r.filter?.extensions])).toEqual([['Eksportér Økonomi til Excel', ['xlsx']]]);
    expect(app.opened).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(target);
    const sheet = book.getWorksheet('Økonomi')!;
    expect(sheet.getCell('A1').value).toBe('Styrket indsats for social balance i Mørkhøj');
    const salaryRow = sheet.getColumn(1).values.findIndex((v) => v === 'Løn');
    expect(sheet.getRow(salaryRow).getCell(2).value).toBe(150_000);
  });

  it('Gem kopi som… saves a local .arbejdsbog that opens as a local workbook with the shared data', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const sara = await otherMember(folder, 'Sara Khalil', 'Social innovator');
    expect(await sara.call('partners.add', { name: 'Tilføjet af Sara på serveren' })).toMatchObject({ ok: true });

    const copy = path.join(app.dir, 'Min kopi.arbejdsbog');
    app.saveAnswers.push(path.join(app.dir, 'Min kopi'));
    expect(await app.call('workbook.saveCopyDialog')).toBe(copy);
    expect(app.saveRequests.map((r) => [r.suggested, r.title])).toEqual([['Mørkhøj (kopi).arbejdsbog', 'Gem kopi som']]);

    // Filer → Åbn… on the copy: the shared workbook is left, the copy is an ordinary local file.
    const remote = app.router.remote!;
    app.openAnswers.push(copy);
    const info = await app.call<WorkbookInfo>('workbook.openDialog');
    expect(info).toMatchObject({ path: copy, fileName: 'Min kopi.arbejdsbog' });
    expect(info.shared).toBeUndefined();
    await waitFor(() => remote.status.state === 'closed', 5_000);
    expect(app.router.remote).toBeNull();
    const state = await app.call<AppState>('app.state');
    expect(state.user).toEqual({ name: 'Lokal Bruger', role: 'Formand' });
    expect((await app.call<Partner[]>('partners.list')).map((p) => p.name)).toContain('Tilføjet af Sara på serveren');
    // Edits go to the copy now, not to the server.
    await app.call('partners.add', { name: 'Kun i kopien' });
    expect(stored<{ n: number }>(folder, 'SELECT COUNT(*) AS n FROM partner WHERE name = ?', 'Kun i kopien').n).toBe(0);
  });
});

describe('the window\'s view of a shared workbook, through the router', { timeout: 60_000 }, () => {
  it('hears who is online – at once on opening, and as others come and go – and the title says so', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const host = new URL(folder.server.url).host;
    const lene = { name: 'Lene Bach Andersen', role: 'Formand' };
    const opened = app.events.findIndex((e) => e.event === 'workbook.opened');
    // Sent by the server as the socket opened, before the router listened: handed on after opened.
    expect(app.events.findIndex((e) => e.event === 'workbook.presence')).toBeGreaterThan(opened);
    expect(presences(app)[0]).toEqual({ server: folder.server.url, workbook: WORKBOOK, me: lene, online: [lene] });
    expect(app.router.windowTitle()).toBe(`${WORKBOOK} — Delt · ${host} · ingen andre online — Arbejdsbogen`);

    const sara = await otherMember(folder, 'Sara Khalil', 'Social innovator');
    await waitFor(() => presences(app).length === 2, 5_000);
    expect(presences(app)[1]!.online).toEqual([lene, { name: 'Sara Khalil', role: 'Social innovator' }]);
    expect(app.router.windowTitle()).toBe(`${WORKBOOK} — Delt · ${host} · online: Sara Khalil — Arbejdsbogen`);
    await sara.close();
    await waitFor(() => presences(app).length === 3, 5_000);
    expect(presences(app)[2]!.online).toEqual([lene]);
  });

  it('app.state and the opened workbook name the server\'s address, never a path on the server', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const state = await app.call<AppState>('app.state');
    expect(state.workbook).toMatchObject({ fileName: WORKBOOK, path: `${folder.server.url}/${WORKBOOK}`, shared: { server: folder.server.url } });
    expect(state.recentFiles).toEqual([path.join(app.dir, 'Lokal.arbejdsbog')]);
    // Documents are suggested saved in this computer's documents folder, where the dialog opens.
    expect(await app.call('reports.options')).toMatchObject({ folder: path.join(app.dir, 'Dokumenter') });
    const seen = JSON.stringify([state, app.events, await app.call('reports.options'), await app.call('workbook.check')]);
    expect(seen).not.toContain(folder.dir);
    // Neither the hosted folder nor the server's own temporary folders (settings, downloads).
    expect(seen).not.toMatch(/arbejdsbogen-server-/);
  });
});

describe('undo and conflicts between the app and another member', { timeout: 60_000 }, () => {
  const responsible = (folder: HostedFolder, id: number) => stored<{ responsible: string }>(folder, 'SELECT responsible FROM initiative WHERE id = ?', id).responsible;

  it('each undoes only their own change, and the app\'s undo is refused, naming the other, once she changed the same rows', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const sara = await otherMember(folder, 'Sara Khalil', 'Social innovator');
    const before = [responsible(folder, 1), responsible(folder, 2)];

    await app.call('initiatives.update', { id: 1, patch: { responsible: 'Lene' } });
    expect(await sara.call('initiatives.update', { id: 2, patch: { responsible: 'Sara' } })).toMatchObject({ ok: true });
    // The window's Fortryd names the chair's change, not Sara's later one.
    expect((await app.call<AppState>('app.state')).undo.undoLabel).toContain('indsats 1');
    await app.call('workbook.undo');
    expect([responsible(folder, 1), responsible(folder, 2)]).toEqual([before[0], 'Sara']);
    expect(await sara.call('workbook.undo', {})).toMatchObject({ ok: true });
    expect([responsible(folder, 1), responsible(folder, 2)]).toEqual(before);

    // The chair edits, then Sara changes the same initiative: the chair's Ctrl+Z would undo her work.
    await app.call('initiatives.update', { id: 3, patch: { statusReason: 'Afventer lokaler' } });
    expect(await sara.call('initiatives.update', { id: 3, patch: { status: 'gul' } })).toMatchObject({ ok: true });
    await waitFor(() => app.events.some((e) => e.event === 'workbook.changed' && JSON.stringify(e.payload).includes('gul')), 5_000);
    expect(await app.raw('workbook.undo')).toEqual({
      ok: false, error: { code: 'conflict', message: 'Kan ikke fortrydes: Sara Khalil (Social innovator) har siden ændret de samme rækker' },
    });
    expect(stored(folder, 'SELECT status, status_reason AS reason FROM initiative WHERE id = 3')).toEqual({ status: 'gul', reason: 'Afventer lokaler' });
  });

  it('an edit from a value another member has changed since comes back as a conflict naming her; the file keeps hers', async () => {
    const folder = await hosted();
    const app = await chairsApp(folder);
    const sara = await otherMember(folder, 'Sara Khalil', 'Social innovator');
    const seen = (await app.call<Partner[]>('partners.list')).find((p) => p.id === 1)!.note;
    expect(await sara.call('partners.update', { id: 1, patch: { note: 'Saras note' }, seen: { note: seen } })).toMatchObject({ ok: true });

    const refused = await app.raw('partners.update', { id: 1, patch: { note: 'Lenes note' }, seen: { note: seen } });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: expect.stringMatching(/^Feltet «note» er ændret af Sara Khalil \(Social innovator\) kl\. \d\d\.\d\d, mens du skrev: nu «Saras note»\. Din ændring er ikke gemt$/),
        // What the sheet needs to show the stored value again and say who changed it.
        changedBy: { author: 'Sara Khalil (Social innovator)', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      },
    });
    expect(stored<{ note: string }>(folder, 'SELECT note FROM partner WHERE id = 1').note).toBe('Saras note');
    // A different field of the same partner is no conflict.
    const contact = (await app.call<Partner[]>('partners.list')).find((p) => p.id === 1)!.contact;
    await app.call('partners.update', { id: 1, patch: { contact: 'Lene Bach Andersen' }, seen: { contact } });
    expect(stored(folder, 'SELECT note, contact FROM partner WHERE id = 1')).toEqual({ note: 'Saras note', contact: 'Lene Bach Andersen' });
  });
});
