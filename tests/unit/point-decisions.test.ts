// A decision for every "at": the outcome and text of each point of an item's Indstilling, an
// Orientering item's default, dissents, the minutes' lock, undo and redo, the change events and
// refusals in Danish – through the real dispatcher on real workbook files.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatcher';
import { roleRefusal } from '../../shared/api/permissions';
import { pointDecisionsOf } from '../../shared/meetings/point-decisions';
import { applyAgendaRows } from '../../shared/meetings/agenda-live';
import { createTestWorkbook, openTestSession, recordChanges, type TestWorkbook } from '../support/workbooks';
import { DROP_AFTER_VERSION_9 } from '../support/older-files';

let wb: TestWorkbook;
let reopened: ReturnType<typeof openTestSession> | undefined;
afterEach(() => {
  reopened?.close();
  reopened = undefined;
  wb?.close();
});

const POINTS = ['at åbningstiden flyttes til torsdag', 'at budgettet forhøjes med 20.000 kr.', 'at der evalueres efter et halvt år'];

/** A held meeting with a Beslutning item of three points and an Orientering item of one. */
async function heldMeeting() {
  const meeting = await wb.call('meetings.add', { date: '2026-12-02' });
  const decision = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Lektiecaféens åbningstider', type: 'Beslutning' });
  await wb.call('meetings.items.update', { id: decision.id, patch: { recommendation: POINTS } });
  const info = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne', type: 'Orientering' });
  await wb.call('meetings.items.update', { id: info.id, patch: { recommendation: ['at styregruppen tager status til efterretning'] } });
  await wb.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' });
  return { meetingId: meeting.id, decisionId: decision.id, infoId: info.id };
}

async function pointsOf(meetingId: number, itemId: number) {
  const detail = await wb.call('meetings.get', { id: meetingId });
  return pointDecisionsOf(detail.items.find((i) => i.id === itemId)!, detail.pointDecisions, detail.dissents);
}

