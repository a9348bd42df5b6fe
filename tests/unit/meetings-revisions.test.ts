import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/dates';
import { agendaRevisedOn } from '../../shared/meetings/revisions';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const today = todayIso();

/** A meeting with one item of the chair's own besides the standing items. */
async function meetingWithItem(date = '2026-12-02') {
  const meeting = await wb.call('meetings.add', { date });
  const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på lektiecaféen', minutes: 20 });
  return { meetingId: meeting.id, itemId: item.id };
}

async function itemOf(meetingId: number, itemId: number) {
  const detail = await wb.call('meetings.get', { id: meetingId });
  return detail.items.find((i) => i.id === itemId)!;
}

async function marks(meetingId: number) {
  const detail = await wb.call('meetings.get', { id: meetingId });
  return detail.items.filter((i) => i.revision !== null).map((i) => [i.title, i.revision, i.revisedOn]);
}

describe('Changes to an agenda after it was sent', () => {
  it('marks nothing while the meeting is planned', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    await wb.call('meetings.items.update', { id: itemId, patch: { title: 'Lektiecaféen', minutes: 30, caseText: 'Ny tekst' } });
    await wb.call('meetings.items.add', { meetingId, title: 'Midtvejsevaluering' });
    await wb.call('meetings.items.move', { id: itemId, toPosition: 1 });
    await wb.call('meetings.update', { id: meetingId, patch: { place: 'Rådhuset' } });
    const detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.items.every((i) => i.revision === null && i.revisedOn === null)).toBe(true);
    expect(detail.withdrawnItems).toEqual([]);
    expect(detail.meeting.factsRevisedOn).toBeNull();
    expect(agendaRevisedOn(detail)).toBeNull();
  });

  it('marks a changed item "ændret" and a new one "ny" once the agenda is sent, and undo takes each mark back with its change', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    await wb.call('meetings.setStatus', { id: meetingId, status: 'dagsorden udsendt' });

    // The minutes of an item are not the agenda: writing them marks nothing.
    await wb.call('meetings.items.update', { id: itemId, patch: { minutesText: 'Noter undervejs' } });
    // Nor does storing a value the item already has.
    await wb.call('meetings.items.update', { id: itemId, patch: { minutes: 20 } });
    expect(await marks(meetingId)).toEqual([]);

    await wb.call('meetings.items.update', { id: itemId, patch: { recommendation: ['at orienteringen tages til efterretning'] } });
    expect(await itemOf(meetingId, itemId)).toMatchObject({ revision: 'ændret', revisedOn: today });
    const added = await wb.call('meetings.items.add', { meetingId, title: 'Midtvejsevaluering' });
    expect(added).toMatchObject({ revision: 'ny', revisedOn: today });
    // A new item that is then edited is still new.
    await wb.call('meetings.items.update', { id: added.id, patch: { caseText: 'Evalueringen er klar.' } });
    expect(await itemOf(meetingId, added.id)).toMatchObject({ revision: 'ny' });
    const detail = await wb.call('meetings.get', { id: meetingId });
    expect(agendaRevisedOn(detail)).toBe(today);

    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect(await marks(meetingId)).toEqual([['Status på lektiecaféen', 'ændret', today]]);
    await wb.call('workbook.undo', {});
    expect(await itemOf(meetingId, itemId)).toMatchObject({ revision: null, revisedOn: null, recommendation: [] });
    expect(agendaRevisedOn(await wb.call('meetings.get', { id: meetingId }))).toBeNull();
    await wb.call('workbook.redo', {});
    expect(await itemOf(meetingId, itemId)).toMatchObject({ revision: 'ændret', recommendation: ['at orienteringen tages til efterretning'] });
  });

  it('marks a moved item, an item whose bilag changed, and a new time or place', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    const other = await wb.call('meetings.items.add', { meetingId, title: 'Midtvejsevaluering' });
    await wb.call('meetings.setStatus', { id: meetingId, status: 'dagsorden udsendt' });
    await wb.call('meetings.items.move', { id: other.id, toPosition: 3 });
    expect(await marks(meetingId)).toEqual([['Midtvejsevaluering', 'ændret', today]]);

    const shell = wb.session.shell as { chooseFileToOpen: () => Promise<string | null> };
    const note = path.join(wb.dir, 'Notat om lektiecaféen.pdf');
    fs.writeFileSync(note, '%PDF-1.4');
    shell.chooseFileToOpen = async () => note;
    await wb.call('meetings.attachments.add', { itemId });
    expect(await itemOf(meetingId, itemId)).toMatchObject({ revision: 'ændret', revisedOn: today });

    await wb.call('meetings.update', { id: meetingId, patch: { startTime: '15:00', endTime: '17:00' } });
    expect((await wb.call('meetings.get', { id: meetingId })).meeting.factsRevisedOn).toBe(today);
  });

  it('records an item removed after sending as withdrawn, but not one that came on after sending', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    await wb.call('meetings.setStatus', { id: meetingId, status: 'dagsorden udsendt' });
    await wb.call('meetings.items.remove', { id: itemId });
    const late = await wb.call('meetings.items.add', { meetingId, title: 'Kom på efter udsendelsen' });
    await wb.call('meetings.items.remove', { id: late.id });
    let detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.withdrawnItems.map((w) => [w.title, w.withdrawnOn])).toEqual([['Status på lektiecaféen', today]]);
    expect(agendaRevisedOn(detail)).toBe(today);

    // Undo puts the item back and takes the withdrawal away in the same step.
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.items.map((i) => i.title)).toContain('Status på lektiecaféen');
    expect(detail.withdrawnItems).toEqual([]);
  });

  it('marks a proposal accepted after sending as new, and an item declined after sending as withdrawn until accepted again', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    await wb.call('meetings.setStatus', { id: meetingId, status: 'dagsorden udsendt' });
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const proposal = await wb.call('meetings.items.add', { meetingId, title: 'Erfaringer fra fællesspisningen' });
    expect(proposal).toMatchObject({ revision: null });
    await wb.call('user.set', { name: 'Lene Bach', role: 'Formand' });
    expect(await wb.call('meetings.items.decide', { id: proposal.id, accept: true })).toMatchObject({ revision: 'ny', revisedOn: today });

    await wb.call('meetings.items.decide', { id: itemId, accept: false, reason: 'Udskudt til næste møde' });
    expect((await wb.call('meetings.get', { id: meetingId })).withdrawnItems.map((w) => w.title)).toEqual(['Status på lektiecaféen']);
    // Back on the agenda it went out with: changed, not new, and no longer withdrawn.
    await wb.call('meetings.items.decide', { id: itemId, accept: true });
    const detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.withdrawnItems).toEqual([]);
    expect(detail.items.find((i) => i.id === itemId)).toMatchObject({ revision: 'ændret' });

    // Declined, then removed: still withdrawn, and a new item (SQLite may reuse the id) is new.
    await wb.call('meetings.items.decide', { id: itemId, accept: false, reason: 'Udskudt igen' });
    await wb.call('meetings.items.remove', { id: itemId });
    const next = await wb.call('meetings.items.add', { meetingId, title: 'Sommerfest' });
    expect(next).toMatchObject({ revision: 'ny' });
    expect((await wb.call('meetings.get', { id: meetingId })).withdrawnItems.map((w) => [w.title, w.itemId])).toEqual([['Status på lektiecaféen', null]]);
  });

  it('forgets the marks when the agenda is planned again, undoably', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    await wb.call('meetings.setStatus', { id: meetingId, status: 'dagsorden udsendt' });
    await wb.call('meetings.items.update', { id: itemId, patch: { title: 'Lektiecaféen' } });
    await wb.call('meetings.update', { id: meetingId, patch: { place: 'Rådhuset' } });
    await wb.call('meetings.setStatus', { id: meetingId, status: 'planlagt' });
    let detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.items.every((i) => i.revision === null)).toBe(true);
    expect(detail.meeting.factsRevisedOn).toBeNull();
    await wb.call('workbook.undo', {});
    detail = await wb.call('meetings.get', { id: meetingId });
    expect(detail.meeting).toMatchObject({ status: 'dagsorden udsendt', factsRevisedOn: today });
    expect(await marks(meetingId)).toEqual([['Lektiecaféen', 'ændret', today]]);
  });

  it('refuses minutes that are not a whole number, whatever the renderer sends', async () => {
    wb = createTestWorkbook();
    const { meetingId, itemId } = await meetingWithItem();
    for (const minutes of [1.5, 15.000001, '15', -5, Number.NaN]) {
      const envelope = await wb.raw('meetings.items.update', { id: itemId, patch: { minutes } });
      expect(envelope.ok, String(minutes)).toBe(false);
    }
    expect(await wb.raw('meetings.items.update', { id: itemId, patch: { minutes: 1.5 } })).toMatchObject({ error: { message: 'Minutter skal være et helt tal' } });
    expect(await wb.raw('meetings.items.add', { meetingId, minutes: 2.5 })).toMatchObject({ ok: false });
    expect((await itemOf(meetingId, itemId)).minutes).toBe(20);
  });
});

