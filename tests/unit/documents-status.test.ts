import { afterEach, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { COLOURS } from '../../electron/documents/theme';
import { loadStatusReportData } from '../../electron/documents/loaders/status-report';
import { defaultStatusPeriod, planPosition } from '../../electron/documents/status/status-analysis';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import type { StatusReportData } from '../../electron/documents/status/status-report-data';
import { fieldInstructions, readDocx, type ReadDocx } from '../support/docx-reader';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

function load(date: string, from: string, to = date): StatusReportData {
  return loadStatusReportData(wb.session.requireWorkbook(), { date, period: { from, to } });
}

async function render(data: StatusReportData): Promise<ReadDocx> {
  return readDocx(await packDocument(statusReportDocument(data)));
}

function section(doc: ReadDocx, from: string, to: string | null): string[] {
  const texts = doc.paragraphs.map((p) => p.text);
  const start = texts.indexOf(from);
  return texts.slice(start, to === null ? undefined : texts.indexOf(to));
}

/** Spending entered on the Løn line: 2020 over budget, 2021 under. */
function enterSpending(): void {
  const book = wb.session.requireWorkbook();
  const salary = book.db.prepare("SELECT id FROM budget_line WHERE cost_type = 'Løn'").pluck().get() as number;
  const amounts = book.db.prepare('SELECT id, year FROM budget_amount WHERE line_id = ?').all(salary) as Array<{ id: number; year: number }>;
  book.mutate('Test', 'Forbrug', (tx) => {
    tx.update('budget_amount', amounts.find((a) => a.year === 2020)!.id, { actual_ore: 60_000_000 });
    tx.update('budget_amount', amounts.find((a) => a.year === 2021)!.id, { actual_ore: 50_000_000 });
  });
}

describe('statusnotat analysis', () => {
  it('defaults to the current quarter, or the days since the last statusnotat', () => {
    expect(defaultStatusPeriod('2026-11-23', null)).toEqual({ from: '2026-10-01', to: '2026-11-23' });
    expect(defaultStatusPeriod('2026-11-23', '2026-08-31')).toEqual({ from: '2026-09-01', to: '2026-11-23' });
    expect(defaultStatusPeriod('2026-11-23', '2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-11-23' });
  });

  it('knows where the plan stands before, inside and after the programme period', () => {
    wb = createTestWorkbook();
    const inside = planPosition(load('2020-05-10', '2020-04-01'));
    expect(inside.currentQuarter).toBe('2020-K2');
    expect(inside.position).toBe('i');
    const first = inside.byInitiative.get(1)!;
    expect(first.current.map((p) => p.title)).toEqual(['Implementering af aktiviteter']);
    expect(first.next?.title).toBe('Eventuel videreførelse af social innovator i driften');
    expect(inside.overduePhases.map((p) => p.title)).toEqual([
      'Planlægning af ansættelse og indsats', 'Social innovator ansættes. Relationsopbygning, research, opstartsfasen',
      'Planlægning af ansættelse og indsats', 'Social innovator ansættes. Relationsopbygning, research, opstartsfasen',
      'Planlægning',
    ]);
    const before = planPosition(load('2019-01-15', '2019-01-01'));
    expect(before.position).toBe('før');
    expect(before.sentence).toBe('Perioden slutter i 2019 K1, før programperioden begynder; programmet er ikke gået i gang endnu.');
    const after = planPosition(load('2026-11-23', '2026-10-01'));
    expect(after.position).toBe('efter');
    expect(after.sentence).toBe('Perioden slutter i 2026 K4, efter programperioden, som sluttede med 2022 K4.');
    expect(inside.sentence).toBe('Perioden slutter i 2020 K2, programperiodens 5. kvartal af 15.');
    expect(after.byInitiative.get(3)!.last?.title).toBe('Implementering af aktiviteter');
    expect(after.overduePhases).toHaveLength(10);
  });
});

describe('Statusnotat from the default workbook (late 2026, after the programme period)', () => {
  it('has its sections as headings, the period and the letterhead and page fields', async () => {
    wb = createTestWorkbook();
    const doc = await render(load('2026-11-23', '2026-10-01'));
    expect(doc.headings.filter((h) => h.level <= 1).map((h) => h.text)).toEqual([
      'Statusnotat', '1. Sammenfatning', '2. Indsatsernes status', '3. Hvor står planen', '4. Økonomi', '5. Beslutninger i perioden', '6. Åbne handlinger', '7. Risici', '8. Programmets mål',
    ]);
    expect(doc.headings.filter((h) => h.level === 2 && !h.text.startsWith('Mål ')).map((h) => h.text)).toEqual([
      'Indsats 1: Fællesskabende aktiviteter i Mørkhøj', 'Indsats 2: Bedre fritidsmuligheder', 'Indsats 3: Det gode forældresamarbejde',
    ]);
    const facts = doc.tables[1]!;
    expect(facts[0]).toEqual(['Periode', '1. oktober 2026 – 23. november 2026']);
    expect(facts[1]).toEqual(['Til', 'Direktøren i Børne- og Kulturforvaltningen']);
    expect(facts[3]).toEqual(['Programperiode', '2019 K2 – 2022 K4 (afsluttet før periodens slutning)']);
    for (const footer of doc.footerXml) expect(fieldInstructions(footer)).toEqual(['PAGE', 'NUMPAGES']);
    expect(doc.tables[0]!.flat().join('\n')).toContain('J. nr. 85.00.00P20');
  });

  it('says sensibly in Danish what there is nothing of yet', async () => {
    wb = createTestWorkbook();
    const doc = await render(load('2026-11-23', '2026-10-01'));
    expect(section(doc, '1. Sammenfatning', '2. Indsatsernes status').slice(1)).toEqual([
      'Perioden slutter i 2026 K4, efter programperioden, som sluttede med 2022 K4.',
      '3 indsatser: 3 grønne.',
      'Budgettet for 2019–2022 er 2.510.000 kr.; der er endnu ikke registreret forbrug.',
      'Ingen beslutninger i perioden; ingen åbne handlinger ved periodens slutning.',
      'Risici: 10 faser over tid, intet merforbrug og ingen bemærkninger fra kontrollen – se afsnit 7.',
    ]);
    expect(doc.text).toContain('Ingen beslutninger i perioden.');
    expect(doc.text).toContain('Ingen åbne handlinger pr. 23. november 2026.');
    expect(doc.text).toContain('Der er ikke registreret aktiviteter for indsatsen.');
    expect(doc.text).toContain('Ingen opfølgninger i perioden.');
    // The evaluations the programme document asks for are seeded as proposals; after the period they are overdue.
    expect(section(doc, 'Næste milepæl', '4. Økonomi')).toEqual([
      'Næste milepæl',
      'Ingen kommende milepæle – programperioden er afsluttet.',
      'Milepæle, der ikke er markeret gennemført',
      'Midtvejsevaluering i 2021 K1 (foreslået, ikke fastlagt af styregruppen).',
      'Slutevaluering i 2022 K4 (foreslået, ikke fastlagt af styregruppen).',
      'Milepælene bør markeres gennemført eller aflyst på Plan-arket, eller flyttes, hvis de stadig skal nås.',
    ]);
    expect(doc.text).toContain('Programperioden er afsluttet, og der er ikke planlagt flere faser. Styregruppen bør tage stilling til videreførelse.');
  });

  it('shows budget against spending per year and line, totals from the shared arithmetic, and overspending as a risk', async () => {
    wb = createTestWorkbook();
    enterSpending();
    const doc = await render(load('2026-11-23', '2026-10-01'));
    const years = doc.tables.find((t) => t[0]?.[0] === 'År')!;
    expect(years).toEqual([
      ['År', 'Budget (kr.)', 'Forbrug (kr.)', 'Prognose (kr.)', 'Difference (kr.)', 'Forbrugt'],
      ['2019', '477.500', '0', '0', '477.500', '0 %'],
      ['2020', '930.000', '600.000', '600.000', '330.000', '65 %'],
      ['2021', '630.000', '500.000', '500.000', '130.000', '79 %'],
      ['2022', '472.500', '0', '0', '472.500', '0 %'],
      ['I alt', '2.510.000', '1.100.000', '1.100.000', '1.410.000', '44 %'],
    ]);
    const lines = doc.tables.find((t) => t[0]?.[0] === 'Linje')!;
    expect(lines[1]).toEqual(['Indsats 1 og 2 – social innovator', '1.910.000', '1.100.000', '1.100.000', '810.000']);
    expect(lines[2]).toEqual(['   Løn', '1.725.000', '1.100.000', '1.100.000', '625.000']);
    expect(lines[lines.length - 1]).toEqual(['I alt', '2.510.000', '1.100.000', '1.100.000', '1.410.000']);
    expect(doc.text).toContain('Der er registreret et forbrug på 1.100.000 kr. af et budget på 2.510.000 kr. for 2019–2022 (44 %).');
    expect(doc.text).toContain('Tallene dækker 2019–2022: budgettets år til og med 2026, det år perioden slutter i.');
    expect(doc.text).toContain('Indsats 1 og 2 – social innovator: Løn, 2020: forbrug 600.000 kr. mod budget 575.000 kr. (25.000 kr. over).');
    // No disponeret and no typed prognose: the prognose is the forbrug, and Løn 2020 over its budget asks for an explanation.
    const deviations = doc.tables.find((t) => t[0]?.join('|') === 'Linje|År|Budget (kr.)|Prognose (kr.)|Overskridelse (kr.)|Forklaring')!;
    expect(deviations.find((r) => r[0] === 'Indsats 1 og 2 – social innovator: Løn' && r[1] === '2020')).toEqual([
      'Indsats 1 og 2 – social innovator: Løn', '2020', '575.000', '600.000', '25.000 (4,3 %)', 'Mangler – der er ikke skrevet en afvigelsesforklaring.',
    ]);
    expect(doc.text).toContain('Prognosen registreres som ét beløb pr. år og dateres ikke, så den vises, som den står i arbejdsbogen, da notatet skrives.');
    const phases = doc.tables.find((t) => t[0]?.join('|') === 'Indsats|Fase|Skulle slutte|Status')!;
    expect(phases).toHaveLength(11);
    expect(phases[1]).toEqual(['1', 'Planlægning af ansættelse og indsats', '2019 K3', 'planlagt']);
  });

  it('prints forbrug with øre and credit notes in whole kroner, says so, and tells a few øre of overspending apart', async () => {
    wb = createTestWorkbook();
    const lines = (await wb.call('budget.get', {})).data.groups.flatMap((g) => g.lines);
    const id = (name: string) => lines.find((l) => l.costType === name)!.id;
    await wb.call('budget.amounts.set', { cells: [
      { lineId: id('Etableringsomkostninger'), year: 2019, measure: 'actual', value: 20_000.4 },
      { lineId: id('Løn'), year: 2020, measure: 'actual', value: 575_000.4 },
      { lineId: id('Løn'), year: 2021, measure: 'actual', value: 12_345.67 },
      { lineId: id('Forløb'), year: 2022, measure: 'actual', value: -1_250.5 },
    ] });
    const doc = await render(load('2026-11-23', '2026-10-01'));
    const years = doc.tables.find((t) => t[0]?.[0] === 'År')!;
    expect(years.slice(1)).toEqual([
      ['2019', '477.500', '20.000', '20.000', '457.500', '4 %'],
      ['2020', '930.000', '575.000', '575.000', '355.000', '62 %'],
      ['2021', '630.000', '12.346', '12.346', '617.654', '2 %'],
      ['2022', '472.500', '-1.251', '-1.251', '473.751', '0 %'],
      ['I alt', '2.510.000', '606.096', '606.096', '1.903.904', '24 %'],
    ]);
    const lineRows = doc.tables.find((t) => t[0]?.[0] === 'Linje')!;
    expect(lineRows.find((r) => r[0] === '   Løn')).toEqual(['   Løn', '1.725.000', '587.346', '587.346', '1.137.654']);
    // Etablering is 0,40 kr. over budget: a plain 0 in the table (not a red "-0"), "under 1 kr." among the risks.
    expect(lineRows.find((r) => r[0] === '   Etableringsomkostninger')).toEqual(['   Etableringsomkostninger', '20.000', '20.000', '20.000', '0']);
    const etableringRow = doc.documentXml.split('<w:tr').find((row) => row.includes('Etableringsomkostninger</w:t>'))!;
    expect(etableringRow).not.toContain(`w:color w:val="${COLOURS.status.rød.text}"`);
    expect(doc.text).toContain('Etableringsomkostninger, 2019: forbrug 20.000 kr. mod budget 20.000 kr. (under 1 kr. over).');
    expect(doc.text).toContain('Løn, 2020: forbrug 575.000 kr. mod budget 575.000 kr. (under 1 kr. over).');
    expect(doc.text).toContain('Der er registreret et forbrug på 606.096 kr. af et budget på 2.510.000 kr. for 2019–2022 (24 %).');
    expect(doc.text).toContain(
      'Beløb i hele kroner: forbrug med øre er afrundet, og totalerne er regnet af de præcise beløb, så summen af de viste tal kan afvige med få kroner fra totalen.',
    );
  });

  it('lists failing checks among the risks', async () => {
    wb = createTestWorkbook();
    const book = wb.session.requireWorkbook();
    book.mutate('Test', 'Dobbelt nummer', (tx) => tx.update('initiative', 2, { number: 1 }));
    const doc = await render(load('2026-11-23', '2026-10-01'));
    expect(doc.text).toContain('Fejl (Indsatser): Der er flere indsatser med nummer 1');
  });
});

/**
 * A quarter of the programme's life entered through the sheets' channels: activities with start
 * dates and participants, follow-ups, a planned milestone, and a meeting with decisions and actions.
 */
async function enterAQuarter(): Promise<void> {
  const [first, , third] = await wb.call('initiatives.list', {});
  const lektiecafe = await wb.call('activities.add', { initiativeId: first!.id, name: 'Lektiecafé i oktober', status: 'i gang' });
  await wb.call('activities.update', { id: lektiecafe.id, patch: { startDate: '2026-10-06', participants: 14 } });
  const dinner = await wb.call('activities.add', { initiativeId: first!.id, name: 'Fællesspisning på Mørkhøj Parkallé', status: 'forankret' });
  await wb.call('activities.update', { id: dinner.id, patch: { startDate: '2024-03-01', participants: 40 } });
  await wb.call('followUps.add', { initiativeId: first!.id, date: '2026-10-20', form: 'fokusgruppe', withWhom: 'forældre fra lektiecaféen', learnt: 'Tirsdag er for travl' });
  await wb.call('followUps.add', { initiativeId: third!.id, date: '2025-05-12', form: 'samtale', withWhom: 'pædagoger', learnt: 'Godt udbytte' });
  await wb.call('plan.milestones.add', { kind: 'beslutning om videreførelse', quarter: '2027-K1', title: 'Beslutning om videreførelse', status: 'planlagt' });

  const earlier = await wb.call('meetings.add', { date: '2026-06-01' });
  const old = await wb.call('meetings.items.add', { meetingId: earlier.id, title: 'Gammelt punkt' });
  await wb.call('meetings.items.update', { id: old.id, patch: { type: 'Beslutning', decision: 'Uden for perioden' } });
  const meeting = await wb.call('meetings.add', { date: '2026-10-21' });
  const item = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Videreførelse af den sociale innovator' });
  await wb.call('meetings.items.update', { id: item.id, patch: { type: 'Beslutning', decision: 'Styregruppen anbefaler videreførelse i 2027.' } });
  await wb.call('actions.add', { meetingId: meeting.id, itemId: item.id, what: 'Notat til direktøren', who: 'Mette Holm', deadline: '2026-11-01' });
  const volunteers = await wb.call('actions.add', { meetingId: meeting.id, itemId: item.id, what: 'Kontakt til frivillige', who: 'Jonas Berg', deadline: '2026-12-18' });
  await wb.call('actions.update', { id: volunteers.id, patch: { status: 'i gang' } });
  const done = await wb.call('actions.add', { meetingId: earlier.id, what: 'Afsluttet opgave', who: 'Karim Haddad', deadline: '2026-09-01' });
  await wb.call('actions.update', { id: done.id, patch: { status: 'færdig' } });
  // Done on a day of its own (the handler stamps today), before the note's date.
  wb.session.requireWorkbook().mutate('Test', 'Færdig-dato', (tx) => tx.update('action_item', done.id, { completed_on: '2026-09-15' }));
}

describe('Statusnotat with activities, follow-ups, milestones, decisions and actions entered on the sheets', () => {
  it('reports progress, next steps, the next milestone, decisions in the period and open and overdue actions', async () => {
    wb = createTestWorkbook();
    await enterAQuarter();
    const doc = await render({ ...load('2026-11-23', '2026-10-01'), summaryText: 'Lektiecaféen er kommet godt i gang.' });
    expect(section(doc, '1. Sammenfatning', '2. Indsatsernes status')).toEqual([
      '1. Sammenfatning',
      'Lektiecaféen er kommet godt i gang.',
      'Perioden slutter i 2026 K4, efter programperioden, som sluttede med 2022 K4.',
      '3 indsatser: 3 grønne.',
      'Budgettet for 2019–2022 er 2.510.000 kr.; der er endnu ikke registreret forbrug.',
      '1 beslutning i perioden; 2 åbne handlinger, heraf 1 overskreden ved periodens slutning.',
      'Risici: 10 faser over tid, intet merforbrug og 2 bemærkninger fra kontrollen – se afsnit 7.',
    ]);
    const first = section(doc, 'Indsats 1: Fællesskabende aktiviteter i Mørkhøj', 'Indsats 2: Bedre fritidsmuligheder');
    expect(first).toEqual([
      'Indsats 1: Fællesskabende aktiviteter i Mørkhøj',
      'Status: Grøn  ·  Ansvarlig: Social innovator',
      'Fremdrift',
      'Startet i perioden: Lektiecafé i oktober.',
      'I gang eller forankret: Lektiecafé i oktober og Fællesspisning på Mørkhøj Parkallé.',
      'Deltagere i aktiviteterne: 54.',
      'Opfølgning',
      '20. oktober 2026, fokusgruppe med forældre fra lektiecaféen: Tirsdag er for travl',
      'Næste skridt',
      // The programme document's ideas, seeded in every new workbook.
      'Planlagte aktiviteter og idéer: Fællesspisning for familier, Lektiecafé for børn og unge, Familie-/forældrekursus, Forældrenetværk, Læseklub for flersprogede drenge og Babybibliotek.',
    ]);
    expect(doc.text).toContain('Ingen opfølgninger i perioden. Seneste: 12. maj 2025, samtale med pædagoger.');
    const decisions = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(decisions.slice(1)).toEqual([['21. oktober 2026', 'Videreførelse af den sociale innovator', 'Styregruppen anbefaler videreførelse i 2027.']]);
    const actions = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(actions.slice(1)).toEqual([
      ['Notat til direktøren', 'Mette Holm', '21.10.2026', '01.11.2026', 'Overskredet'],
      ['Kontakt til frivillige', 'Jonas Berg', '21.10.2026', '18.12.2026', 'i gang'],
    ]);
    expect(section(doc, 'Næste milepæl', 'Milepæle, der ikke er markeret gennemført')).toEqual(['Næste milepæl', 'Beslutning om videreførelse i 2027 K1.']);
    // The workbook's own checks see what was entered, and the note lists them among the risks.
    expect(section(doc, 'Arbejdsbogens kontrol', '8. Programmets mål').slice(1)).toEqual([
      'Advarsel (Plan): Milepælen «Beslutning om videreførelse», 2027 K1, ligger uden for programperioden 2019 K2 – 2022 K4.',
      'Advarsel (Indsatser): Aktiviteten «Fællesspisning på Mørkhøj Parkallé» (indsats 1) er forankret, men der står ikke, hvem der ejer den lokalt.',
    ]);
  });

  it('reads as it stood on an earlier date: later meetings left out, actions done since then still open', async () => {
    wb = createTestWorkbook();
    await enterAQuarter();
    const doc = await render(load('2026-09-01', '2026-06-01', '2026-09-01'));
    expect(doc.text).toContain('1 beslutning i perioden; 1 åben handling, heraf ingen overskredne ved periodens slutning.');
    const actions = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(actions.slice(1)).toEqual([['Afsluttet opgave', 'Karim Haddad', '01.06.2026', '01.09.2026', 'åben']]);
    const decisions = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(decisions.slice(1)).toEqual([['1. juni 2026', 'Gammelt punkt', 'Uden for perioden']]);
  });
});
