// How a refused change reads in the Konflikter list, and how it is sent again having seen theirs,
// for the kinds of change beyond a single cell: a pasted block, the programme's own fields, a
// yes/no field, a move and a removal. The list's source here is a local workbook (its real
// handlers and workbook.rows) standing where the server is; who changed a field in between is
// another user of that file.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RefusedChangeList } from '../../shared/domain/refused-change';
import { answerConflictCall, type RefusedChangeSource } from '../../electron/app/conflict-calls';
import { Outbox, type RefusedEntry } from '../../electron/remote/outbox';
import { createTestWorkbook, tempDir, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const AT = '2026-12-04T09:15:00.000Z';

/** The refused list kept in memory, in front of the workbook: sending again runs the change on it. */
function sourceOver(workbook: TestWorkbook, changes: Array<Pick<RefusedEntry, 'channel' | 'input'>>): RefusedChangeSource & { entries: RefusedEntry[] } {
  const entries: RefusedEntry[] = changes.map((change, i) => ({ ...change, callId: `c${i}`, at: AT, refusedAt: AT, message: 'Afvist' }));
  return {
    entries,
    get refusedChanges() {
      return entries;
    },
    invoke: (channel, input) => workbook.raw(channel, input),
    dropRefused: (callId) => entries.splice(entries.findIndex((e) => e.callId === callId), 1).length === 1,
    sendRefusedAgain: async (callId, input) => {
      const entry = entries.find((e) => e.callId === callId)!;
      const answer = await workbook.raw(entry.channel, input);
      if (answer.ok) entries.splice(entries.indexOf(entry), 1);
      else entry.message = answer.error.message;
      return answer;
    },
  };
}

async function listOf(source: RefusedChangeSource): Promise<RefusedChangeList> {
  const answer = await answerConflictCall(source, 'conflicts.list', {});
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as RefusedChangeList;
}

/** Another user changes the workbook, then the first is back at the machine. */
async function asOther<T>(work: () => Promise<T>): Promise<T> {
  const me = wb.session.settings.user!;
  wb.session.settings.setUser({ name: 'Sara Khalil', role: 'Formand' });
  try {
    return await work();
  } finally {
    wb.session.settings.setUser(me);
  }
}

describe('a refused change in the Konflikter list', () => {
  it('a pasted block: each cell by where it was, mine beside theirs; sent again, every cell is stored', async () => {
    wb = createTestWorkbook();
    const [first, second] = (await wb.call('program.get', {})).members;
    await asOther(() => wb.call('members.update', { id: first!.id, patch: { email: 'sara@gladsaxe.dk' } }));
    await asOther(() => wb.call('members.update', { id: second!.id, patch: { organisation: 'Saras organisation' } }));
    const source = sourceOver(wb, [{
      channel: 'grid.paste',
      input: {
        grid: 'Styregruppens medlemmer',
        cells: [
          { channel: 'members.update', input: { id: first!.id, patch: { email: 'lene@gladsaxe.dk' }, seen: { email: first!.email } }, where: 'række 1, E-mail' },
          { channel: 'members.update', input: { id: second!.id, patch: { organisation: 'BKF' }, seen: { organisation: second!.organisation } }, where: 'række 2, Organisation' },
        ],
      },
    }]);
    const [change] = (await listOf(source)).changes;
    expect(change).toMatchObject({
      sheet: 'Program',
      subject: 'Indsat i «Styregruppens medlemmer»',
      action: 'indsat blok',
      fields: [
        { label: 'række 1, E-mail', mine: 'lene@gladsaxe.dk', theirs: 'sara@gladsaxe.dk' },
        { label: 'række 2, Organisation', mine: 'BKF', theirs: 'Saras organisation' },
      ],
      mineText: 'række 1, E-mail: lene@gladsaxe.dk\nrække 2, Organisation: BKF',
    });
    // As it was, the block is refused as a conflict; having seen theirs, it is stored.
    expect(await wb.raw('grid.paste', source.entries[0]!.input)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await answerConflictCall(source, 'conflicts.applyMine', { callId: change!.callId })).toMatchObject({ ok: true, value: { changes: [] } });
    const members = (await wb.call('program.get', {})).members;
    expect(members.find((m) => m.id === first!.id)?.email).toBe('lene@gladsaxe.dk');
    expect(members.find((m) => m.id === second!.id)?.organisation).toBe('BKF');
  });

  it('the programme, a yes/no field, a move and a removal read as what they are', async () => {
    wb = createTestWorkbook();
    const program = await wb.call('program.get', {});
    const meeting = await wb.call('meetings.add', { date: '2027-03-02', place: 'Værebro Park' });
    const participant = (await wb.call('meetings.get', { id: meeting.id })).participants[0]!;
    const partner = await wb.call('partners.add', { name: 'Jobcenter Gladsaxe' });
    await asOther(async () => {
      await wb.call('program.update', { patch: { title: 'Saras titel' } });
      await wb.call('meetings.participants.update', { id: participant.id, patch: { present: !participant.present } });
    });
    const source = sourceOver(wb, [
      { channel: 'program.update', input: { patch: { title: 'Min titel' }, seen: { title: program.program.title } } },
      { channel: 'meetings.participants.update', input: { id: participant.id, patch: { present: participant.present, absenceNote: 'Syg' }, seen: { present: participant.present, absenceNote: '' } } },
      { channel: 'program.list.move', input: { id: program.lists.goal[0]!.id, toPosition: 3 } },
      { channel: 'partners.remove', input: { id: partner.id } },
    ]);
    const list = await listOf(source);
    expect(list.changes.map(({ sheet, subject, action, fields }) => ({ sheet, subject, action, fields }))).toEqual([
      { sheet: 'Program', subject: 'Program', action: 'rettelse', fields: [{ label: 'programmets titel', mine: 'Min titel', theirs: 'Saras titel' }] },
      {
        sheet: 'Møder', subject: `Mødedeltager «${participant.name || participant.role}»`, action: 'rettelse',
        fields: [
          { label: 'til stede', mine: participant.present ? 'ja' : 'nej', theirs: participant.present ? 'nej' : 'ja' },
          { label: 'bemærkning om afbud', mine: 'Syg', theirs: '(tom)' },
        ],
      },
      { sheet: 'Program', subject: `Punkt på programmets lister «${program.lists.goal[0]!.text.slice(0, 60)}…»`, action: 'flytning', fields: [{ label: 'placering', mine: '3', theirs: '1' }] },
      { sheet: 'Indsatser', subject: 'Partner «Jobcenter Gladsaxe»', action: 'sletning', fields: [] },
    ]);
    // Sent again with what is stored now as seen (the yes/no Sara set), it is stored.
    expect(await answerConflictCall(source, 'conflicts.applyMine', { callId: 'c1' })).toMatchObject({ ok: true });
    expect((await wb.call('meetings.get', { id: meeting.id })).participants.find((p) => p.id === participant.id)).toMatchObject({ present: participant.present, absenceNote: 'Syg' });
    // Taken theirs, the programme keeps Sara's title.
    expect(await answerConflictCall(source, 'conflicts.takeTheirs', { callId: 'c0' })).toMatchObject({ ok: true });
    expect((await wb.call('program.get', {})).program.title).toBe('Saras titel');
    expect(source.entries.map((e) => e.callId)).toEqual(['c2', 'c3']);
  });
});

describe('the refused list on disk', () => {
  it('a refused row added offline goes again with the refused changes to it, or is dropped with them; others stay', () => {
    const dir = tempDir('arbejdsbogen-udbakke-');
    try {
      const file = path.join(dir, 'udbakke.json');
      const outbox = new Outbox(file);
      // Added offline in the copy as item 41, then changed; a change to another item besides.
      const add = outbox.add('meetings.items.add', { meetingId: 3, title: 'Nyt punkt' }, 41);
      const change = outbox.add('meetings.items.update', { id: 41, patch: { presenter: 'Lene' } });
      const other = outbox.add('meetings.items.update', { id: 7, patch: { presenter: 'Lene' } });
      outbox.refuse(add.callId, 'Mødet er afholdt, så dagsordenen er låst');
      outbox.refuse(other.callId, 'Feltet er ændret af en anden');
      expect(outbox.refused.map((e) => e.input)).toEqual([add.input, change.input, other.input]);

      const again = outbox.retry(add.callId, add.input);
      expect(again.map((e) => [e.channel, e.input, e.localId])).toEqual([['meetings.items.add', add.input, 41], ['meetings.items.update', change.input, undefined]]);
      expect(again.map((e) => e.callId)).not.toContain(add.callId);
      // Read back from disk: one write moved both.
      const reread = new Outbox(file);
      expect(reread.waiting.map((e) => e.callId)).toEqual(again.map((e) => e.callId));
      expect(reread.refused.map((e) => e.callId)).toEqual([other.callId]);

      reread.refuse(again[0]!.callId, 'Stadig låst');
      expect(reread.dismiss(reread.refused.find((e) => e.channel === 'meetings.items.add')!.callId)).toBe(true);
      expect(reread.refused.map((e) => e.callId)).toEqual([other.callId]);
      expect(reread.waiting).toEqual([]);
      expect(reread.dismiss('findes-ikke')).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a decision on an "at", found by its item and point: mine beside theirs, stored when applied again', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2026-12-02' });
    const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Lektiecaféen i 2027', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: item.id, patch: { recommendation: ['at åbningstiden flyttes', 'at budgettet forhøjes'] } });
    await asOther(() => wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 1, patch: { outcome: 'Udsat', text: 'Saras tekst' } }));
    const mine = { itemId: item.id, pointIndex: 1, patch: { outcome: 'Godkendt', text: 'Min tekst' }, seen: { outcome: null, text: '' } };
    expect(await wb.raw('meetings.points.decide', mine)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const source = sourceOver(wb, [{ channel: 'meetings.points.decide', input: mine }]);
    const [change] = (await listOf(source)).changes;
    expect(change).toMatchObject({
      sheet: 'Møder',
      subject: 'Beslutning om 2. "at" i «Lektiecaféen i 2027»',
      fields: [
        { label: 'udfald', mine: 'Godkendt', theirs: 'Udsat' },
        { label: 'beslutning', mine: 'Min tekst', theirs: 'Saras tekst' },
      ],
    });
    expect(await answerConflictCall(source, 'conflicts.applyMine', { callId: change!.callId })).toMatchObject({ ok: true, value: { changes: [] } });
    expect(wb.session.current!.db.prepare('SELECT outcome, text FROM point_decision WHERE item_id = ? AND point_index = 1').get(item.id)).toEqual({ outcome: 'Godkendt', text: 'Min tekst' });
  });
});
