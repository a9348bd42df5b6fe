// Several members on one workbook, as the server runs them: one Session, one dispatcher per
// member with that member as the actor. Ctrl+Z undoes the caller's own change, and an edit made
// over a value someone else changed meanwhile is refused instead of overwriting it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { Envelope } from '../../shared/api/envelope';
import type { UserProfile } from '../../shared/domain/user';
import { createDispatcher } from '../../electron/app/dispatcher';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

interface Member {
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>>;
  raw(channel: Channel, input: unknown): Promise<Envelope<unknown>>;
}

function memberOf(t: TestWorkbook, actor: UserProfile): Member {
  const dispatch = createDispatcher(t.session, () => undefined, { actor });
  return {
    raw: (channel, input) => dispatch(channel, input),
    call: async (channel, input) => {
      const envelope = await dispatch(channel, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as ChannelResult<typeof channel>;
    },
  };
}

const LENE: UserProfile = { name: 'Lene Bach Andersen', role: 'Formand' };
const SARA: UserProfile = { name: 'Sara Khalil', role: 'Social innovator' };

function stored<T>(sql: string, ...params: unknown[]): T {
  return wb.session.current!.db.prepare(sql).get(...params) as T;
}

describe('undo is mine', () => {
  it('undoes the caller\'s own last change, not the last change by anyone; each sees their own Fortryd', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    await lene.call('initiatives.update', { id: 1, patch: { title: 'Lenes titel' } });
    await sara.call('initiatives.update', { id: 2, patch: { responsible: 'Sara Khalil' } });

    expect((await lene.call('app.state', {})).undo).toMatchObject({ canUndo: true, undoLabel: expect.stringContaining('indsats 1') });
    expect((await sara.call('app.state', {})).undo).toMatchObject({ canUndo: true, undoLabel: expect.stringContaining('indsats 2') });
    // The app's own user (no actor) did nothing here, so has nothing to undo.
    expect((await wb.call('app.state', {})).undo.canUndo).toBe(false);

    const undone = await lene.call('workbook.undo', {});
    expect(undone.replayed.description).toContain('indsats 1');
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).not.toBe('Lenes titel');
    expect(stored<{ responsible: string }>('SELECT responsible FROM initiative WHERE id = 2').responsible).toBe('Sara Khalil');
    expect(undone).toMatchObject({ canUndo: false, canRedo: true });

    await sara.call('workbook.undo', {});
    expect(stored<{ responsible: string }>('SELECT responsible FROM initiative WHERE id = 2').responsible).not.toBe('Sara Khalil');

    // Redo is each one's own too.
    await lene.call('workbook.redo', {});
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).toBe('Lenes titel');
    expect((await sara.call('app.state', {})).undo).toMatchObject({ canUndo: false, canRedo: true });

    const log = await wb.call('workbook.changeLog', {});
    expect(log.slice(0, 4).map((e) => [e.kind, e.author])).toEqual([
      ['redo', 'Lene Bach Andersen (Formand)'],
      ['undo', 'Sara Khalil (Social innovator)'],
      ['undo', 'Lene Bach Andersen (Formand)'],
      ['edit', 'Sara Khalil (Social innovator)'],
    ]);
  });

  it('refuses to undo over rows another member changed since, naming them, and keeps the step', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    await lene.call('initiatives.update', { id: 1, patch: { title: 'Lenes titel' } });
    await sara.call('initiatives.update', { id: 1, patch: { responsible: 'Sara Khalil' } });
    const before = stored<{ title: string; responsible: string }>('SELECT title, responsible FROM initiative WHERE id = 1');

    const refused = await lene.raw('workbook.undo', {});
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Kan ikke fortrydes: Sara Khalil (Social innovator) har siden ændret de samme rækker' },
    });
    expect(stored('SELECT title, responsible FROM initiative WHERE id = 1')).toEqual(before);
    // The step is still Lene's to undo once Sara's change is gone.
    expect((await lene.call('app.state', {})).undo).toMatchObject({ canUndo: true, undoLabel: expect.stringContaining('indsats 1') });
    await sara.call('workbook.undo', {});
    await lene.call('workbook.undo', {});
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).not.toBe('Lenes titel');
  });

  it('refuses a redo over rows another member changed after the undo', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    await lene.call('activities.add', { initiativeId: 1, name: 'Lektiecafé' });
    const activityId = stored<{ id: number }>("SELECT id FROM activity WHERE name = 'Lektiecafé'").id;
    await lene.call('activities.update', { id: activityId, patch: { note: 'Hver tirsdag' } });
    await lene.call('workbook.undo', {});
    await sara.call('activities.update', { id: activityId, patch: { note: 'Hver onsdag' } });

    expect(await lene.raw('workbook.redo', {})).toMatchObject({
      ok: false, error: { code: 'conflict', message: 'Kan ikke gentages: Sara Khalil (Social innovator) har siden ændret de samme rækker' },
    });
    expect(stored<{ note: string }>('SELECT note FROM activity WHERE id = ?', activityId).note).toBe('Hver onsdag');
    expect((await lene.call('app.state', {})).undo).toMatchObject({ canRedo: true });
  });

  it('lets a local user who renames themselves go on undoing what they did under the old name', async () => {
    wb = createTestWorkbook();
    await wb.call('initiatives.update', { id: 1, patch: { title: 'Før navneskift' } });
    await wb.call('user.set', { name: 'Test Bruger', role: 'Sekretariat' });
    await wb.call('user.set', { name: 'Test Bruger', role: 'Formand' });
    await wb.call('initiatives.update', { id: 1, patch: { responsible: 'Efter' } });
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).not.toBe('Før navneskift');
  });
});

