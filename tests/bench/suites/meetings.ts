// Møder on a demonstration workbook of scale 10 (270 meetings over three years): open it,
// load the meeting list and one agenda through the real dispatcher, as the sheet does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDispatcher } from '../../../electron/app/dispatcher';
import { Session } from '../../../electron/app/session';
import { SettingsStore } from '../../../electron/app/settings';
import { generateDemo } from '../../../electron/demo/generate-demo';
import type { ChangedRow } from '../../../shared/api/workbook-change';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import { applyAgendaRows } from '../../../shared/meetings/agenda-live';
import type { SeriesCreated } from '../../../shared/domain/meeting-series';
import { defaultTemplate, templateInput } from '../../../shared/meetings/series';
import { median } from '../measure';
import type { Measurement } from '../run';

export const name = 'Møder (demonstrationsdata, skala 10)';

const SCALE = 10;

function newSession(dir: string): Session {
  const shell = { documentsDir: dir, chooseFileToOpen: async () => null, chooseFileToSave: async () => null, openPath: async () => null };
  const settings = new SettingsStore(path.join(dir, 'indstillinger'));
  // The chair, who may edit every item on the agenda.
  settings.setUser({ name: 'Bench', role: 'Formand' });
  return new Session({ settings, shell });
}

async function call(dispatch: ReturnType<typeof createDispatcher>, channel: string, input: unknown): Promise<unknown> {
  const envelope = await dispatch(channel, input);
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

/** The template of a year's series: the standing items and two recurring items. */
const SERIES_TEMPLATE = [
  ...defaultTemplate(),
  { standing: null, title: 'Status fra den sociale innovator', type: 'Orientering', presenter: 'Social innovator', minutes: 20, recommendation: ['at orienteringen tages til efterretning'] },
  { standing: null, title: 'Økonomiopfølgning', type: 'Drøftelse', presenter: 'Sekretariatet', minutes: 15, recommendation: [] },
] as const;

/**
 * Mødeplan (issue 15): a year's series – every 6 weeks, and weekly – created in one change on the
 * scale-10 workbook, its undo, and a template change applied to the meetings not yet sent. Each run
 * plans a year of its own, after the demonstration's meetings, so no date is skipped.
 */
async function measureSeries(dispatch: ReturnType<typeof createDispatcher>): Promise<Measurement[]> {
  let year = 2030;
  const addYear = async (everyWeeks: number) =>
    (await call(dispatch, 'meetings.series.add', {
      startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek', template: SERIES_TEMPLATE,
      schedule: { kind: 'interval', from: `${++year}-01-01`, to: `${year}-12-31`, everyWeeks, weekday: 'onsdag' },
    })) as SeriesCreated;
  const results: Measurement[] = [];
  for (const everyWeeks of [6, 1]) {
    let created: SeriesCreated | null = null;
    const ms = await median(async () => (created = await addYear(everyWeeks)), 5);
    const meetings = created!.created.length;
    results.push({ label: `meetings.series.add (et års møder, hver ${everyWeeks === 1 ? '' : `${everyWeeks}. `}uge)`, ms, note: `${meetings} møder × ${SERIES_TEMPLATE.length} punkter, én ændring` });
  }
  const last = (await addYear(1)).series;
  // Each run changes every template item's minutes, so each run rewrites every unsent meeting.
  let extra = 0;
  const changedTemplate = () => {
    extra = extra === 5 ? 0 : 5;
    return last.template.map((item) => ({ ...templateInput(item), minutes: item.minutes + extra }));
  };
  results.push({
    label: 'meetings.series.setTemplate (anvendt på ikke-sendte møder)',
    ms: await median(() => call(dispatch, 'meetings.series.setTemplate', { id: last.id, template: changedTemplate(), applyToUnsent: true }), 5),
    note: `${last.meetings.length} møder × ${last.template.length} punkter rettet, én ændring`,
  });
  const undoTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await addYear(1);
    const started = performance.now();
    await call(dispatch, 'workbook.undo', {});
    undoTimes.push(performance.now() - started);
  }
  results.push({ label: 'workbook.undo (et års ugentlige møder)', ms: undoTimes.sort((a, b) => a - b)[1]!, note: 'én fortrydelse fjerner dem alle; median af 3' });
  return results;
}

