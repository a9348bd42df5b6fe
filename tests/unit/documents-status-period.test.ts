// A statusnotat true to its period: made long after the fact (the note dated 23 November 2026)
// for every quarter of the demonstration workbook, read back from the .docx, and every date in it
// checked against the period's end; and the as-of rules one by one on a workbook entered through
// the real handlers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { packDocument } from '../../electron/documents/layout';
import { loadStatusReportData } from '../../electron/documents/loaders/status-report';
import { isProceduralDecision } from '../../electron/documents/status/status-analysis';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import type { DecisionRow } from '../../shared/domain/meeting-views';
import { paragraphText, readDocx, type ReadDocx } from '../support/docx-reader';
import { createDemoWorkbook } from '../support/demo-workbook';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

const WRITTEN = '2026-11-23';
const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

async function notat(wb: TestWorkbook, from: string, to: string, date = WRITTEN): Promise<ReadDocx> {
  return readDocx(await packDocument(statusReportDocument(loadStatusReportData(wb.session.requireWorkbook(), { date, period: { from, to } }))));
}

interface FoundDate {
  /** ISO date, or the last day of a quarter named. */
  day: string;
  said: string;
  where: string;
}

function lastDayOfQuarter(year: string, quarter: number): string {
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
}

/** Every date in a text: 30.06.2022, 30. juni 2022, 2022 K2 and 2. kvartal 2022. */
function datesIn(text: string, where: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(/\b(\d{2})\.(\d{2})\.(\d{4})\b/g)) found.push({ day: `${m[3]}-${m[2]}-${m[1]}`, said: m[0], where });
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\. (${MONTHS.join('|')}) (\\d{4})\\b`, 'g'))) {
    found.push({ day: `${m[3]}-${String(MONTHS.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`, said: m[0], where });
  }
  for (const m of text.matchAll(/\b(\d{4}) K([1-4])\b/g)) found.push({ day: lastDayOfQuarter(m[1]!, Number(m[2])), said: m[0], where });
  for (const m of text.matchAll(/\b([1-4])\. kvartal (\d{4})\b/g)) found.push({ day: lastDayOfQuarter(m[2]!, Number(m[1])), said: m[0], where });
  return found;
}

/**
 * The places a date may lie after the period's end, each a plan looking forward or the note's own
 * date, never something that happened:
 * - the letterhead's »Dato:«, the day the note is written;
 * - the programme period in the fact table (the programme's planned frame);
 * - the deadline (Frist) of an action open at the period's end;
 * - the next phase and the next milestone, as planned.
 */
function isForwardLooking(where: string): boolean {
  return /^letterhead Dato:/.test(where) || where === 'facts Programperiode' || where === 'actions Frist'
    || where === 'plan Næste fase' || /^paragraph Næste fase: /.test(where) || where === 'after Næste milepæl';
}

/** Every date in the document (body, tables, running header and footer) with where it stands. */
function everyDate(doc: ReadDocx): FoundDate[] {
  const found: FoundDate[] = [];
  doc.paragraphs.forEach((p, i) => {
    const where = doc.paragraphs[i - 1]?.text === 'Næste milepæl' ? 'after Næste milepæl' : `paragraph ${p.text}`;
    found.push(...datesIn(p.text, where));
  });
  for (const table of doc.tables) {
    const header = table[0] ?? [];
    const kind = header.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status' ? 'actions' : header[2] === 'Næste fase' ? 'plan' : header[0] === 'Periode' ? 'facts' : 'table';
    table.forEach((row, r) => row.forEach((cell, c) => {
      if (kind === 'facts') found.push(...datesIn(cell, c === 1 ? `facts ${row[0]}` : 'facts'));
      else if (table === doc.tables[0]) for (const line of cell.split('\n')) found.push(...datesIn(line, `letterhead ${line}`));
      else found.push(...datesIn(cell, r === 0 ? `${kind} header` : `${kind} ${header[c] ?? ''}`));
    }));
  }
  for (const xml of [...doc.headerXml, ...doc.footerXml]) found.push(...datesIn(paragraphText(xml), 'running header or footer'));
  return found;
}

describe('a statusnotat for every quarter of the demonstration workbook, written in November 2026', () => {
  let demo: TestWorkbook;
  beforeAll(() => {
    demo = createDemoWorkbook(1);
  });
  afterAll(() => demo.close());

  /** The quarters from the first meeting's to the last's. */
  function demoQuarters(): Array<{ name: string; from: string; to: string }> {
    const db = demo.session.requireWorkbook().db;
    const first = db.prepare('SELECT MIN(date) FROM meeting').pluck().get() as string;
    const last = db.prepare('SELECT MAX(date) FROM meeting').pluck().get() as string;
    const quarters: Array<{ name: string; from: string; to: string }> = [];
    for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
      for (let q = 1; q <= 4; q++) {
        const from = `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`;
        const to = lastDayOfQuarter(String(year), q);
        if (to >= first && from <= last) quarters.push({ name: `${year} K${q}`, from, to });
      }
    }
    return quarters;
  }

  it('has no date after the period’s end except the note’s own date and plans looking forward', async () => {
    const quarters = demoQuarters();
    expect(quarters.length).toBeGreaterThanOrEqual(12);
    let checked = 0;
    const forward = new Set<string>();
    for (const quarter of quarters) {
      const doc = await notat(demo, quarter.from, quarter.to);
      const dates = everyDate(doc);
      checked += dates.length;
      for (const d of dates) if (d.day > quarter.to) forward.add(d.where.split(' ').slice(0, 2).join(' '));
      const late = dates.filter((d) => d.day > quarter.to && !isForwardLooking(d.where));
      expect(late, `${quarter.name}: ${late.map((d) => `${d.said} (${d.where})`).join('; ')}`).toEqual([]);
      // The note is about its own quarter, by name, and its letterhead carries the day it was written.
      expect(doc.text).toContain(`Perioden slutter i ${quarter.name}`);
      expect(dates.some((d) => d.where === 'letterhead Dato: 23. november 2026')).toBe(true);
      expect(doc.text).not.toContain('2026 K4');
      // Forbrug for the years up to the period's end only.
      const years = doc.tables.find((t) => t[0]?.[0] === 'År')!;
      expect(years.slice(1, -1).map((r) => r[0])).toEqual(years.slice(1, -1).map((r) => r[0]).filter((y) => y! <= quarter.to.slice(0, 4)));
      expect(years.slice(1, -1).at(-1)![0]).toBe(quarter.to.slice(0, 4));
    }
    // The check reads real dates: meetings, actions, follow-ups, quarters – and the exceptions occur.
    expect(checked).toBeGreaterThan(quarters.length * 20);
    expect([...forward].sort()).toEqual(['actions Frist', 'after Næste', 'facts Programperiode', 'letterhead Dato:', 'paragraph Næste', 'plan Næste']);
  });

  it('lists the open actions as they stood at the period’s end, with overdue ones as of then', async () => {
    const db = demo.session.requireWorkbook().db;
    const period = { from: '2021-01-01', to: '2021-03-31' };
    const open = db
      .prepare(
        `SELECT a.what, a.deadline FROM action_item a JOIN meeting m ON m.id = a.meeting_id
         WHERE m.date <= ? AND (a.status <> 'færdig' OR a.completed_on > ?)`,
      )
      .all(period.to, period.to) as Array<{ what: string; deadline: string | null }>;
    // Some of them were closed later: the notat must show those as open.
    const closedLater = db
      .prepare(`SELECT COUNT(*) FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date <= ? AND a.completed_on > ?`)
      .pluck()
      .get(period.to, period.to) as number;
    expect(closedLater).toBeGreaterThan(0);
    const doc = await notat(demo, period.from, period.to);
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual(open.map((a) => a.what).sort());
    expect(table.slice(1).some((r) => r[4] === 'Færdig' || r[4] === 'færdig')).toBe(false);
    const overdue = open.filter((a) => a.deadline !== null && a.deadline < period.to).length;
    expect(table.filter((r) => r[4] === 'Overskredet')).toHaveLength(overdue);
  });
});

describe('the as-of rules, entered through the sheets’ channels', () => {
  let wb: TestWorkbook;
  afterEach(() => wb?.close());

  it('shows an action closed after the period’s end as open, and leaves out one agreed after it', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2026-05-06' });
    const action = await wb.call('actions.add', { meetingId: meeting.id, what: 'Aftale med boligselskabet', who: 'Mette Holm', deadline: '2026-06-01' });
    await wb.call('actions.update', { id: action.id, patch: { status: 'færdig' } });
    wb.session.requireWorkbook().mutate('Test', 'Færdig-dato', (tx) => tx.update('action_item', action.id, { completed_on: '2026-08-14' }));
    const later = await wb.call('meetings.add', { date: '2026-07-08' });
    await wb.call('actions.add', { meetingId: later.id, what: 'Aftalt efter perioden', who: 'Jonas Berg' });

    const doc = await notat(wb, '2026-04-01', '2026-06-30');
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(table.slice(1)).toEqual([['Aftale med boligselskabet', 'Mette Holm', '06.05.2026', '01.06.2026', 'Overskredet']]);
    expect(doc.text).toContain('1 åben handling pr. 30. juni 2026, heraf 1 overskreden.');
    // Closed before the period's end, it is not open.
    wb.session.requireWorkbook().mutate('Test', 'Færdig-dato', (tx) => tx.update('action_item', action.id, { completed_on: '2026-06-20' }));
    expect((await notat(wb, '2026-04-01', '2026-06-30')).text).toContain('Ingen åbne handlinger pr. 30. juni 2026.');
  });

  it('lists decisions of meetings in the period, not a later meeting’s', async () => {
    wb = createTestWorkbook();
    const inside = await wb.call('meetings.add', { date: '2026-05-06' });
    const item = await wb.call('meetings.items.add', { meetingId: inside.id, title: 'Lektiecaféen', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: item.id, patch: { decision: 'Lektiecaféen flytter til biblioteket.' } });
    const after = await wb.call('meetings.add', { date: '2026-07-01' });
    const laterItem = await wb.call('meetings.items.add', { meetingId: after.id, title: 'Fællesspisning', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: laterItem.id, patch: { decision: 'Fællesspisningen fortsætter.' } });

    const doc = await notat(wb, '2026-04-01', '2026-06-30');
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(table.slice(1)).toEqual([['6. maj 2026', 'Lektiecaféen', 'Lektiecaféen flytter til biblioteket.']]);
    expect(doc.text).not.toContain('Fællesspisningen fortsætter.');
  });

  it('leaves procedure out: the standing items’ routine and points only taken note of; keeps what was decided on them', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2026-05-06' });
    const agenda = (await wb.call('meetings.get', { id: meeting.id })).items;
    const approve = agenda.find((i) => i.standing === 'approveAgenda')!;
    const followUp = agenda.find((i) => i.standing === 'followUp')!;
    const anyOther = agenda.find((i) => i.standing === 'anyOtherBusiness')!;
    const info = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Status på indsatserne', type: 'Orientering' });
    await wb.call('meetings.items.update', { id: info.id, patch: { recommendation: ['at styregruppen tager status til efterretning'] } });
    const decision = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Åbningstider', type: 'Beslutning' });
    await wb.call('meetings.items.update', { id: decision.id, patch: { recommendation: ['at lektiecaféen holder åbent torsdag', 'at forsøget evalueres'] } });
    await wb.call('meetings.setStatus', { id: meeting.id, status: 'afholdt' });
    await wb.call('meetings.points.decide', { itemId: approve.id, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.items.update', { id: approve.id, patch: { decision: 'Dagsordenen blev godkendt.' } });
    await wb.call('meetings.points.decide', { itemId: followUp.id, pointIndex: 0, patch: { outcome: 'Taget til efterretning' } });
    await wb.call('meetings.points.decide', { itemId: info.id, pointIndex: 0, patch: { outcome: 'Taget til efterretning' } });
    await wb.call('meetings.items.update', { id: info.id, patch: { decision: 'Orienteringen blev taget til efterretning.' } });
    await wb.call('meetings.points.decide', { itemId: decision.id, pointIndex: 0, patch: { outcome: 'Godkendt' } });
    await wb.call('meetings.points.decide', { itemId: decision.id, pointIndex: 1, patch: { outcome: 'Udsat', text: 'Tages op efter sommerferien.' } });
    await wb.call('meetings.items.update', { id: anyOther.id, patch: { decision: 'Styregruppen besluttede at invitere boligselskabet til næste møde.' } });

    const doc = await notat(wb, '2026-04-01', '2026-06-30');
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(table.slice(1)).toEqual([
      ['6. maj 2026', 'Åbningstider', 'at lektiecaféen holder åbent torsdag\nGodkendt'],
      ['6. maj 2026', 'Åbningstider', 'at forsøget evalueres\nUdsat: Tages op efter sommerferien.'],
      ['6. maj 2026', 'Eventuelt', 'Styregruppen besluttede at invitere boligselskabet til næste møde.'],
    ]);
    expect(doc.text).toContain('3 beslutninger i perioden');
    expect(doc.text).not.toContain('Dagsordenen blev godkendt.');

    // Something recorded beyond the routine makes the standing item a decision after all.
    await wb.call('meetings.dissents.add', { itemId: approve.id, pointIndex: 0, name: 'Sara Khalil', text: 'Punktet om budgettet burde være med.' });
    const again = await notat(wb, '2026-04-01', '2026-06-30');
    const rows = again.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!.slice(1);
    expect(rows[0]).toEqual([
      '6. maj 2026', 'Godkendelse af dagsorden', 'at dagsordenen godkendes\nGodkendt\nAfvigende mening fra Sara Khalil: Punktet om budgettet burde være med.',
    ]);
  });

  it('reads the plan and the milestones as they stood at the period’s end, and counts spending up to its year', async () => {
    wb = createTestWorkbook();
    const book = wb.session.requireWorkbook();
    // Phases closed and the midway evaluation held after the period, as a later workbook says.
    book.mutate('Test', 'Senere', (tx) => {
      for (const id of book.db.prepare('SELECT id FROM plan_phase').pluck().all() as number[]) tx.update('plan_phase', id, { status: 'afsluttet' });
      const midway = book.db.prepare("SELECT id FROM milestone WHERE kind = 'midtvejsevaluering'").pluck().get() as number;
      tx.update('milestone', midway, { status: 'gennemført' });
      const amounts = book.db.prepare('SELECT id, year FROM budget_amount').all() as Array<{ id: number; year: number }>;
      for (const a of amounts) tx.update('budget_amount', a.id, { actual_ore: 10_000_00 });
    });
    const doc = await notat(wb, '2020-04-01', '2020-06-30');
    const plan = doc.tables.find((t) => t[0]?.[1] === 'Fase i 2020 K2')!;
    expect(plan[1]![1]).toBe('Implementering af aktiviteter (i gang)');
    // Held in 2021 K1, so still to come at the end of 2020 K2.
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts[texts.indexOf('Næste milepæl') + 1]).toBe('Midtvejsevaluering i 2021 K1.');
    const years = doc.tables.find((t) => t[0]?.[0] === 'År')!;
    expect(years.map((r) => r[0])).toEqual(['År', '2019', '2020', 'I alt']);
    expect(doc.text).toContain(
      'Tallene dækker 2019–2020: budgettets år til og med 2020, det år perioden slutter i. Forbruget registreres som ét beløb pr. år, så for 2020 er det årets forbrug, som det står i arbejdsbogen – også det, der måtte være bogført efter 30. juni 2020.',
    );
    // The workbook's checks are about today, so a notat looking back leaves them out and says why.
    expect(doc.text).toContain('Kontrollen gælder arbejdsbogen, som den er i dag');
  });
});

describe('isProceduralDecision', () => {
  const row = (over: Partial<DecisionRow>): DecisionRow => ({
    id: 1, key: '1', meetingId: 1, meetingDate: '2026-05-06', itemTitle: 'Punkt', pointIndex: 0, point: 'at …', outcome: null, outcomeDefaulted: false,
    decision: '', dissents: [], ...over,
  });

  it('tells the routine of standing items and what was only taken note of from decisions', () => {
    expect(isProceduralDecision(row({ outcome: 'Godkendt' }), 'approveAgenda')).toBe(true);
    expect(isProceduralDecision(row({ outcome: 'Ikke godkendt' }), 'approveAgenda')).toBe(false);
    expect(isProceduralDecision(row({ outcome: 'Godkendt', decision: 'Med et ekstra punkt om budgettet.' }), 'approveAgenda')).toBe(false);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Dagsordenen blev godkendt med et ekstra punkt under eventuelt.' }), 'approveAgenda')).toBe(true);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Dagsordenen blev ikke godkendt.' }), 'approveAgenda')).toBe(false);
    expect(isProceduralDecision(row({ outcome: 'Taget til efterretning', outcomeDefaulted: true }), 'followUp')).toBe(true);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Intet.' }), 'anyOtherBusiness')).toBe(true);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Næste møde flyttes til den 3. juni.' }), 'anyOtherBusiness')).toBe(false);
    expect(isProceduralDecision(row({ outcome: 'Taget til efterretning' }), null)).toBe(true);
    expect(isProceduralDecision(row({ outcome: 'Taget til efterretning', dissents: [{ name: 'Sara Khalil', text: 'Uenig' }] }), null)).toBe(false);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Orienteringen blev taget til efterretning.' }), null)).toBe(true);
    expect(isProceduralDecision(row({ pointIndex: null, decision: 'Orienteringen blev taget til efterretning, og formanden skriver til direktøren.' }), null)).toBe(false);
    expect(isProceduralDecision(row({ outcome: 'Godkendt' }), null)).toBe(false);
  });
});
