// Taking a »Forslag til dagsorden« onto the agenda through the real dispatcher: the item carries the
// suggestion's type, Indstilling, Sagsfremstilling and initiative, remembers its source (so the
// suggestion leaves the list even when the item is renamed), is one undoable change, and every
// refusal is Danish and writes nothing.
import { afterEach, describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../shared/domain/meeting';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let open: TestWorkbook | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function workbook(): TestWorkbook {
  open = createTestWorkbook();
  return open;
}

async function agenda(wb: TestWorkbook, meetingId: number): Promise<AgendaItem[]> {
  return (await wb.call('meetings.get', { id: meetingId })).items;
}

async function sources(wb: TestWorkbook, meetingId: number): Promise<string[]> {
  return (await wb.call('meetings.suggestions', { meetingId })).suggestions.map((s) => `${s.source.kind} ${s.source.id}`);
}

describe('taking a suggestion onto the agenda', () => {
  it('puts the phase’s item before Eventuelt with the suggested content, and the suggestion leaves the list', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2019-05-15' });
    const before = await wb.call('meetings.suggestions', { meetingId: meeting.id });
    const phase = before.suggestions.find((s) => s.source.kind === 'fase' && s.source.id === 1)!;
    expect(phase.title).toBe('Plan, indsats 1: Planlægning af ansættelse og indsats');

    const item = await wb.call('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'fase', sourceId: 1 });
    expect(item).toMatchObject({
      title: phase.title,
      type: phase.type,
      initiativeId: 1,
      recommendation: phase.recommendation,
      caseText: phase.caseText,
      proposalState: 'accepteret',
      proposedBy: '',
      sourceKind: 'fase',
      sourceId: 1,
    });
    const titles = (await agenda(wb, meeting.id)).map((i) => i.title);
    expect(titles.indexOf(phase.title)).toBe(titles.length - 2);
    expect(titles.at(-1)).toBe('Eventuelt');
    expect(await sources(wb, meeting.id)).not.toContain('fase 1');

    // Reworded by the chair, it is still the same item: the suggestion does not come back.
    await wb.call('meetings.items.update', { id: item.id, patch: { title: 'Status på opstarten i Mørkhøj' } });
    expect(await sources(wb, meeting.id)).not.toContain('fase 1');

    const [entry] = await wb.call('workbook.changeLog', { limit: 2 }).then((log) => log.slice(1));
    expect(entry!.description).toBe('Tag forslaget »Plan, indsats 1: Planlægning af ansættelse og indsats« med på dagsordenen for mødet 15. maj 2019');
  });

  it('is one undoable change: undo removes the item and the suggestion is back, redo puts it back', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2019-05-15' });
    const count = (await agenda(wb, meeting.id)).length;
    await wb.call('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'fase', sourceId: 9 });
    expect(await agenda(wb, meeting.id)).toHaveLength(count + 1);
    await wb.call('workbook.undo', {});
    expect(await agenda(wb, meeting.id)).toHaveLength(count);
    expect(await sources(wb, meeting.id)).toContain('fase 9');
    await wb.call('workbook.redo', {});
    expect((await agenda(wb, meeting.id)).some((i) => i.sourceKind === 'fase' && i.sourceId === 9)).toBe(true);
  });

  it('accepts a proposal made for this meeting in place, and moves one made for an earlier meeting here', async () => {
    const wb = workbook();
    const earlier = await wb.call('meetings.add', { date: '2020-03-11' });
    const meeting = await wb.call('meetings.add', { date: '2020-05-13' });
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const old = await wb.call('meetings.items.add', { meetingId: earlier.id, title: 'Lektiecafé i Mørkhøj', type: 'Drøftelse' });
    const fresh = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Sommeraktiviteter 2020', type: 'Orientering' });
    await wb.call('user.set', { name: 'Lene Bach Andersen', role: 'Formand' });

    const here = await wb.call('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'forslag', sourceId: fresh.id });
    expect(here).toMatchObject({ id: fresh.id, proposalState: 'accepteret', proposedBy: 'Sara Khalil', sourceKind: 'forslag', sourceId: fresh.id });

    const moved = await wb.call('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'forslag', sourceId: old.id });
    expect(moved).toMatchObject({ meetingId: meeting.id, title: 'Lektiecafé i Mørkhøj', type: 'Drøftelse', proposedBy: 'Sara Khalil', proposalState: 'accepteret' });
    const left = (await agenda(wb, earlier.id)).find((i) => i.id === old.id)!;
    expect(left).toMatchObject({ proposalState: 'afvist', declineReason: 'Taget med på dagsordenen til mødet 13. maj 2020' });
    expect((await sources(wb, meeting.id)).filter((s) => s.startsWith('forslag'))).toEqual([]);
  });

  it('refuses in Danish and writes nothing: another role, a suggestion no longer there, a held meeting, bad input', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2019-05-15' });
    const log = (await wb.call('workbook.changeLog', {})).length;

    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const role = await wb.raw('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'fase', sourceId: 1 });
    expect(role.ok).toBe(false);
    if (!role.ok) expect(role.error.message).toMatch(/Social innovator/);
    await wb.call('user.set', { name: 'Lene Bach Andersen', role: 'Formand' });

    const gone = await wb.raw('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'budgetlinje', sourceId: 1 });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.message).toBe('Forslaget er her ikke længere – det er måske allerede på dagsordenen, eller det, det byggede på, er ændret. Listen er opdateret.');

    const bad = await wb.raw('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'gæt', sourceId: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toContain('Forslagets kilde skal være en af: handling, fase');
    expect((await wb.call('workbook.changeLog', {})).length).toBe(log);

    await wb.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' });
    const held = await wb.raw('meetings.suggestions.take', { meetingId: meeting.id, sourceKind: 'fase', sourceId: 1 });
    expect(held.ok).toBe(false);
    if (!held.ok) expect(held.error.message).toMatch(/afholdt|låst/i);
  });
});