export async function run(): Promise<Measurement[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-bench-meetings-'));
  const file = path.join(dir, 'demo.arbejdsbog');
  try {
    const results: Measurement[] = [];
    const creating = newSession(dir);
    const started = performance.now();
    creating.create(file, 'programme');
    generateDemo(creating.requireWorkbook(), 'Bench', SCALE);
    const generated = performance.now() - started;
    const db = creating.requireWorkbook().db;
    const counts = ['meeting', 'agenda_item', 'action_item'].map((t) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get() as number);
    creating.close();
    const size = fs.statSync(file).size;
    results.push({ label: 'opret demo-arbejdsbog', ms: generated, note: `${counts[0]} møder, ${counts[1]} punkter, ${counts[2]} handlinger, ${(size / 1e6).toFixed(1)} MB` });

    const session = newSession(dir);
    const dispatch = createDispatcher(session);
    results.push({
      label: 'åbn arbejdsbogen',
      ms: await median(() => {
        session.close();
        session.open(file);
      }),
    });

    const list = (await call(dispatch, 'meetings.list', {})) as Array<{ id: number; status: string }>;
    results.push({ label: 'meetings.list (mødelisten)', ms: await median(() => call(dispatch, 'meetings.list', {}), 9), note: `${list.length} møder` });

    // The coming meeting carries the most actions; a meeting halfway through is typical.
    const last = list.at(-1)!;
    const middle = list[Math.floor(list.length / 2)]!;
    for (const [label, meeting] of [['sidste møde', last], ['møde midt i perioden', middle]] as const) {
      const detail = (await call(dispatch, 'meetings.get', { id: meeting.id })) as { items: unknown[]; carriedOver: unknown[] };
      results.push({
        label: `meetings.get (dagsorden, ${label})`,
        ms: await median(() => call(dispatch, 'meetings.get', { id: meeting.id }), 9),
        note: `${detail.items.length} punkter, ${detail.carriedOver.length} handlinger til opfølgning`,
      });
    }
    // One agenda item's minutes typed on the coming meeting: before, the meeting was read anew
    // after the edit; now the change event's row replaces the item and the time table is laid again.
    let changedRows: readonly ChangedRow[] = [];
    session.onEvent((event, payload) => {
      if (event === 'workbook.changed' && 'description' in payload && payload.rows) changedRows = payload.rows;
    });
    let detail = (await call(dispatch, 'meetings.get', { id: last.id })) as MeetingDetail;
    const item = detail.items.find((i) => i.standing === null) ?? detail.items[0]!;
    let minutes = item.minutes;
    const editItem = () => call(dispatch, 'meetings.items.update', { id: item.id, patch: { minutes: (minutes = minutes === 20 ? 25 : 20) } });
    results.push({
      label: 'agenda edit full reload: store, meetings.get',
      ms: await median(async () => {
        await editItem();
        detail = (await call(dispatch, 'meetings.get', { id: last.id })) as MeetingDetail;
      }, 9),
      note: 'før',
    });
    results.push({
      label: 'agenda edit incremental: stored edit → items+schedule',
      ms: await median(async () => {
        await editItem();
        const next = applyAgendaRows(detail, changedRows);
        if (next === 'reload') throw new Error('an edited item should not reload the meeting');
        detail = next;
      }, 9),
      note: `gem + applyAgendaRows, ${detail.items.length} punkter`,
    });
    results.push({ label: 'apply one change event (item, time table)', ms: await median(() => applyAgendaRows(detail, changedRows), 21), note: 'kun applyAgendaRows' });
    const actions = (await call(dispatch, 'actions.list', {})) as unknown[];
    results.push({ label: 'actions.list (alle handlinger)', ms: await median(() => call(dispatch, 'actions.list', {}), 9), note: `${actions.length} handlinger` });
    // »Forslag til dagsorden« for the coming meeting (issue 15's goal: under 50 ms).
    const suggestions = (await call(dispatch, 'meetings.suggestions', { meetingId: last.id })) as { suggestions: unknown[] };
    results.push({
      label: 'meetings.suggestions (forslag til dagsorden, sidste møde)',
      ms: await median(() => call(dispatch, 'meetings.suggestions', { meetingId: last.id }), 9),
      note: `${suggestions.suggestions.length} forslag`,
    });
    const decisions = (await call(dispatch, 'decisions.list', {})) as unknown[];
    results.push({ label: 'decisions.list (beslutningsloggen)', ms: await median(() => call(dispatch, 'decisions.list', {}), 9), note: `${decisions.length} beslutninger` });
    // The demonstration's activities, partners and follow-ups on the Indsatser sheet.
    const life = (await call(dispatch, 'activities.forInitiative', { initiativeId: 1 })) as { activities: unknown[]; followUps: unknown[] };
    results.push({
      label: 'activities.forInitiative (indsats 1)',
      ms: await median(() => call(dispatch, 'activities.forInitiative', { initiativeId: 1 }), 9),
      note: `${life.activities.length} aktiviteter, ${life.followUps.length} opfølgninger`,
    });
    const partners = (await call(dispatch, 'partners.list', {})) as unknown[];
    results.push({ label: 'partners.list (partnere)', ms: await median(() => call(dispatch, 'partners.list', {}), 9), note: `${partners.length} partnere` });
    results.push(...(await measureSeries(dispatch)));
    session.close();
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
