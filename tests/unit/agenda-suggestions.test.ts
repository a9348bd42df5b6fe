// »Forslag til dagsorden«: each rule on the default workbook (filled from the programme document,
// period 2019 K2 – 2022 K4) and on the demonstration workbook, at a "today" before, inside and
// after the programme period. Rows are made through the real handlers; the rules read real files.
import { afterEach, describe, expect, it } from 'vitest';
import { readAgendaSuggestions } from '../../electron/features/meetings/agenda-suggestions';
import { formatDateLong, todayIso } from '../../shared/dates';
import type { AgendaSuggestions } from '../../shared/meetings/agenda-suggestions';
import { createDemoWorkbook } from '../support/demo-workbook';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let open: TestWorkbook | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function workbook(make: () => TestWorkbook = createTestWorkbook): TestWorkbook {
  open = make();
  return open;
}

function suggest(wb: TestWorkbook, meetingId: number, today: string): AgendaSuggestions {
  return readAgendaSuggestions(wb.session.requireWorkbook(), meetingId, today);
}

/** "kind id: title [type]", the way the assertions read the list. */
function lines(result: AgendaSuggestions): string[] {
  return result.suggestions.map((s) => `${s.source.kind} ${s.source.id}: ${s.title} [${s.type}]`);
}

function addMonths(iso: string, months: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

describe('Forslag til dagsorden on the default workbook', () => {
  it('before the period: the phases starting in the meeting’s quarter or the next, nothing else', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2019-05-15' });
    const result = suggest(wb, meeting.id, '2019-05-01');
    expect(result.afterPeriod).toBe(false);
    expect(result.notice).toBeNull();
    expect(lines(result)).toEqual([
      'fase 1: Plan, indsats 1: Planlægning af ansættelse og indsats [Orientering]',
      'fase 5: Plan, indsats 2: Planlægning af ansættelse og indsats [Orientering]',
      'fase 9: Plan, indsats 3: Planlægning [Orientering]',
      'fase 10: Plan, indsats 3: Implementering af aktiviteter [Orientering]',
    ]);
    const first = result.suggestions[0]!;
    expect(first.reason).toBe('Fasen starter i 3. kvartal 2019.');
    expect(first.initiativeId).toBe(1);
    expect(first.recommendation).toEqual(['at styregruppen tager orienteringen om fasens opstart til efterretning']);
    expect(first.caseText).toContain('Indsats 1: ');
  });

  it('inside the period: phases past their end and not finished, and the midtvejsevaluering within three months', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2021-02-10' });
    const result = suggest(wb, meeting.id, '2021-02-01');
    expect(lines(result)).toEqual([
      'fase 1: Plan, indsats 1: Planlægning af ansættelse og indsats [Drøftelse]',
      'fase 2: Plan, indsats 1: Social innovator ansættes. Relationsopbygning, research, opstartsfasen [Drøftelse]',
      'fase 5: Plan, indsats 2: Planlægning af ansættelse og indsats [Drøftelse]',
      'fase 6: Plan, indsats 2: Social innovator ansættes. Relationsopbygning, research, opstartsfasen [Drøftelse]',
      'fase 9: Plan, indsats 3: Planlægning [Drøftelse]',
      'milepæl 1: Midtvejsevaluering [Drøftelse]',
    ]);
    expect(result.suggestions[0]!.reason).toBe('Fasen skulle være afsluttet i 3. kvartal 2019, men er planlagt.');
    const evaluation = result.suggestions.at(-1)!;
    expect(evaluation.reason).toBe('Milepælen »Midtvejsevaluering« ligger i 1. kvartal 2021, inden for tre måneder fra mødet.');
    expect(evaluation.recommendation[0]).toBe('at styregruppen drøfter midtvejsevaluering');

    // Finishing a phase in the Plan sheet takes it off the list.
    await wb.call('plan.phases.update', { id: 1, patch: { status: 'afsluttet' } });
    expect(lines(suggest(wb, meeting.id, '2021-02-01'))).not.toContain('fase 1: Plan, indsats 1: Planlægning af ansættelse og indsats [Drøftelse]');
  });

  it('inside the period: actions, budget lines, a red initiative, a proposal and a postponed item', async () => {
    const wb = workbook();
    for (const id of [1, 2, 5, 6, 9]) await wb.call('plan.phases.update', { id, patch: { status: 'afsluttet' } });
    const earlier = await wb.call('meetings.add', { date: '2021-06-02' });
    const meeting = await wb.call('meetings.add', { date: '2021-09-15' });
    const late = await wb.call('actions.add', { meetingId: earlier.id, what: 'Skaffe lokaler til lektiecafé', who: 'Sara Khalil', deadline: '2021-07-01' });
    const dueBefore = await wb.call('actions.add', { meetingId: earlier.id, what: 'Invitere boligselskabet', deadline: '2021-09-10' });
    await wb.call('actions.add', { meetingId: earlier.id, what: 'Frist efter mødet', deadline: '2021-10-01' });
    const done = await wb.call('actions.add', { meetingId: earlier.id, what: 'Allerede færdig', deadline: '2021-07-01' });
    await wb.call('actions.update', { id: done.id, patch: { status: 'færdig' } });
    const postponed = await wb.call('meetings.items.add', { meetingId: earlier.id, title: 'Forældrecaféens åbningstider', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: postponed.id, patch: { recommendation: ['at åbningstiden flyttes til torsdag'], decision: 'Udsat til næste møde.' } });
    await wb.call('initiatives.update', { id: 3, patch: { status: 'rød', statusReason: 'Ingen forældre meldt til' } });
    await wb.call('budget.amounts.set', { cells: [{ lineId: 2, year: 2020, measure: 'actual', value: 999_999.5 }] });
    await wb.call('user.set', { name: 'Mette Hansen', role: 'Medlem' });
    const proposal = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Fællesspisning i Mørkhøj' });
    await wb.call('user.set', { name: 'Lene Bach Andersen', role: 'Formand' });

    const result = suggest(wb, meeting.id, '2021-09-01');
    expect(lines(result)).toEqual([
      `handling ${late.id}: Handling: Skaffe lokaler til lektiecafé [Drøftelse]`,
      `handling ${dueBefore.id}: Handling: Invitere boligselskabet [Orientering]`,
      'budgetlinje 1: Budget: lavt forbrug på Indsats 1 og 2 – social innovator – Løn 2021 [Drøftelse]',
      'budgetlinje 2: Budget: merforbrug på Indsats 1 og 2 – social innovator – Etableringsomkostninger 2020 [Drøftelse]',
      'budgetlinje 3: Budget: lavt forbrug på Indsats 1 og 2 – social innovator – Driftudgifter, herunder telefon, uddannelse mv. 2021 [Drøftelse]',
      'budgetlinje 4: Budget: lavt forbrug på Indsats 1 og 2 – social innovator – Aktivitetsudgifter 2021 [Drøftelse]',
      'indsats 3: Status: Indsats 3: Det gode forældresamarbejde [Drøftelse]',
      `forslag ${proposal.id}: Fællesspisning i Mørkhøj [Orientering]`,
      `udsat punkt ${postponed.id}: Forældrecaféens åbningstider [Beslutning]`,
    ]);
    const byKind = (kind: string) => result.suggestions.find((s) => s.source.kind === kind)!;
    expect(byKind('handling').reason).toBe('Fristen 1. juli 2021 er overskredet, og handlingen er åben.');
    expect(result.suggestions[1]!.reason).toBe('Fristen 10. september 2021 falder før mødet, og handlingen er åben.');
    expect(byKind('indsats').caseText).toBe('Indsats 3: Det gode forældresamarbejde har status rød. Begrundelse: Ingen forældre meldt til');
    expect(byKind('forslag').reason).toBe('Foreslået af Mette Hansen og venter på formandens svar.');
    expect(byKind('udsat punkt')).toMatchObject({
      reason: 'Udsat på mødet 2. juni 2021: Udsat til næste møde.',
      recommendation: ['at åbningstiden flyttes til torsdag'],
    });
    expect(result.suggestions[3]!.reason).toMatch(/^Forbruget overstiger budgettet med /);

    // Taken onto the agenda (same title): the postponed item and the action leave the list; an accepted proposal is on the agenda.
    await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Forældrecaféens åbningstider' });
    await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Handling: Skaffe lokaler til lektiecafé' });
    await wb.call('meetings.items.decide', { id: proposal.id, accept: true });
    expect(lines(suggest(wb, meeting.id, '2021-09-01'))).toEqual(lines(result).filter((l) => !/^(udsat punkt|forslag) /.test(l) && !l.startsWith(`handling ${late.id}:`)));
    expect(lines(suggest(wb, meeting.id, '2021-09-01'))).toHaveLength(6);
  });

  it('an "at" decided Udsat returns as a suggestion with only the postponed points as its Indstilling', async () => {
    const wb = workbook();
    const first = await wb.call('meetings.add', { date: '2021-06-02' });
    const next = await wb.call('meetings.add', { date: '2021-09-15' });
    const item = await wb.call('meetings.items.add', { meetingId: first.id, title: 'Forældrecaféens åbningstider', type: 'Beslutning' });
    const points = ['at åbningstiden flyttes til torsdag', 'at caféen holder sommerlukket i juli', 'at forældrene inddrages i planen'];
    await wb.call('meetings.items.update', { id: item.id, patch: { recommendation: points, caseText: 'Forældrene har ønsket en anden dag.' } });
    const decided = await wb.call('meetings.items.add', { meetingId: first.id, title: 'Budget for 2022', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: decided.id, patch: { recommendation: ['at budgettet godkendes'] } });
    await wb.call('meetings.setStatus', { id: first.id, status: 'afholdt' });
    await wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 0, patch: { outcome: 'Udsat', text: 'Afventer lokalerne.' } });
    await wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 1, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 2, patch: { outcome: 'Udsat' } });
    await wb.call('meetings.points.decide', { itemId: decided.id, pointIndex: 0, patch: { outcome: 'Godkendt' } });

    const postponed = (id: number) => suggest(wb, id, '2021-06-01').suggestions.filter((s) => s.source.kind === 'udsat punkt');
    expect(postponed(next.id)).toEqual([
      {
        title: 'Forældrecaféens åbningstider',
        reason: 'Udsat på mødet 2. juni 2021: at åbningstiden flyttes til torsdag (Afventer lokalerne.); at forældrene inddrages i planen',
        source: { kind: 'udsat punkt', id: item.id, meetingId: item.meetingId },
        type: 'Beslutning',
        initiativeId: null,
        recommendation: ['at åbningstiden flyttes til torsdag', 'at forældrene inddrages i planen'],
        caseText: 'Forældrene har ønsket en anden dag.',
      },
    ]);
    // No longer Udsat: nothing waits. Postponed again by the item's own decision text: the whole Indstilling waits.
    await wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.points.decide', { itemId: item.id, pointIndex: 2, patch: { outcome: null } });
    expect(postponed(next.id)).toEqual([]);
    await wb.call('meetings.items.update', { id: item.id, patch: { decision: 'Punktet udsat til efteråret.' } });
    expect(postponed(next.id)).toMatchObject([{ reason: 'Udsat på mødet 2. juni 2021: Punktet udsat til efteråret.', recommendation: points }]);
    // Taken onto the next agenda: it leaves the list.
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    await wb.call('workbook.undo', {});
    expect(postponed(next.id).map((s) => s.recommendation)).toEqual([['at åbningstiden flyttes til torsdag', 'at forældrene inddrages i planen']]);
    await wb.call('meetings.items.add', { meetingId: next.id, title: 'Forældrecaféens åbningstider' });
    expect(postponed(next.id)).toEqual([]);
  });

  it('a postponed item taken up at a later meeting is no longer suggested at the one after', async () => {
    const wb = workbook();
    const first = await wb.call('meetings.add', { date: '2020-03-04' });
    const second = await wb.call('meetings.add', { date: '2020-04-15' });
    const third = await wb.call('meetings.add', { date: '2020-05-27' });
    const item = await wb.call('meetings.items.add', { meetingId: first.id, title: 'Lokaler til lektiecafé' });
    await wb.call('meetings.items.update', { id: item.id, patch: { decision: 'Punktet blev udsat.' } });
    const postponed = (id: number) => lines(suggest(wb, id, '2020-03-01')).filter((l) => l.startsWith('udsat punkt'));
    expect(postponed(second.id)).toEqual([`udsat punkt ${item.id}: Lokaler til lektiecafé [Orientering]`]);
    expect(postponed(third.id)).toEqual([`udsat punkt ${item.id}: Lokaler til lektiecafé [Orientering]`]);
    // Taken up again at the second meeting (written in other letters): the third has nothing waiting.
    await wb.call('meetings.items.add', { meetingId: second.id, title: 'lokaler til Lektiecafé ' });
    expect(postponed(second.id)).toEqual([]);
    expect(postponed(third.id)).toEqual([]);
  });

  it('after the period: says so and offers the continuation decision', async () => {
    const wb = workbook();
    for (const id of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) await wb.call('plan.phases.update', { id, patch: { status: 'afsluttet' } });
    const meeting = await wb.call('meetings.add', { date: '2023-03-01' });
    const result = suggest(wb, meeting.id, '2023-02-15');
    expect(result.afterPeriod).toBe(true);
    expect(result.notice).toBe('Programperioden sluttede med 4. kvartal 2022. Tag stilling til, om indsatserne skal videreføres.');
    expect(lines(result)).toEqual(['program 1: Beslutning om videreførelse [Beslutning]']);
    expect(result.suggestions[0]!.reason).toBe('Programperioden sluttede med 4. kvartal 2022; i dag (15. februar 2023) er efter perioden.');
    // On the agenda, it is no longer suggested; the notice stays.
    await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Beslutning om videreførelse', type: 'Beslutning' });
    const again = suggest(wb, meeting.id, '2023-02-15');
    expect(again.suggestions).toEqual([]);
    expect(again.afterPeriod).toBe(true);
  });

  it('a status not set for three months, read from the change log', async () => {
    const wb = workbook();
    for (const id of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) await wb.call('plan.phases.update', { id, patch: { status: 'afsluttet' } });
    const today = todayIso();
    const soon = await wb.call('meetings.add', { date: addMonths(today, 2) });
    expect(lines(suggest(wb, soon.id, today)).filter((l) => l.startsWith('indsats'))).toEqual([]);
    const later = await wb.call('meetings.add', { date: addMonths(today, 6) });
    // Changing another field is not a status update; changing the status is.
    await wb.call('initiatives.update', { id: 1, patch: { responsible: 'Sara Khalil' } });
    await wb.call('initiatives.update', { id: 2, patch: { status: 'gul' } });
    await wb.call('initiatives.update', { id: 2, patch: { status: 'grøn' } });
    const stale = suggest(wb, later.id, today).suggestions.filter((s) => s.source.kind === 'indsats');
    expect(stale.map((s) => `${s.source.id}: ${s.title} [${s.type}]`)).toEqual([
      '1: Status: Indsats 1: Fællesskabende aktiviteter i Mørkhøj [Orientering]',
      '2: Status: Indsats 2: Bedre fritidsmuligheder [Orientering]',
      '3: Status: Indsats 3: Det gode forældresamarbejde [Orientering]',
    ]);
    expect(stale[0]!.reason).toBe(`Status er ikke opdateret siden ${formatDateLong(today)} – mere end tre måneder før mødet.`);
  });

  it('answers on the meetings.suggestions channel, for every role that reads, and refuses an unknown meeting', async () => {
    const wb = workbook();
    const meeting = await wb.call('meetings.add', { date: '2019-05-15' });
    await wb.call('user.set', { name: 'Direktøren', role: 'Direktør' });
    const answered = await wb.call('meetings.suggestions', { meetingId: meeting.id });
    expect(answered).toEqual(suggest(wb, meeting.id, todayIso()));
    expect(answered.afterPeriod).toBe(true);
    expect(await wb.raw('meetings.suggestions', { meetingId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await wb.raw('meetings.suggestions', {})).toMatchObject({ ok: false });
  });
});