describe('no lost updates', () => {
  it('refuses an edit over a value another member changed since it was seen, naming them; the file keeps theirs', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    const seen = stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title;

    await lene.call('initiatives.update', { id: 1, patch: { title: 'Lenes titel' }, seen: { title: seen } });
    const refused = await sara.raw('initiatives.update', { id: 1, patch: { title: 'Saras titel' }, seen: { title: seen } });
    // The envelope says who changed it, so the sheet can tell this from any other refusal.
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', changedBy: { author: 'Lene Bach Andersen (Formand)', at: expect.any(String) } } });
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Feltet «titel» er ændret af Lene Bach Andersen \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «Lenes titel»\. Din ændring er ikke gemt$/);
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).toBe('Lenes titel');
    // Nothing was recorded for the refused edit.
    expect((await wb.call('workbook.changeLog', {}))[0]!.author).toBe('Lene Bach Andersen (Formand)');

    // Having seen Lene's title, Sara may change it.
    await sara.call('initiatives.update', { id: 1, patch: { title: 'Saras titel' }, seen: { title: 'Lenes titel' } });
    expect(stored<{ title: string }>('SELECT title FROM initiative WHERE id = 1').title).toBe('Saras titel');
  });

  it('lets two members edit different fields of the same agenda item', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const anne = memberOf(wb, { name: 'Anne Holm', role: 'Formand' });
    const meeting = await lene.call('meetings.add', { date: '2027-01-14' });
    const item = await lene.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne' });

    await lene.call('meetings.items.update', { id: item.id, patch: { title: 'Status på de tre indsatser' }, seen: { title: item.title } });
    // Anne saw the item as it was before Lene's edit, but changes another field.
    await anne.call('meetings.items.update', { id: item.id, patch: { caseText: 'Indsatserne gennemgås' }, seen: { caseText: item.caseText } });
    expect(stored('SELECT title, case_text AS caseText FROM agenda_item WHERE id = ?', item.id)).toEqual({
      title: 'Status på de tre indsatser', caseText: 'Indsatserne gennemgås',
    });
  });

  it('compares amounts as stored (forbrug in øre) and names the amount and who changed it', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    const line = (await lene.call('budget.get', {})).data.groups.flatMap((g) => g.lines).find((l) => l.costType === 'Forløb')!;
    const cell = { lineId: line.id, year: 2021, measure: 'actual' as const };

    await lene.call('budget.amounts.set', { cells: [{ ...cell, value: 1234.5, seen: null }] });
    // Lene again, over her own value: no conflict, even had her sheet not caught up.
    await lene.call('budget.amounts.set', { cells: [{ ...cell, value: 1234.56, seen: null }] });
    const refused = await sara.raw('budget.amounts.set', { cells: [{ ...cell, value: 99, seen: null }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((refused as { error: { message: string } }).error.message).toMatch(
      /^Forbrug 2021 for "Forløb" \(.+\) er ændret af Lene Bach Andersen \(Formand\) kl\. \d\d\.\d\d, mens du skrev: nu «1\.234,56 kr\.»\. Din ændring er ikke gemt$/,
    );
    expect(stored<{ actual_ore: number }>('SELECT actual_ore FROM budget_amount WHERE line_id = ? AND year = 2021', line.id).actual_ore).toBe(123_456);
    // Seen as shown, in kroner and øre: accepted.
    await sara.call('budget.amounts.set', { cells: [{ ...cell, value: 99, seen: 1234.56 }] });
    expect(stored<{ actual_ore: number }>('SELECT actual_ore FROM budget_amount WHERE line_id = ? AND year = 2021', line.id).actual_ore).toBe(9_900);

    // Emptied by Lene (the year row is removed): Sara, who saw 99, hears so.
    await lene.call('budget.amounts.set', { cells: [{ ...cell, value: null, seen: 99 }] });
    expect(await sara.raw('budget.amounts.set', { cells: [{ ...cell, value: 5, seen: 99 }] })).toMatchObject({
      ok: false, error: { code: 'conflict', message: expect.stringContaining('af Lene Bach Andersen (Formand)') },
    });
  });

  it('compares lists and yes/no fields in their stored form', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const anne = memberOf(wb, { name: 'Anne Holm', role: 'Formand' });
    const effects = (await lene.call('initiatives.list', {}))[0]!.effects;
    await lene.call('initiatives.update', { id: 1, patch: { effects: [...effects, 'Flere i job'] }, seen: { effects } });
    expect(await anne.raw('initiatives.update', { id: 1, patch: { effects: [] }, seen: { effects } })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await anne.call('initiatives.update', { id: 1, patch: { effects: [] }, seen: { effects: [...effects, 'Flere i job'] } });

    const meeting = await lene.call('meetings.add', { date: '2027-01-14' });
    const participant = (await lene.call('meetings.get', { id: meeting.id })).participants[0]!;
    await lene.call('meetings.participants.update', { id: participant.id, patch: { present: false }, seen: { present: participant.present } });
    expect(await anne.raw('meetings.participants.update', { id: participant.id, patch: { absenceNote: 'x', present: true }, seen: { present: participant.present } }))
      .toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('nu «nej»') } });
  });

  it('stores as before without `seen` (the CLI, older callers), and checks each cell of a paste', async () => {
    wb = createTestWorkbook();
    const lene = memberOf(wb, LENE);
    const sara = memberOf(wb, SARA);
    await lene.call('partners.add', { name: 'Jobcenter Gladsaxe' });
    const partner = (await sara.call('partners.list', {})).find((p) => p.name === 'Jobcenter Gladsaxe')!;
    await lene.call('partners.update', { id: partner.id, patch: { contact: 'Lene' } });
    await sara.call('partners.update', { id: partner.id, patch: { contact: 'Sara' } });
    expect(stored<{ contact: string }>('SELECT contact FROM partner WHERE id = ?', partner.id).contact).toBe('Sara');

    await lene.call('partners.update', { id: partner.id, patch: { contact: 'Lene igen' }, seen: { contact: 'Sara' } });
    const pasted = await sara.raw('grid.paste', {
      grid: 'Partnere',
      cells: [
        { channel: 'partners.update', input: { id: partner.id, patch: { note: 'Ny note' }, seen: { note: '' } }, where: 'række 1, kolonnen "Note"' },
        { channel: 'partners.update', input: { id: partner.id, patch: { contact: 'Sara igen' }, seen: { contact: 'Sara' } }, where: 'række 1, kolonnen "Kontakt"' },
      ],
    });
    expect(pasted).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Lene Bach Andersen (Formand)') } });
    // The whole block or nothing: the first cell's note was not stored either.
    expect(stored('SELECT contact, note FROM partner WHERE id = ?', partner.id)).toEqual({ contact: 'Lene igen', note: '' });
  });
});