describe('a decision for every "at"', () => {
  it('records an outcome and a text per point; an Orientering item’s points are taken note of by default', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId, infoId } = await heldMeeting();
    expect((await pointsOf(meetingId, decisionId)).map((p) => p.outcome)).toEqual([null, null, null]);
    expect(await pointsOf(meetingId, infoId)).toEqual([
      { pointIndex: 0, point: 'at styregruppen tager status til efterretning', outcome: 'Taget til efterretning', defaulted: true, text: '', dissents: [] },
    ]);

    const first = await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    expect(first).toMatchObject({ pointIndex: 0, point: POINTS[0], outcome: 'Godkendt', defaulted: false, text: '' });
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 1, patch: { outcome: 'Godkendt med ændringer', text: 'Forhøjes med 15.000 kr.' } });
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 2, patch: { outcome: 'Udsat', text: 'Tages op igen i marts.' } });
    await wb.call('meetings.points.decide', { itemId: infoId, pointIndex: 0, patch: { text: 'Indsats 3 er gul.' } });

    expect((await pointsOf(meetingId, decisionId)).map((p) => [p.outcome, p.text])).toEqual([
      ['Godkendt', ''],
      ['Godkendt med ændringer', 'Forhøjes med 15.000 kr.'],
      ['Udsat', 'Tages op igen i marts.'],
    ]);
    // A text alone keeps the Orientering default; an outcome set overrides it.
    expect((await pointsOf(meetingId, infoId))[0]).toMatchObject({ outcome: 'Taget til efterretning', defaulted: true, text: 'Indsats 3 er gul.' });
    await wb.call('meetings.points.decide', { itemId: infoId, pointIndex: 0, patch: { outcome: 'Ikke godkendt' } });
    expect((await pointsOf(meetingId, infoId))[0]).toMatchObject({ outcome: 'Ikke godkendt', defaulted: false });

    // One row per point in the file, found again by its point.
    const db = wb.session.current!.db;
    expect(db.prepare('SELECT item_id, point_index, outcome, text FROM point_decision ORDER BY item_id, point_index').all()).toEqual([
      { item_id: decisionId, point_index: 0, outcome: 'Godkendt', text: '' },
      { item_id: decisionId, point_index: 1, outcome: 'Godkendt med ændringer', text: 'Forhøjes med 15.000 kr.' },
      { item_id: decisionId, point_index: 2, outcome: 'Udsat', text: 'Tages op igen i marts.' },
      { item_id: infoId, point_index: 0, outcome: 'Ikke godkendt', text: 'Indsats 3 er gul.' },
    ]);
    // The free-text decision of the item is untouched and still works beside the points.
    await wb.call('meetings.items.update', { id: decisionId, patch: { decision: 'Styregruppen besluttede som indstillet med ændringer.' } });
    expect((await wb.call('meetings.get', { id: meetingId })).items.find((i) => i.id === decisionId)!.decision).toBe('Styregruppen besluttede som indstillet med ændringer.');
  });

  it('records dissents on a point, by member or by name, and changes and removes them', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    const byMember = await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 1, memberId: 1, text: 'Beløbet bør tages fra puljen.' });
    expect(byMember).toMatchObject({ itemId: decisionId, pointIndex: 1, position: 1, memberId: 1, name: 'Formand for styregruppen (programleder)', text: 'Beløbet bør tages fra puljen.' });
    const byName = await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 1, name: '  Sara Khalil ', text: '' });
    expect(byName).toMatchObject({ position: 2, memberId: null, name: 'Sara Khalil' });
    await wb.call('meetings.dissents.update', { id: byName.id, patch: { text: 'Ønsker en evaluering først.' }, seen: { text: '' } });
    // Typing a name unties the member.
    expect(await wb.call('meetings.dissents.update', { id: byMember.id, patch: { name: 'Lene Bach Andersen' } })).toMatchObject({ memberId: null, name: 'Lene Bach Andersen' });

    let point = (await pointsOf(meetingId, decisionId))[1]!;
    expect(point.outcome).toBeNull();
    expect(point.dissents.map((d) => [d.name, d.text])).toEqual([
      ['Lene Bach Andersen', 'Beløbet bør tages fra puljen.'],
      ['Sara Khalil', 'Ønsker en evaluering først.'],
    ]);
    await wb.call('meetings.dissents.remove', { id: byMember.id });
    point = (await pointsOf(meetingId, decisionId))[1]!;
    expect(point.dissents.map((d) => d.name)).toEqual(['Sara Khalil']);
  });

  it('is locked with the minutes once they are approved, and open again when unlocked', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    // Held: the agenda is locked, the minutes (and so the decisions) are not.
    const dissent = await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 0, name: 'Sara Khalil' });
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.setStatus', { id: meetingId, status: 'referat godkendt' });
    const locked = { ok: false, error: { code: 'refused', message: 'Referatet er godkendt og derfor låst. Lås mødet op for at rette' } };
    expect(await wb.raw('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Udsat' } })).toMatchObject(locked);
    expect(await wb.raw('meetings.dissents.add', { itemId: decisionId, pointIndex: 0, name: 'Jens' })).toMatchObject(locked);
    expect(await wb.raw('meetings.dissents.update', { id: dissent.id, patch: { text: 'Ændret' } })).toMatchObject(locked);
    expect(await wb.raw('meetings.dissents.remove', { id: dissent.id })).toMatchObject(locked);
    expect((await pointsOf(meetingId, decisionId))[0]).toMatchObject({ outcome: 'Godkendt', dissents: [{ name: 'Sara Khalil', text: '' }] });

    await wb.call('meetings.setUnlocked', { id: meetingId, unlocked: true });
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt med ændringer' } });
    expect((await pointsOf(meetingId, decisionId))[0]!.outcome).toBe('Godkendt med ændringer');
  });

  it('lets the chair and the secretariat decide; a member and the Direktør are refused', async () => {
    wb = createTestWorkbook();
    const { decisionId } = await heldMeeting();
    for (const role of ['Medlem', 'Direktør', 'Social innovator'] as const) {
      wb.session.settings.setUser({ name: `Prøve ${role}`, role });
      expect(await wb.raw('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' } })).toMatchObject({ ok: false, error: { message: roleRefusal(role) } });
    }
    wb.session.settings.setUser({ name: 'Ole Sekretær', role: 'Sekretariat' });
    expect(await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' } })).toMatchObject({ outcome: 'Godkendt' });
  });

  it('undoes and redoes a decision and a dissent as one change each, and the change events carry the rows', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    const events = recordChanges(wb);
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 2, patch: { outcome: 'Udsat', text: 'Til marts.' } });
    expect(events.at(-1)!.rows).toEqual([
      { table: 'point_decision', id: expect.any(Number), before: null, after: { id: expect.any(Number), item_id: decisionId, point_index: 2, outcome: 'Udsat', text: 'Til marts.' } },
    ]);
    expect(events.at(-1)!.description).toBe('Beslutning om 3. "at" i "Lektiecaféens åbningstider" på mødet 2. december 2026: udfald, tekst');
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 2, patch: { outcome: 'Godkendt' } });
    expect(events.at(-1)!.rows![0]).toMatchObject({ before: { outcome: 'Udsat' }, after: { outcome: 'Godkendt', text: 'Til marts.' } });
    await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 2, name: 'Sara Khalil', text: 'Imod.' });

    // The sheet applies the rows in place.
    let detail = await wb.call('meetings.get', { id: meetingId });
    const before = { ...detail, dissents: [], pointDecisions: [] };
    const applied = events.reduce<typeof detail | 'reload'>((d, e) => (d === 'reload' ? d : applyAgendaRows(d, e.rows!)), before);
    expect(applied !== 'reload' && [applied.pointDecisions, applied.dissents]).toEqual([detail.pointDecisions, detail.dissents]);

    await wb.call('workbook.undo', {});
    expect((await pointsOf(meetingId, decisionId))[2]!.dissents).toEqual([]);
    await wb.call('workbook.undo', {});
    expect((await pointsOf(meetingId, decisionId))[2]).toMatchObject({ outcome: 'Udsat', text: 'Til marts.' });
    await wb.call('workbook.undo', {});
    expect((await pointsOf(meetingId, decisionId))[2]).toMatchObject({ outcome: null, text: '' });
    await wb.call('workbook.redo', {});
    await wb.call('workbook.redo', {});
    await wb.call('workbook.redo', {});
    detail = await wb.call('meetings.get', { id: meetingId });
    expect(pointDecisionsOf(detail.items.find((i) => i.id === decisionId)!, detail.pointDecisions, detail.dissents)[2]).toMatchObject({
      outcome: 'Godkendt', text: 'Til marts.', dissents: [{ name: 'Sara Khalil', text: 'Imod.' }],
    });
    // The change log says it in Danish.
    const log = await wb.call('workbook.changeLog', {});
    expect(JSON.stringify(log)).toContain('Afvigende mening til 3. \\"at\\"');
  });

  it('refuses an edit over someone else’s decision made meanwhile, naming them', async () => {
    wb = createTestWorkbook();
    const { decisionId } = await heldMeeting();
    const anne = createDispatcher(wb.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
    expect(await anne('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { text: 'Annes tekst' }, seen: { text: '' } })).toMatchObject({ ok: true });
    expect(await wb.raw('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { text: 'Min tekst' }, seen: { text: '' } })).toMatchObject({
      ok: false, error: { code: 'conflict', message: expect.stringMatching(/^Beslutningen om 1\. "at" er ændret af Anne Holm \(Formand\) kl\. .*nu «Annes tekst»/) },
    });
    // A field the edit leaves alone is never compared.
    expect(await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' }, seen: { outcome: null } })).toMatchObject({ outcome: 'Godkendt', text: 'Annes tekst' });
  });

  it('refuses bad input in Danish and changes nothing', async () => {
    wb = createTestWorkbook();
    const { decisionId, meetingId } = await heldMeeting();
    const cases: Array<[string, unknown, string]> = [
      ['meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Vedtaget' } }, 'Udfaldet skal være et af: Godkendt, Godkendt med ændringer, Ikke godkendt, Udsat, Taget til efterretning'],
      ['meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: {} }, 'Der er intet at ændre i beslutningen'],
      ['meetings.points.decide', { itemId: decisionId, pointIndex: 3, patch: { outcome: 'Godkendt' } }, 'Indstillingen har ikke et 4. "at" (måske er det slettet)'],
      ['meetings.points.decide', { itemId: decisionId, pointIndex: -1, patch: { outcome: 'Godkendt' } }, 'Indstillingens punkt må ikke være negativ'],
      ['meetings.points.decide', { itemId: 9999, pointIndex: 0, patch: { outcome: 'Godkendt' } }, 'Punktet findes ikke (måske er det slettet)'],
      ['meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { text: 7 } }, 'Beslutning skal være tekst'],
      ['meetings.dissents.add', { itemId: decisionId, pointIndex: 0, memberId: 999 }, 'Medlemmet findes ikke (måske er det fjernet fra styregruppen)'],
      ['meetings.dissents.update', { id: 9999, patch: { text: 'x' } }, 'Den afvigende mening findes ikke (måske er den slettet)'],
    ];
    const changes = () => wb.session.current!.db.prepare('SELECT COUNT(*) FROM change').pluck().get();
    const before = changes();
    for (const [channel, input, message] of cases) expect(await wb.raw(channel, input), message).toMatchObject({ ok: false, error: { message } });
    expect(changes()).toBe(before);
    // A proposal not on the agenda gets no decisions.
    await wb.call('meetings.setUnlocked', { id: meetingId, unlocked: true });
    wb.session.settings.setUser({ name: 'Mette Hansen', role: 'Medlem' });
    const proposal = await wb.call('meetings.items.add', { meetingId, title: 'Forslag' });
    await wb.call('meetings.items.update', { id: proposal.id, patch: { recommendation: ['at noget sker'] } });
    wb.session.settings.setUser({ name: 'Test Bruger', role: 'Formand' });
    expect(await wb.raw('meetings.points.decide', { itemId: proposal.id, pointIndex: 0, patch: { outcome: 'Godkendt' } })).toMatchObject({
      ok: false, error: { message: 'Punktet er ikke på dagsordenen, så der træffes ikke beslutning om det' },
    });
  });

  it('removes an item’s decisions and dissents with the item, undoably', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 0, name: 'Sara Khalil' });
    await wb.call('meetings.setUnlocked', { id: meetingId, unlocked: true });
    await wb.call('meetings.items.remove', { id: decisionId });
    const db = wb.session.current!.db;
    expect(db.prepare('SELECT COUNT(*) FROM point_decision').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM point_dissent').pluck().get()).toBe(0);
    await wb.call('workbook.undo', {});
    expect((await pointsOf(meetingId, decisionId))[0]).toMatchObject({ outcome: 'Godkendt', dissents: [{ name: 'Sara Khalil' }] });
  });
  it('reads a decision on an "at" removed from the Indstilling afterwards as gone, and the check names it', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 2, patch: { outcome: 'Udsat' } });
    await wb.call('meetings.setUnlocked', { id: meetingId, unlocked: true });
    await wb.call('meetings.items.update', { id: decisionId, patch: { recommendation: POINTS.slice(0, 2) } });
    expect((await pointsOf(meetingId, decisionId)).map((p) => p.outcome)).toEqual([null, null]);
    expect((await wb.call('decisions.list', {})).filter((d) => d.id === decisionId)).toEqual([]);
    expect((await wb.call('workbook.check', {})).problems).toContainEqual({
      severity: 'advarsel', area: 'Møder', message: 'Punktet "Lektiecaféens åbningstider" (mødet 2. december 2026) har en beslutning om et 3. "at", som ikke længere står i indstillingen',
    });
  });
});

