import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readMeetingDetail } from '../../electron/features/meetings/read-meeting';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';
import { roleRefusal } from '../../shared/api/permissions';

let wb: TestWorkbook;
afterEach(() => wb?.close());

async function newMeeting(date = '2026-12-02') {
  return wb.call('meetings.add', { date });
}

describe('meetings through the real dispatcher', () => {
  it('creates a meeting with the standing items and the members as participants, all present', async () => {
    wb = createTestWorkbook();
    const meeting = await newMeeting();
    expect(meeting).toMatchObject({ date: '2026-12-02', startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek', status: 'planlagt', unlocked: false });
    const detail = await wb.call('meetings.get', { id: meeting.id });
    expect(detail.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Eventuelt']);
    expect(detail.items.map((i) => i.standing)).toEqual(['approveAgenda', 'followUp', 'anyOtherBusiness']);
    expect(detail.participants).toHaveLength(4);
    expect(detail.participants.every((p) => p.present && p.memberId !== null)).toBe(true);
    expect(detail.participants[1]!.role).toContain('Social innovator');
    expect(detail.schedule.slots[detail.items[0]!.id]).toEqual({ start: '14:00', end: '14:05' });
  });

  it('adds items before Eventuelt, reorders them, computes slots, and flags an overlong agenda', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    const a = await wb.call('meetings.items.add', { meetingId: id, title: 'Status på lektiecaféen', minutes: 30 });
    const b = await wb.call('meetings.items.add', { meetingId: id, title: 'Midtvejsevaluering', type: 'Beslutning', minutes: 45 });
    let detail = await wb.call('meetings.get', { id });
    expect(detail.items.map((i) => i.title)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status på lektiecaféen', 'Midtvejsevaluering', 'Eventuelt']);
    expect(detail.schedule.slots[b.id]).toEqual({ start: '14:45', end: '15:30' });

    await wb.call('meetings.items.move', { id: b.id, toPosition: 2 });
    detail = await wb.call('meetings.get', { id });
    expect(detail.items.map((i) => i.id).slice(1, 4)).toEqual([b.id, detail.items[2]!.id, a.id]);
    expect(detail.items.map((i) => i.position)).toEqual([1, 2, 3, 4, 5]);
    expect(detail.schedule.slots[b.id]).toEqual({ start: '14:05', end: '14:50' });

    await wb.call('meetings.items.update', { id: a.id, patch: { minutes: 80 } });
    detail = await wb.call('meetings.get', { id });
    expect(detail.schedule.overrunMinutes).toBe(25);
    const list = await wb.call('meetings.list', {});
    expect(list[0]).toMatchObject({ itemCount: 5, overrunMinutes: 25, plannedMinutes: 145 });
  });

  it('lets the innovator propose and only the chair accept or decline, with a reason kept visible', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const proposal = await wb.call('meetings.items.add', { meetingId: id, title: 'Erfaringer fra fællesspisningen' });
    expect(proposal).toMatchObject({ proposedBy: 'Sara Khalil', proposalState: 'foreslået' });
    const refused = await wb.raw('meetings.items.decide', { id: proposal.id, accept: true });
    // The table of roles (shared/api/permissions.ts) refuses before the meeting rule is asked.
    expect(refused).toEqual({ ok: false, error: { code: 'refused', message: roleRefusal('Social innovator') } });
    const second = await wb.call('meetings.items.add', { meetingId: id, title: 'Nyt logo' });

    let detail = await wb.call('meetings.get', { id });
    expect(detail.schedule.slots[proposal.id]).toBeUndefined();

    await wb.call('user.set', { name: 'Lene Bach', role: 'Formand' });
    const declineWithout = await wb.raw('meetings.items.decide', { id: second.id, accept: false });
    expect(declineWithout).toMatchObject({ ok: false, error: { message: 'Skriv en begrundelse for at afvise forslaget' } });
    expect((await wb.call('meetings.items.decide', { id: proposal.id, accept: true })).proposalState).toBe('accepteret');
    await wb.call('meetings.items.decide', { id: second.id, accept: false, reason: 'Hører under kommunikationsafdelingen' });

    detail = await wb.call('meetings.get', { id });
    const declined = detail.items.find((i) => i.id === second.id)!;
    expect(declined).toMatchObject({ proposalState: 'afvist', declineReason: 'Hører under kommunikationsafdelingen', proposedBy: 'Sara Khalil' });
    expect(detail.schedule.slots[proposal.id]).toBeDefined();
    expect(detail.schedule.slots[second.id]).toBeUndefined();

    // The accept is undoable like any change.
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    detail = await wb.call('meetings.get', { id });
    expect(detail.items.find((i) => i.id === proposal.id)!.proposalState).toBe('foreslået');
  });

  it('leaves ordering and other items to the chair; a proposer works on and may withdraw their own proposal', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    const chairItem = await wb.call('meetings.items.add', { meetingId: id, title: 'Budget' });
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const own = await wb.call('meetings.items.add', { meetingId: id, title: 'Forslag' });
    expect((await wb.call('meetings.items.update', { id: own.id, patch: { caseText: 'To afsnit.\n\nAndet afsnit.' } })).caseText).toBe('To afsnit.\n\nAndet afsnit.');
    expect(await wb.raw('meetings.items.update', { id: chairItem.id, patch: { title: 'Mit punkt' } })).toMatchObject({
      ok: false, error: { message: 'Kun formanden kan ændre dette punkt. Du kan foreslå et nyt punkt til dagsordenen' },
    });
    expect(await wb.raw('meetings.items.move', { id: own.id, toPosition: 1 })).toMatchObject({ ok: false, error: { message: roleRefusal('Social innovator') } });
    expect(await wb.raw('meetings.items.remove', { id: chairItem.id })).toMatchObject({ ok: false, error: { message: 'Kun formanden kan fjerne punkter fra dagsordenen' } });
    await wb.call('meetings.items.remove', { id: own.id });
    expect((await wb.call('meetings.get', { id })).items.map((i) => i.title)).not.toContain('Forslag');
    // Minutes are not the chair's alone: the secretariat writes them too.
    await wb.call('user.set', { name: 'Ole Berg', role: 'Sekretariat' });
    await wb.call('meetings.items.update', { id: chairItem.id, patch: { minutesText: 'Noteret af Ole.' } });
  });

  it('locks agenda and minutes once held and approved, refuses edits in Danish, and unlocks undoably', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    const item = await wb.call('meetings.items.add', { meetingId: id, title: 'Budgetopfølgning' });
    await wb.call('meetings.setStatus', { id, status: 'afholdt' });
    expect(await wb.raw('meetings.items.update', { id: item.id, patch: { title: 'Andet' } })).toMatchObject({
      ok: false, error: { code: 'refused', message: 'Mødet er afholdt, så dagsordenen er låst. Lås mødet op for at rette' },
    });
    // Minutes are still written after the meeting.
    await wb.call('meetings.items.update', { id: item.id, patch: { minutesText: 'Forbruget følger budgettet.', decision: 'Taget til efterretning.' } });
    const action = await wb.call('actions.add', { meetingId: id, itemId: item.id, what: 'Send regnskab til SOB-enheden', memberId: 1, deadline: '2027-01-15' });
    expect(action.who).toBe('Formand for styregruppen (programleder)');

    expect(await wb.raw('meetings.setStatus', { id: (await newMeeting('2027-01-20')).id, status: 'referat godkendt' })).toMatchObject({
      ok: false, error: { message: 'Mødet skal være markeret som afholdt, før referatet kan godkendes' },
    });
    await wb.call('meetings.setStatus', { id, status: 'referat godkendt' });
    for (const [channel, input] of [
      ['meetings.items.update', { id: item.id, patch: { decision: 'Ændret' } }],
      ['actions.add', { meetingId: id, what: 'Ny' }],
      ['actions.update', { id: action.id, patch: { what: 'Ændret' } }],
      ['meetings.items.add', { meetingId: id }],
      ['meetings.items.move', { id: item.id, toPosition: 1 }],
      ['meetings.participants.update', { id: 1, patch: { present: false } }],
      ['meetings.remove', { id }],
    ] as const) {
      const envelope = await wb.raw(channel, input);
      expect(envelope.ok, channel).toBe(false);
    }
    expect(await wb.raw('actions.add', { meetingId: id, what: 'Ny' })).toMatchObject({ error: { message: 'Referatet er godkendt og derfor låst. Lås mødet op for at rette' } });
    // Following up on an action is not editing the minutes.
    expect((await wb.call('actions.update', { id: action.id, patch: { status: 'i gang' } })).status).toBe('i gang');

    await wb.call('meetings.setUnlocked', { id, unlocked: true });
    await wb.call('meetings.items.update', { id: item.id, patch: { decision: 'Taget til efterretning med bemærkninger.' } });
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    const detail = readMeetingDetail(wb.session.current!, id);
    expect(detail.meeting.unlocked).toBe(false);
    expect(detail.items.find((i) => i.id === item.id)!.decision).toBe('Taget til efterretning.');
    // A new status locks again after a correction.
    await wb.call('meetings.setUnlocked', { id, unlocked: true });
    await wb.call('meetings.setStatus', { id, status: 'referat godkendt' });
    expect((await wb.call('meetings.get', { id })).meeting.unlocked).toBe(false);
  });

  it('carries open actions to the next meeting live, and a done action shows as done there', async () => {
    wb = createTestWorkbook();
    const first = await newMeeting('2026-10-01');
    const action = await wb.call('actions.add', { meetingId: first.id, what: 'Indkald til dialogmøde i Værebro Park', who: 'Sara Khalil', deadline: '2026-11-01' });
    await wb.call('actions.add', { meetingId: first.id, what: 'Book lokale', who: 'Jens' });
    const second = await newMeeting('2026-11-12');
    let detail = await wb.call('meetings.get', { id: second.id });
    expect(detail.carriedOver.map((a) => [a.what, a.meetingDate])).toEqual([
      ['Indkald til dialogmøde i Værebro Park', '2026-10-01'],
      ['Book lokale', '2026-10-01'],
    ]);
    expect(detail.previousMeeting).toEqual({ id: first.id, date: '2026-10-01' });

    await wb.call('actions.update', { id: action.id, patch: { status: 'færdig' } });
    detail = await wb.call('meetings.get', { id: second.id });
    const done = detail.carriedOver.find((a) => a.id === action.id)!;
    expect(done.status).toBe('færdig');
    expect(done.completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await wb.call('meetings.get', { id: first.id })).carriedOver).toEqual([]);

    const all = await wb.call('actions.list', {});
    expect(all.map((a) => a.status)).toEqual(['færdig', 'åben']);
  });

  it('keeps a decision log and validates input in Danish', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    const item = await wb.call('meetings.items.add', { meetingId: id, title: 'Forlængelse af lektiecaféen' });
    await wb.call('meetings.items.update', { id: item.id, patch: { decision: 'Styregruppen godkendte forlængelsen til sommeren.' } });
    expect(await wb.call('decisions.list', {})).toEqual([
      {
        id: item.id, key: String(item.id), meetingId: id, meetingDate: '2026-12-02', itemTitle: 'Forlængelse af lektiecaféen',
        pointIndex: null, point: null, outcome: null, outcomeDefaulted: false, decision: 'Styregruppen godkendte forlængelsen til sommeren.', dissents: [],
      },
    ]);
    expect(await wb.raw('meetings.update', { id, patch: { startTime: '25:00' } })).toMatchObject({ error: { message: 'Starttidspunkt skal være et klokkeslæt som 14:00' } });
    expect(await wb.raw('meetings.update', { id, patch: { endTime: '13:00' } })).toMatchObject({ error: { message: 'Mødet skal slutte efter, at det begynder' } });
    expect(await wb.raw('meetings.items.update', { id: item.id, patch: { title: '  ' } })).toMatchObject({ error: { message: 'Titel må ikke være tom' } });
    expect(await wb.raw('meetings.items.update', { id: item.id, patch: { type: 'Vedtagelse' } })).toMatchObject({ error: { message: 'Type skal være en af: Orientering, Drøftelse, Beslutning' } });
    expect(await wb.raw('actions.add', { meetingId: id, what: 'X', deadline: '2026-02-30' })).toMatchObject({ error: { message: 'Frist skal være en gyldig dato (ÅÅÅÅ-MM-DD)' } });
    expect(await wb.raw('meetings.items.update', { id: item.id, patch: { initiativeId: 99 } })).toMatchObject({ error: { code: 'not_found' } });
    await wb.call('meetings.items.update', { id: item.id, patch: { initiativeId: 1, recommendation: ['Styregruppen godkender forlængelsen', ''] } });
    expect((await wb.call('meetings.get', { id })).items.find((i) => i.id === item.id)).toMatchObject({ initiativeId: 1, recommendation: ['at styregruppen godkender forlængelsen'] });
  });

  it('attaches a file chosen in the dialog and opens only stored attachments', async () => {
    wb = createTestWorkbook();
    const { id } = await newMeeting();
    const item = await wb.call('meetings.items.add', { meetingId: id, title: 'Midtvejsevaluering' });
    const file = path.join(wb.dir, 'Midtvejsevaluering.pdf');
    fs.writeFileSync(file, '%PDF-1.4');
    const opened: string[] = [];
    const shell = wb.session.shell as { chooseFileToOpen: (o?: unknown) => Promise<string | null>; openPath: (p: string) => Promise<string | null> };
    const asked: unknown[] = [];
    shell.chooseFileToOpen = async (options) => {
      asked.push(options);
      return file;
    };
    shell.openPath = async (p) => {
      opened.push(p);
      return null;
    };
    const attachment = await wb.call('meetings.attachments.add', { itemId: item.id });
    expect(attachment).toMatchObject({ name: 'Midtvejsevaluering.pdf', path: file, itemId: item.id });
    expect(asked).toEqual([{ title: 'Vælg bilag til punktet', filters: [] }]);
    await wb.call('meetings.attachments.open', { id: attachment!.id });
    expect(opened).toEqual([file]);
    expect(await wb.raw('meetings.attachments.open', { id: attachment!.id, path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    fs.rmSync(file);
    expect(await wb.raw('meetings.attachments.open', { id: attachment!.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(opened).toHaveLength(1);
  });
});
