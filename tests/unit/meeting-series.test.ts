// Mødeplan: a series of meetings with a template agenda, through the real dispatcher on a real file.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/api/contract';
import { roleRefusal } from '../../shared/api/permissions';
import { defaultTemplate, intervalDates, readDateList, templateInput, weekdayOf } from '../../shared/meetings/series';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';
import { workbookFingerprint } from '../support/workbook-fingerprint';

/** Every table's rows, without the change log (which an undo adds to). */
const contents = async () => (await wb.call('workbook.dump', {})).tables;

let wb: TestWorkbook;
afterEach(() => wb?.close());

const YEAR_2027: ChannelInput<'meetings.series.add'> = {
  startTime: '14:00',
  endTime: '16:00',
  place: 'Mørkhøj Bibliotek',
  schedule: { kind: 'interval', from: '2027-01-13', to: '2027-12-15', everyWeeks: 6, weekday: 'onsdag' },
  template: [
    ...defaultTemplate(),
    { standing: null, title: 'Status fra den sociale innovator', type: 'Orientering', presenter: 'Sara Khalil', minutes: 20, recommendation: ['at orienteringen tages til efterretning'] },
  ],
};

async function agendaTitles(meetingId: number): Promise<string[]> {
  return (await wb.call('meetings.get', { id: meetingId })).items.map((i) => i.title);
}

describe('the dates of a series', () => {
  it('steps every n weeks from the first weekday on or after the first date, up to the last date', () => {
    expect(weekdayOf('2027-01-13')).toBe('onsdag');
    expect(intervalDates('2027-01-13', '2027-12-15', 6, 'onsdag')).toEqual([
      '2027-01-13', '2027-02-24', '2027-04-07', '2027-05-19', '2027-06-30', '2027-08-11', '2027-09-22', '2027-11-03', '2027-12-15',
    ]);
    // A Monday start finds the Wednesday after it.
    expect(intervalDates('2027-01-11', '2027-01-31', 1, 'onsdag')).toEqual(['2027-01-13', '2027-01-20', '2027-01-27']);
  });

  it('reads a pasted list of Danish dates, any separator, sorted and each once', () => {
    expect(readDateList('24.02.2027\n13.01.2027, 13-01-2027; 7/4/2027 19.05.2027')).toEqual({ ok: true, dates: ['2027-01-13', '2027-02-24', '2027-04-07', '2027-05-19'] });
    expect(readDateList('13.01.2027, 31.02.2027')).toEqual({ ok: false, message: '»31.02.2027«: 31.02.2027 findes ikke: februar 2027 har 28 dage' });
    expect(readDateList('  ')).toEqual({ ok: false, message: 'Skriv mindst én dato, fx 13.01.2027' });
  });
});