describe('the decision log', () => {
  it('lists the free-text decision and each point with an outcome, text or dissent; Orientering points once held', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId, infoId } = await heldMeeting();
    await wb.call('meetings.items.update', { id: decisionId, patch: { decision: 'Som indstillet, med ændringer.' } });
    await wb.call('meetings.points.decide', { itemId: decisionId, pointIndex: 1, patch: { outcome: 'Godkendt med ændringer', text: '15.000 kr.' } });
    await wb.call('meetings.dissents.add', { itemId: decisionId, pointIndex: 1, name: 'Sara Khalil', text: 'Imod.' });
    // A planned meeting's Orientering item has decided nothing yet.
    const later = await wb.call('meetings.add', { date: '2027-01-20' });
    const planned = await wb.call('meetings.items.add', { meetingId: later.id, title: 'Orientering om budget' });
    await wb.call('meetings.items.update', { id: planned.id, patch: { recommendation: ['at orienteringen tages til efterretning'] } });

    const log = await wb.call('decisions.list', {});
    const common = { meetingId, meetingDate: '2026-12-02' };
    expect(log).toEqual([
      { ...common, id: decisionId, key: String(decisionId), itemTitle: 'Lektiecaféens åbningstider', pointIndex: null, point: null, outcome: null, outcomeDefaulted: false, decision: 'Som indstillet, med ændringer.', dissents: [] },
      {
        ...common, id: decisionId, key: `${decisionId}.1`, itemTitle: 'Lektiecaféens åbningstider', pointIndex: 1, point: POINTS[1], outcome: 'Godkendt med ændringer', outcomeDefaulted: false, decision: '15.000 kr.',
        dissents: [{ name: 'Sara Khalil', text: 'Imod.' }],
      },
      { ...common, id: infoId, key: `${infoId}.0`, itemTitle: 'Status på indsatserne', pointIndex: 0, point: 'at styregruppen tager status til efterretning', outcome: 'Taget til efterretning', outcomeDefaulted: true, decision: '', dissents: [] },
    ]);
  });
});

describe('migration 010', () => {
  it('upgrades a version 9 workbook, keeping its free-text decisions, and points can be decided at once', async () => {
    wb = createTestWorkbook();
    const { meetingId, decisionId } = await heldMeeting();
    await wb.call('meetings.items.update', { id: decisionId, patch: { decision: 'Udsat til næste møde.' } });
    wb.session.close();
    const old = new Database(wb.path);
    old.exec(DROP_AFTER_VERSION_9);
    old.pragma('user_version = 9');
    old.close();

    reopened = openTestSession(wb.dir);
    reopened.session.open(wb.path);
    expect(fs.readdirSync(wb.dir).some((name) => name.startsWith('test (før opgradering fra v9'))).toBe(true);
    const detail = await reopened.call('meetings.get', { id: meetingId });
    expect(detail.items.find((i) => i.id === decisionId)!.decision).toBe('Udsat til næste møde.');
    expect(detail.pointDecisions).toEqual([]);
    expect(await reopened.call('meetings.points.decide', { itemId: decisionId, pointIndex: 0, patch: { outcome: 'Udsat' } })).toMatchObject({ outcome: 'Udsat' });
  });
});