describe('Forslag til dagsorden on the demonstration workbook', () => {
  it('before the period (the first meeting): a starting phase, an overspent line and the yellow initiative', () => {
    const wb = workbook(() => createDemoWorkbook());
    const result = suggest(wb, 1, '2019-03-01');
    expect(result.afterPeriod).toBe(false);
    expect(lines(result)).toEqual([
      'fase 10: Plan, indsats 3: Implementering af aktiviteter [Orientering]',
      'budgetlinje 1: Budget: merforbrug på Indsats 1 og 2 – social innovator – Løn 2019 [Drøftelse]',
      'indsats 2: Status: Indsats 2: Bedre fritidsmuligheder [Drøftelse]',
    ]);
    expect(result.suggestions[2]!.reason).toBe('Indsatsen har status gul.');
  });

  it('inside the period (the coming meeting): overdue actions, ending phases, the continuation decision, the waiting proposal', () => {
    const wb = workbook(() => createDemoWorkbook());
    const result = suggest(wb, 27, '2022-08-20');
    expect(result.meetingDate).toBe('2022-08-31');
    expect(lines(result)).toEqual([
      'handling 21: Handling: Skrive oplæg om bydelshus til BKF-chefgruppen [Drøftelse]',
      'handling 42: Handling: Udarbejde tids- og aktivitetsplan for åben hal [Drøftelse]',
      'handling 49: Handling: Sende økonomiopfølgningen til SOB-enheden [Drøftelse]',
      'handling 98: Handling: Underskrive overdragelsesaftalen med områdets skoler [Drøftelse]',
      'handling 100: Handling: Forhandle forankringsaftale for fællesspisningen med boligselskabets beboerrådgiver [Drøftelse]',
      'fase 4: Plan, indsats 1: Eventuel videreførelse af social innovator i driften [Orientering]',
      'fase 8: Plan, indsats 2: Eventuel videreførelse af social innovator i driften [Orientering]',
      'fase 10: Plan, indsats 3: Implementering af aktiviteter [Orientering]',
      'milepæl 3: Beslutning om videreførelse af social innovator i driften [Beslutning]',
      'budgetlinje 1: Budget: merforbrug på Indsats 1 og 2 – social innovator – Løn 2019 [Drøftelse]',
      'budgetlinje 3: Budget: merforbrug på Indsats 1 og 2 – social innovator – Driftudgifter, herunder telefon, uddannelse mv. 2020 [Drøftelse]',
      'budgetlinje 3: Budget: merforbrug på Indsats 1 og 2 – social innovator – Driftudgifter, herunder telefon, uddannelse mv. 2021 [Drøftelse]',
      'indsats 2: Status: Indsats 2: Bedre fritidsmuligheder [Drøftelse]',
      'forslag 183: Erfaringer fra forældrenetværket i Mørkhøj [Drøftelse]',
    ]);
    expect(result.suggestions.find((s) => s.source.kind === 'forslag')!.recommendation).toEqual([
      'at styregruppen drøfter erfaringerne og mulighederne for at udbrede netværket',
    ]);
    expect(result.suggestions.find((s) => s.source.kind === 'milepæl')!.recommendation).toEqual([
      'at styregruppen beslutter, om indsatserne videreføres efter programperioden',
    ]);
  });

  it('after the period: the notice, and the milestone stands for the continuation decision (not offered twice)', () => {
    const wb = workbook(() => createDemoWorkbook());
    const result = suggest(wb, 27, '2023-01-20');
    expect(result.notice).toBe('Programperioden sluttede med 4. kvartal 2022. Tag stilling til, om indsatserne skal videreføres.');
    const all = lines(result);
    // Five more actions are overdue by then.
    expect(all.filter((l) => l.startsWith('handling'))).toEqual([
      'handling 21: Handling: Skrive oplæg om bydelshus til BKF-chefgruppen [Drøftelse]',
      'handling 42: Handling: Udarbejde tids- og aktivitetsplan for åben hal [Drøftelse]',
      'handling 49: Handling: Sende økonomiopfølgningen til SOB-enheden [Drøftelse]',
      'handling 98: Handling: Underskrive overdragelsesaftalen med områdets skoler [Drøftelse]',
      'handling 100: Handling: Forhandle forankringsaftale for fællesspisningen med boligselskabets beboerrådgiver [Drøftelse]',
      'handling 89: Handling: Følge op på lektiecaféen efter et halvt år [Drøftelse]',
      'handling 103: Handling: Finde en frivillig tovholder til læseklubben [Drøftelse]',
      'handling 102: Handling: Afholde møde med boligselskabets beboerrådgiver om lokal forankring af læseklubben [Drøftelse]',
      'handling 104: Handling: Undersøge muligheden for tolkning ved forældremøder [Drøftelse]',
      'handling 99: Handling: Følge op på forældrekurset efter et halvt år [Drøftelse]',
    ]);
    expect(all).toContain('milepæl 3: Beslutning om videreførelse af social innovator i driften [Beslutning]');
    expect(all.some((l) => l.startsWith('program'))).toBe(false);
  });
});