describe('creating a series (meetings.series.add)', () => {
  it('creates the year’s meetings by interval, each with the template’s agenda, time, place and the members', async () => {
    wb = createTestWorkbook();
    const result = await wb.call('meetings.series.add', YEAR_2027);
    expect(result.created.map((m) => m.date)).toEqual(['2027-01-13', '2027-02-24', '2027-04-07', '2027-05-19', '2027-06-30', '2027-08-11', '2027-09-22', '2027-11-03', '2027-12-15']);
    expect(result.skipped).toEqual([]);
    expect(result.series).toMatchObject({ title: 'Styregruppens møder', everyWeeks: 6, weekday: 'onsdag', firstDate: '2027-01-13', lastDate: '2027-12-15', place: 'Mørkhøj Bibliotek' });
    expect(result.series.template.map((t) => t.title)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status fra den sociale innovator', 'Eventuelt']);

    const detail = await wb.call('meetings.get', { id: result.created[3]!.id });
    expect(detail.meeting).toMatchObject({ date: '2027-05-19', startTime: '14:00', endTime: '16:00', place: 'Mørkhøj Bibliotek', status: 'planlagt' });
    expect(detail.items.map((i) => [i.title, i.standing, i.type, i.minutes, i.presenter])).toEqual([
      ['Godkendelse af dagsorden', 'approveAgenda', 'Beslutning', 5, ''],
      ['Opfølgning på referat og handlinger', 'followUp', 'Orientering', 10, ''],
      ['Status fra den sociale innovator', null, 'Orientering', 20, 'Sara Khalil'],
      ['Eventuelt', 'anyOtherBusiness', 'Orientering', 5, ''],
    ]);
    expect(detail.items[2]!.recommendation).toEqual(['at orienteringen tages til efterretning']);
    expect(detail.participants).toHaveLength(4);
  });

  it('creates meetings from a list of dates, skipping dates that already have a meeting and saying so', async () => {
    wb = createTestWorkbook();
    const existing = await wb.call('meetings.add', { date: '2027-02-24', place: 'Rådhuset' });
    const result = await wb.call('meetings.series.add', {
      startTime: '09:00', endTime: '11:30', place: 'Gladsaxe Rådhus',
      schedule: { kind: 'dates', dates: ['2027-03-10', '2027-01-13', '2027-02-24', '2027-01-13'] },
    });
    expect(result.created.map((m) => m.date)).toEqual(['2027-01-13', '2027-03-10']);
    expect(result.skipped).toEqual([{ date: '2027-02-24', reason: 'Der er allerede et møde 24. februar 2027' }]);
    expect(result.series).toMatchObject({ everyWeeks: null, weekday: null, firstDate: '2027-01-13', lastDate: '2027-03-10' });
    // Without a template, the standing items every new meeting gets.
    expect(await agendaTitles(result.created[0]!.id)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Eventuelt']);
    // The meeting that was there is left as it was.
    expect((await wb.call('meetings.get', { id: existing.id })).meeting.place).toBe('Rådhuset');
    expect((await wb.call('meetings.list', {})).map((m) => [m.date, m.startTime])).toEqual([['2027-01-13', '09:00'], ['2027-02-24', '14:00'], ['2027-03-10', '09:00']]);
  });

  it('is one change: the change log shows one entry, and one undo removes every meeting; redo brings them back', async () => {
    wb = createTestWorkbook();
    const before = await contents();
    const result = await wb.call('meetings.series.add', YEAR_2027);
    const [entry, previous] = await wb.call('workbook.changeLog', { limit: 2 });
    expect(entry!.description).toBe('Ny mødeplan: hver 6. uge, onsdag 14.00–16.00, Mørkhøj Bibliotek');
    expect(entry!.sheets).toEqual(['meetings']);
    expect(entry!.changes.find((c) => c.table === 'Møde')?.summary).toBe('9 oprettet');
    expect(previous?.description).not.toMatch(/mødeplan/i);

    await wb.call('workbook.undo', {});
    expect(await wb.call('meetings.list', {})).toEqual([]);
    expect(await wb.call('meetings.series.list', {})).toEqual([]);
    expect(await contents()).toEqual(before);

    await wb.call('workbook.redo', {});
    expect((await wb.call('meetings.list', {})).map((m) => m.id)).toEqual(result.created.map((m) => m.id));
    expect((await wb.call('meetings.series.list', {}))[0]!.meetings).toHaveLength(9);
  });

  it('refuses bad input with Danish messages and changes nothing', async () => {
    wb = createTestWorkbook();
    const before = workbookFingerprint(wb.session.current!);
    const refusals: Array<[unknown, string]> = [
      [{ ...YEAR_2027, schedule: { ...YEAR_2027.schedule, to: '2026-12-01' } }, 'Sidste dato skal ligge efter første dato'],
      [{ ...YEAR_2027, schedule: { ...YEAR_2027.schedule, everyWeeks: 0 } }, 'Hver n. uge skal være mindst 1'],
      [{ ...YEAR_2027, schedule: { ...YEAR_2027.schedule, weekday: 'wednesday' } }, 'Ugedag skal være en af: mandag, tirsdag, onsdag, torsdag, fredag, lørdag, søndag'],
      [{ ...YEAR_2027, schedule: { ...YEAR_2027.schedule, from: '2027-02-30' } }, 'Første dato skal være en gyldig dato (ÅÅÅÅ-MM-DD)'],
      [{ ...YEAR_2027, schedule: { kind: 'dates', dates: [] } }, 'Skriv mindst én dato'],
      [{ ...YEAR_2027, schedule: { kind: 'hver anden uge' } }, 'Mødeplanen skal have enten et interval (hver n. uge) eller en liste af datoer'],
      [{ ...YEAR_2027, schedule: { kind: 'interval', from: '2027-01-01', to: '2030-12-31', everyWeeks: 1, weekday: 'mandag' } }, 'En mødeplan kan højst have 110 møder – er årstallet skrevet rigtigt?'],
      [{ ...YEAR_2027, schedule: { kind: 'interval', from: '2027-01-11', to: '2027-01-12', everyWeeks: 1, weekday: 'onsdag' } }, 'Der er ingen onsdag mellem 11. januar 2027 og 12. januar 2027'],
      [{ ...YEAR_2027, endTime: '13:00' }, 'Mødet skal slutte efter, at det begynder'],
      [{ ...YEAR_2027, place: '  ' }, 'Sted må ikke være tomt'],
      [{ ...YEAR_2027, template: [{ ...defaultTemplate()[0]!, title: '' }] }, 'Titel må ikke være tom'],
      [{ ...YEAR_2027, template: [{ ...defaultTemplate()[2]!, minutes: -5 }] }, 'Minutter må ikke være negative'],
      [{ ...YEAR_2027, template: [defaultTemplate()[2]!, defaultTemplate()[2]!] }, 'Det faste punkt »Eventuelt« må kun stå én gang i skabelonen'],
    ];
    for (const [input, message] of refusals) {
      const result = await wb.raw('meetings.series.add', input);
      expect(result, message).toMatchObject({ ok: false, error: { message } });
    }
    expect(workbookFingerprint(wb.session.current!)).toBe(before);
  });

  it('refuses a plan where every date already has a meeting', async () => {
    wb = createTestWorkbook();
    await wb.call('meetings.add', { date: '2027-01-13' });
    const result = await wb.raw('meetings.series.add', { ...YEAR_2027, schedule: { kind: 'dates', dates: ['2027-01-13'] } });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Alle datoerne har allerede et møde, så der er intet at oprette (1 sprunget over)' } });
  });

  it('is the chair’s: every other role is refused with the role’s Danish message, and reading is open to all', async () => {
    wb = createTestWorkbook();
    const { series } = await wb.call('meetings.series.add', YEAR_2027);
    for (const role of ['Social innovator', 'Medlem', 'Sekretariat', 'Direktør'] as const) {
      await wb.call('user.set', { name: `Prøve ${role}`, role });
      expect(await wb.raw('meetings.series.add', YEAR_2027)).toEqual({ ok: false, error: { code: 'refused', message: roleRefusal(role) } });
      expect(await wb.raw('meetings.series.setTemplate', { id: series.id, template: defaultTemplate(), applyToUnsent: true })).toEqual({
        ok: false, error: { code: 'refused', message: roleRefusal(role) },
      });
      expect(await wb.call('meetings.series.list', {})).toHaveLength(1);
    }
  });
});

describe('editing the template (meetings.series.setTemplate)', () => {
  it('leaves a meeting removed by hand out of the series, and does not put back an item taken off one agenda by hand', async () => {
    wb = createTestWorkbook();
    const { series, created } = await wb.call('meetings.series.add', YEAR_2027);
    await wb.call('meetings.remove', { id: created[0]!.id });
    const second = (await wb.call('meetings.get', { id: created[1]!.id })).items;
    await wb.call('meetings.items.remove', { id: second.find((i) => i.title === 'Status fra den sociale innovator')!.id });
    const listed = (await wb.call('meetings.series.list', {}))[0]!;
    expect(listed.meetings.map((m) => m.date)).toEqual(created.slice(1).map((m) => m.date));

    const result = await wb.call('meetings.series.setTemplate', {
      id: series.id,
      applyToUnsent: true,
      template: series.template.map((t) => ({ ...templateInput(t), presenter: t.standing ? t.presenter : 'Formanden' })),
    });
    expect(result).toMatchObject({ meetings: 8, added: 0, updated: 7, removed: 0 });
    expect(await agendaTitles(created[1]!.id)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Eventuelt']);
    expect((await wb.call('meetings.get', { id: created[2]!.id })).items[2]).toMatchObject({ title: 'Status fra den sociale innovator', presenter: 'Formanden' });
  });

  it('applies to the meetings not yet sent, only to the template’s own items, and keeps what was changed by hand', async () => {
    wb = createTestWorkbook();
    const { series, created } = await wb.call('meetings.series.add', YEAR_2027);
    const [sent, held, handEdited, proposedTo] = created;
    await wb.call('meetings.setStatus', { id: sent!.id, status: 'dagsorden udsendt' });
    await wb.call('meetings.setStatus', { id: held!.id, status: 'dagsorden udsendt' });
    await wb.call('meetings.setStatus', { id: held!.id, status: 'afholdt' });
    // By hand on one meeting: the innovator's item gets more time, and an item of the chair's own.
    const handItems = (await wb.call('meetings.get', { id: handEdited!.id })).items;
    await wb.call('meetings.items.update', { id: handItems[2]!.id, patch: { minutes: 40 } });
    const ownItem = await wb.call('meetings.items.add', { meetingId: handEdited!.id, title: 'Budgetopfølgning', minutes: 25 });
    // A member's proposal on another.
    await wb.call('user.set', { name: 'Mette Hansen', role: 'Medlem' });
    await wb.call('meetings.items.add', { meetingId: proposedTo!.id, title: 'Lektiecaféens åbningstider' });
    await wb.call('user.set', { name: 'Lene Bach Andersen', role: 'Formand' });

    const [approve, followUp, status, aob] = series.template;
    const result = await wb.call('meetings.series.setTemplate', {
      id: series.id,
      applyToUnsent: true,
      template: [
        templateInput(approve!),
        { ...templateInput(followUp!), minutes: 15 },
        { ...templateInput(status!), title: 'Status fra den sociale innovator og indsatserne', minutes: 30 },
        { standing: null, title: 'Økonomi', type: 'Drøftelse', presenter: 'Sekretariatet', minutes: 10, recommendation: [] },
        templateInput(aob!),
      ],
    });
    expect(result).toMatchObject({ meetings: 7, sent: 2, added: 7, removed: 0 });
    expect(result.series.template.map((t) => t.title)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status fra den sociale innovator og indsatserne', 'Økonomi', 'Eventuelt']);

    // Sent and held meetings are as they were.
    for (const meeting of [sent!, held!]) {
      expect(await agendaTitles(meeting.id)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status fra den sociale innovator', 'Eventuelt']);
    }
    // The hand-edited meeting: the title follows the template, the minutes set by hand stay, its own item stays.
    const edited = (await wb.call('meetings.get', { id: handEdited!.id })).items;
    expect(edited.map((i) => [i.title, i.minutes])).toEqual([
      ['Godkendelse af dagsorden', 5], ['Opfølgning på referat og handlinger', 15], ['Status fra den sociale innovator og indsatserne', 40],
      ['Økonomi', 10], ['Budgetopfølgning', 25], ['Eventuelt', 5],
    ]);
    expect(edited.find((i) => i.id === ownItem.id)).toMatchObject({ title: 'Budgetopfølgning', minutes: 25 });
    expect(edited.map((i) => i.position)).toEqual([1, 2, 3, 4, 5, 6]);
    // The proposal stays, as proposed.
    const proposed = (await wb.call('meetings.get', { id: proposedTo!.id })).items;
    expect(proposed.find((i) => i.title === 'Lektiecaféens åbningstider')).toMatchObject({ proposalState: 'foreslået', proposedBy: 'Mette Hansen' });
    expect(proposed.find((i) => i.title === 'Økonomi')).toMatchObject({ type: 'Drøftelse', presenter: 'Sekretariatet', minutes: 10 });

    // Dropping a template item removes it from the unsent meetings only.
    const now = result.series.template;
    const dropped = await wb.call('meetings.series.setTemplate', {
      id: series.id,
      applyToUnsent: true,
      template: now.filter((t) => t.title !== 'Økonomi').map(templateInput),
    });
    expect(dropped).toMatchObject({ meetings: 7, removed: 7, added: 0 });
    // The file stays sound: links, references and values as `check` reads them.
    expect(await wb.call('workbook.check', {})).toMatchObject({ sound: true, problems: [] });
    expect(await agendaTitles(handEdited!.id)).toEqual(['Godkendelse af dagsorden', 'Opfølgning på referat og handlinger', 'Status fra den sociale innovator og indsatserne', 'Budgetopfølgning', 'Eventuelt']);
    expect(await agendaTitles(held!.id)).toContain('Status fra den sociale innovator');
  });

  it('is one change (one undo puts every meeting back), and without applying changes only the template', async () => {
    wb = createTestWorkbook();
    const { series, created } = await wb.call('meetings.series.add', YEAR_2027);
    const afterCreate = await contents();
    const template = series.template.map((t) => ({ ...templateInput(t), minutes: t.minutes + 5 }));

    await wb.call('meetings.series.setTemplate', { id: series.id, template, applyToUnsent: true });
    const [entry] = await wb.call('workbook.changeLog', { limit: 1 });
    expect(entry!.description).toBe('Ret skabelonen for mødeplanen »Styregruppens møder« og 9 møder, der ikke er sendt');
    expect((await wb.call('meetings.get', { id: created[0]!.id })).items.map((i) => i.minutes)).toEqual([10, 15, 25, 10]);
    await wb.call('workbook.undo', {});
    expect(await contents()).toEqual(afterCreate);

    const onlyTemplate = await wb.call('meetings.series.setTemplate', { id: series.id, template, applyToUnsent: false });
    expect(onlyTemplate).toMatchObject({ meetings: 0, added: 0, updated: 0, removed: 0 });
    expect(onlyTemplate.series.template.map((t) => t.minutes)).toEqual([10, 15, 25, 10]);
    expect((await wb.call('meetings.get', { id: created[0]!.id })).items.map((i) => i.minutes)).toEqual([5, 10, 20, 5]);
  });

  it('refuses a template item of another series', async () => {
    wb = createTestWorkbook();
    const first = await wb.call('meetings.series.add', YEAR_2027);
    const second = await wb.call('meetings.series.add', { ...YEAR_2027, schedule: { kind: 'dates', dates: ['2028-01-12'] } });
    const foreign = first.series.template[0]!;
    const result = await wb.raw('meetings.series.setTemplate', { id: second.id, template: [templateInput(foreign)], applyToUnsent: true });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: `Skabelonpunkt ${foreign.id} hører ikke til denne mødeplan` } });
  });
});
