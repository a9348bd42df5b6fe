// »Siden sidst« on a real workbook through the real handlers: the previous meeting's decisions (not
// its procedure), actions closed and overdue, initiatives whose status changed, and forbrug booked
// since – counted net, so an undo is no news – and the same lines in the dagsorden and the referat.
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateLong, todayIso } from '../../shared/dates';
import { sinceLastSections } from '../../shared/meetings/since-last';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';
import { Packer } from 'docx';
import { loadMeetingDocumentData } from '../../electron/documents/loaders/meetings';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { readDocx } from '../support/docx-reader';

let open: TestWorkbook | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const today = todayIso();

async function twoMeetings(wb: TestWorkbook) {
  const previous = await wb.call('meetings.add', { date: addDays(today, -28) });
  const next = await wb.call('meetings.add', { date: addDays(today, 14) });
  return { previous, next };
}

describe('Siden sidst', () => {
  it('says so at the first meeting', async () => {
    const wb = (open = createTestWorkbook());
    const first = await wb.call('meetings.add', { date: addDays(today, 7) });
    const since = await wb.call('meetings.sinceLast', { meetingId: first.id });
    expect(since.previous).toBeNull();
    expect(sinceLastSections(since)).toEqual([{ heading: 'Siden sidst', lines: ['Det er styregruppens første møde; der er intet tidligere møde at følge op på.'] }]);
  });

  it('lists the previous meeting’s decisions, actions closed and overdue, status changes and forbrug since, net of undo', async () => {
    const wb = (open = createTestWorkbook());
    const { previous, next } = await twoMeetings(wb);
    const items = (await wb.call('meetings.get', { id: previous.id })).items;
    const approve = items.find((i) => i.standing === 'approveAgenda')!;
    await wb.call('meetings.items.update', { id: approve.id, patch: { decision: 'Dagsordenen blev godkendt.' } });
    const club = await wb.call('meetings.items.add', { meetingId: previous.id, title: 'Klubtilbud for de 10–14-årige', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: club.id, patch: { decision: 'Styregruppen godkendte forsøget med åben klub om fredagen.' } });
    const late = await wb.call('actions.add', { meetingId: previous.id, what: 'Aftale med boligforeningen om lokaler', who: 'Karim Haddad', deadline: addDays(today, -3) });
    const done = await wb.call('actions.add', { meetingId: previous.id, what: 'Invitation til forældremøde', who: 'Sara Khalil', deadline: addDays(today, 10) });
    await wb.call('actions.update', { id: done.id, patch: { status: 'færdig' } });
    expect(late.id).toBeGreaterThan(0);

    await wb.call('initiatives.update', { id: 2, patch: { status: 'gul', statusReason: 'Klubben mangler lokaler' } });
    // Set and undone: no change.
    await wb.call('initiatives.update', { id: 3, patch: { status: 'rød' } });
    await wb.call('workbook.undo', {});

    const salary = (await wb.call('budget.get', {})).data.groups.flatMap((g) => g.lines).find((l) => l.costType === 'Løn')!;
    const year = Number(today.slice(0, 4));
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year, measure: 'actual', value: 45_000 }] });
    await wb.call('budget.amounts.set', { cells: [{ lineId: salary.id, year, measure: 'actual', value: 45_125.5 }] });

    const since = await wb.call('meetings.sinceLast', { meetingId: next.id });
    expect(since.previous).toEqual({ id: previous.id, date: previous.date });
    expect(since.until).toBe(today);
    expect(since.decisions.map((d) => d.title)).toEqual(['Klubtilbud for de 10–14-årige']);
    expect(since.actionsClosed.map((a) => a.what)).toEqual(['Invitation til forældremøde']);
    expect(since.actionsOverdue.map((a) => a.what)).toEqual(['Aftale med boligforeningen om lokaler']);
    expect(since.statusChanges).toEqual([
      { initiativeId: 2, name: expect.stringMatching(/^Indsats 2: /), from: 'grøn', to: 'gul', on: today, reason: 'Klubben mangler lokaler' },
    ]);
    expect(since.spending).toEqual({ totalOre: 4_512_550, lines: [{ name: expect.stringContaining('Løn'), year, ore: 4_512_550 }] });

    const span = `${formatDateLong(previous.date)} – ${formatDateLong(today)}`;
    const sections = sinceLastSections(since);
    expect(sections.map((s) => s.heading)).toEqual([`Beslutninger på mødet ${formatDateLong(previous.date)}`, 'Handlinger', 'Indsatsernes status', 'Forbrug']);
    expect(sections[1]!.lines).toEqual([
      `1 handling er gennemført i perioden ${span} (se listen nedenfor).`,
      `Fristen ${formatDateLong(addDays(today, -3))} er overskredet: Aftale med boligforeningen om lokaler (Karim Haddad)`,
    ]);
    expect(sections[3]!.lines[0]).toBe(`Bogført i perioden ${span}: 45.125,50 kr.`);

    // The dagsorden for the next meeting carries the same lines under the follow-up item.
    const data = loadMeetingDocumentData(wb.session.requireWorkbook(), next.id, today);
    const text = (await readDocx(await Packer.toBuffer(agendaDocument(data)))).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('Siden sidst');
    expect(text).toContain('Klubtilbud for de 10–14-årige: Styregruppen godkendte forsøget med åben klub om fredagen.');
    expect(text).toContain('Indsats 2: ');
    expect(text).toContain('fra grøn til gul');
    expect(text).not.toContain('Dagsordenen blev godkendt.');
    // And the referat, made after the meeting, as of the meeting's day.
    const minutes = (await readDocx(await Packer.toBuffer(minutesDocument(data)))).paragraphs.map((p) => p.text).join('\n');
    expect(minutes).toContain(`Bogført i perioden ${span}: 45.125,50 kr.`);
  });

  it('leaves out changes made before the previous meeting and counts to the meeting’s day once it is past', async () => {
    const wb = (open = createTestWorkbook());
    await wb.call('meetings.add', { date: addDays(today, -60) });
    const held = await wb.call('meetings.add', { date: addDays(today, -30) });
    await wb.call('initiatives.update', { id: 1, patch: { status: 'rød' } });
    const db = wb.session.requireWorkbook().db;
    // The status was set before the previous meeting (the log's time moved back, as if done then).
    db.prepare('UPDATE change_set SET at = ? WHERE id = (SELECT MAX(id) FROM change_set)').run(`${addDays(today, -90)}T10:00:00.000Z`);
    const since = await wb.call('meetings.sinceLast', { meetingId: held.id });
    expect(since.until).toBe(held.date);
    expect(since.statusChanges).toEqual([]);
    expect(sinceLastSections(since)[2]!.lines).toEqual(['Ingen indsats har skiftet status.']);
  });
});