describe('Renaming a member of the steering group', () => {
  it('renames the participant in meetings not yet held, keeps held meetings as they were, in one undo', async () => {
    wb = createTestWorkbook();
    const [member] = (await wb.call('program.get', {})).members;
    await wb.call('members.update', { id: member!.id, patch: { name: 'Lene Bach' } });
    const held = await wb.call('meetings.add', { date: '2026-09-01' });
    const sent = await wb.call('meetings.add', { date: '2026-11-01' });
    const planned = await wb.call('meetings.add', { date: '2026-12-02' });
    await wb.call('meetings.setStatus', { id: held.id, status: 'afholdt' });
    await wb.call('meetings.setStatus', { id: sent.id, status: 'dagsorden udsendt' });

    await wb.call('members.update', { id: member!.id, patch: { name: 'Lene Bach Andersen', role: 'Formand, skolechef' } });
    const participant = async (meetingId: number) => (await wb.call('meetings.get', { id: meetingId })).participants.find((p) => p.memberId === member!.id)!;
    expect(await participant(planned.id)).toMatchObject({ name: 'Lene Bach Andersen', role: 'Formand, skolechef' });
    expect(await participant(sent.id)).toMatchObject({ name: 'Lene Bach Andersen', role: 'Formand, skolechef' });
    expect(await participant(held.id)).toMatchObject({ name: 'Lene Bach', role: member!.role });

    const log = await wb.call('workbook.changeLog', {});
    expect(log[0]!.description).toBe('Ret medlem af styregruppen');
    await wb.call('workbook.undo', {});
    expect(await participant(planned.id)).toMatchObject({ name: 'Lene Bach', role: member!.role });
    expect((await wb.call('program.get', {})).members[0]).toMatchObject({ name: 'Lene Bach' });
  });

  it('leaves a name written by hand at the meeting alone', async () => {
    wb = createTestWorkbook();
    const [member] = (await wb.call('program.get', {})).members;
    await wb.call('members.update', { id: member!.id, patch: { name: 'Lene Bach' } });
    const planned = await wb.call('meetings.add', { date: '2026-12-02' });
    const row = (await wb.call('meetings.get', { id: planned.id })).participants.find((p) => p.memberId === member!.id)!;
    await wb.call('meetings.participants.update', { id: row.id, patch: { name: 'Lene Bach (stedfortræder: Ole Dahl)' } });
    await wb.call('members.update', { id: member!.id, patch: { name: 'Lene Bach Andersen' } });
    expect((await wb.call('meetings.get', { id: planned.id })).participants.find((p) => p.id === row.id)!.name).toBe('Lene Bach (stedfortræder: Ole Dahl)');
  });
});
