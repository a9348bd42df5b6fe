// Dagsorden, referat and statusnotat made from a demonstration workbook and read back. What
// each document must say is read straight from the workbook's tables with SQL here, beside
// (not through) the readers and generators under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatDateWithWeekday } from '../../shared/dates';
import { packDocument } from '../../electron/documents/layout';
import { loadMeetingDocumentData } from '../../electron/documents/loaders/meetings';
import { loadStatusReportData } from '../../electron/documents/loaders/status-report';
import { agendaDocument } from '../../electron/documents/meetings/agenda-document';
import { minutesDocument } from '../../electron/documents/meetings/minutes-document';
import { statusReportDocument } from '../../electron/documents/status/status-report';
import type { Workbook } from '../../electron/workbook/workbook';
import { createDemoWorkbook } from '../support/demo-workbook';
import { readDocx, type ReadDocx } from '../support/docx-reader';
import type { TestWorkbook } from '../support/workbooks';

interface MeetingRow {
  id: number;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  status: string;
}

interface ItemRow {
  id: number;
  title: string;
  type: string;
  presenter: string;
  minutes: number;
  recommendation: string;
  case_text: string;
  standing: string | null;
  proposal_state: string;
  minutes_text: string;
  decision: string;
}

interface ActionRow {
  id: number;
  item_id: number | null;
  what: string;
  who: string;
  deadline: string | null;
  status: string;
  completed_on: string | null;
  meeting_date: string;
}

let twb: TestWorkbook;
let wb: Workbook;
const TODAY = '2026-11-23';

beforeAll(() => {
  twb = createDemoWorkbook(1);
  wb = twb.session.requireWorkbook();
});
afterAll(() => twb.close());

function meetings(): MeetingRow[] {
  return wb.db.prepare('SELECT * FROM meeting ORDER BY date, start_time, id').all() as MeetingRow[];
}

function items(meetingId: number): ItemRow[] {
  return wb.db.prepare('SELECT * FROM agenda_item WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as ItemRow[];
}

function accepted(meetingId: number): ItemRow[] {
  return items(meetingId).filter((i) => i.proposal_state === 'accepteret');
}

function actionsOf(meetingId: number): ActionRow[] {
  return wb.db
    .prepare('SELECT a.*, m.date AS meeting_date FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.meeting_id = ? ORDER BY a.position, a.id')
    .all(meetingId) as ActionRow[];
}

/** Back to back from the start, by plain clock arithmetic: "kl. 14.05–14.15". */
function expectedSlots(meeting: MeetingRow): string[] {
  const [h, m] = meeting.start_time.split(':').map(Number);
  let at = h! * 60 + m!;
  const clock = (t: number) => `${String(Math.floor(t / 60) % 24).padStart(2, '0')}.${String(t % 60).padStart(2, '0')}`;
  return accepted(meeting.id).map((item) => {
    const slot = `kl. ${clock(at)}–${clock(at + item.minutes)}`;
    at += item.minutes;
    return slot;
  });
}

/** The paragraphs from one heading up to the next item heading (or the end). */
function itemSection(doc: ReadDocx, heading: string): string[] {
  const texts = doc.paragraphs.map((p) => p.text);
  const start = texts.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = texts.findIndex((t, i) => i > start && doc.paragraphs[i]!.style === 'Heading1');
  return texts.slice(start, end === -1 ? undefined : end);
}

async function agenda(meetingId: number): Promise<ReadDocx> {
  return readDocx(await packDocument(agendaDocument(loadMeetingDocumentData(wb, meetingId, TODAY))));
}

async function minutes(meetingId: number): Promise<ReadDocx> {
  return readDocx(await packDocument(minutesDocument(loadMeetingDocumentData(wb, meetingId, TODAY))));
}

describe('Dagsorden from the demonstration workbook', () => {
  it('has the meeting’s facts and its accepted items, numbered and timed from the start', async () => {
    const meeting = meetings().at(-1)!;
    expect(meeting.status).toBe('planlagt');
    const doc = await agenda(meeting.id);
    const shown = accepted(meeting.id);
    expect(doc.headings.map((h) => h.text)).toEqual(['Dagsorden', 'Punkter', ...shown.map((item, i) => `${i + 1}. ${item.title}`)]);
    // The innovator's proposal that waits for the chair is not sent out.
    const waiting = items(meeting.id).filter((i) => i.proposal_state === 'foreslået');
    expect(waiting.length).toBe(1);
    expect(doc.text).not.toContain(waiting[0]!.title);

    const facts = doc.tables[1]!;
    expect(facts[0]).toEqual(['Dato', formatDateWithWeekday(meeting.date)]);
    expect(facts[1]).toEqual(['Tid', `kl. ${meeting.start_time.replace(':', '.')}–${meeting.end_time.replace(':', '.')}`]);
    expect(facts[2]).toEqual(['Sted', meeting.place]);
    const present = wb.db.prepare('SELECT name FROM meeting_participant WHERE meeting_id = ? AND present = 1 ORDER BY position, id').pluck().all(meeting.id) as string[];
    expect(facts[3]![1]!.split('\n').map((line) => line.split(',')[0])).toEqual(present);

    const overview = doc.tables.find((t) => t[0]?.join('|') === 'Nr.|Punkt|Type|Tid')!;
    expect(overview.slice(1)).toEqual(shown.map((item, i) => [String(i + 1), item.title, item.type, expectedSlots(meeting)[i]]));
  });

  it('gives every item its slot, type and presenter, the Indstilling as "at" points, Sagsfremstilling and Bilag', async () => {
    const meeting = meetings().at(-1)!;
    const doc = await agenda(meeting.id);
    const slots = expectedSlots(meeting);
    accepted(meeting.id).forEach((item, i) => {
      const section = itemSection(doc, `${i + 1}. ${item.title}`);
      expect(section[1]!.startsWith(`${slots[i]}  ·  ${item.type}`), section[1]).toBe(true);
      if (item.presenter) expect(section[1]).toContain(`Ved: ${item.presenter}`);
      const points = (JSON.parse(item.recommendation) as string[]).map((p) => `at\t${p.replace(/^at\s+/, '')}`);
      if (points.length > 0) {
        const at = section.indexOf('Indstilling');
        expect(section.slice(at, at + 2 + points.length)).toEqual(['Indstilling', 'Det indstilles,', ...points]);
      } else {
        expect(section).not.toContain('Indstilling');
      }
      if (item.case_text) {
        const first = item.case_text.split('\n\n')[0]!;
        expect(section[section.indexOf('Sagsfremstilling') + 1]).toBe(first);
      }
      const attachments = wb.db.prepare('SELECT name FROM attachment WHERE item_id = ? ORDER BY position, id').pluck().all(item.id) as string[];
      if (attachments.length > 0) expect(section.slice(section.indexOf('Bilag') + 1)).toEqual(attachments.map((name, j) => `Bilag ${i + 1}.${j + 1}: ${name}`));
      // Nothing of the minutes in an agenda.
      expect(section).not.toContain('Referat');
      expect(section).not.toContain('Beslutning');
    });
    // Attachments are named, never by the sender's folder.
    expect(doc.text).not.toContain('C:\\Styregruppen');
  });

  it('lists the earlier meetings’ open actions under "Opfølgning på referat og handlinger"', async () => {
    const all = meetings();
    const meeting = all.at(-1)!;
    const previous = all.at(-2)!;
    const doc = await agenda(meeting.id);
    const carried = wb.db
      .prepare(
        `SELECT a.*, m.date AS meeting_date FROM action_item a JOIN meeting m ON m.id = a.meeting_id
         WHERE m.date < ? AND (a.status <> 'færdig' OR a.completed_on >= ?)`,
      )
      .all(meeting.date, previous.date) as ActionRow[];
    const open = carried.filter((a) => a.status !== 'færdig' || a.completed_on! > meeting.date);
    expect(open.length).toBeGreaterThan(0);
    const followUp = itemSection(doc, '2. Opfølgning på referat og handlinger');
    const done = carried.length - open.length;
    expect(followUp).toContain(
      `${open.length} åbne handlinger${done > 0 ? ` og ${done} gennemført siden mødet ${formatDateLong(previous.date)}` : ''}.`,
    );
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual(carried.map((a) => a.what).sort());
    for (const a of open) {
      const row = table.find((r) => r[0] === a.what && r[2] === formatDateShort(a.meeting_date))!;
      expect(row[3]).toBe(a.deadline ? formatDateShort(a.deadline) : 'Ingen');
      expect(row[4]).toBe(a.status === 'i gang' ? 'I gang' : a.status === 'åben' ? 'Åben' : `Færdig ${formatDateShort(a.completed_on!)}`);
    }
  });

  it('leaves a declined proposal out and numbers the items after it without a gap', async () => {
    const declined = wb.db.prepare("SELECT meeting_id FROM agenda_item WHERE proposal_state = 'afvist' ORDER BY id LIMIT 1").pluck().get() as number;
    expect(declined).toBeDefined();
    const doc = await agenda(declined);
    const shown = accepted(declined);
    expect(doc.headings.slice(2).map((h) => h.text)).toEqual(shown.map((item, i) => `${i + 1}. ${item.title}`));
    for (const item of items(declined).filter((i) => i.proposal_state === 'afvist')) expect(doc.text).not.toContain(item.title);
  });
});

describe('Referat from the demonstration workbook', () => {
  /** The approved meeting with the most decisions. */
  function richestMeeting(): MeetingRow {
    const id = wb.db
      .prepare(
        `SELECT m.id FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
         WHERE m.status = 'referat godkendt' AND trim(i.decision) <> '' GROUP BY m.id ORDER BY COUNT(*) DESC, m.date LIMIT 1`,
      )
      .pluck()
      .get() as number;
    return meetings().find((m) => m.id === id)!;
  }

  it('has Referat and Beslutning under each item, as recorded', async () => {
    const meeting = richestMeeting();
    const doc = await minutes(meeting.id);
    expect(doc.paragraphs.find((p) => p.style === 'Subtitle')?.text).toBe('Møde i styregruppen for social balance i Mørkhøj');
    expect(doc.tables[1]![3]![0]).toBe('Til stede');
    const shown = accepted(meeting.id);
    expect(doc.headings.map((h) => h.text)).toEqual(['Referat', ...shown.map((item, i) => `${i + 1}. ${item.title}`), 'Handlinger']);
    // The demonstration records no decision per "at"; an Orientering item's points are taken note of.
    const takenNote = (item: ItemRow) =>
      item.type === 'Orientering' ? (JSON.parse(item.recommendation) as string[]).filter((p) => p.trim()).flatMap((p) => [p.trim(), 'Taget til efterretning']) : [];
    const decided = (item: ItemRow) => [...takenNote(item), ...(item.decision.trim() ? [item.decision] : [])];
    shown.forEach((item, i) => {
      const section = itemSection(doc, `${i + 1}. ${item.title}`);
      const said = section.indexOf('Referat');
      expect(section[said + 1]).toBe(item.minutes_text.trim() ? item.minutes_text.split('\n\n')[0] : 'Ingen bemærkninger.');
      if (decided(item).length > 0) expect(section.slice(section.indexOf('Beslutning'))).toEqual(['Beslutning', ...decided(item)]);
      // Approved minutes do not point at a missing decision.
      else expect(section).not.toContain('Beslutning');
    });
    const decisions = doc.paragraphs.filter((p) => p.style === 'Beslutning').map((p) => p.text);
    expect(decisions).toEqual(shown.flatMap(decided));
    expect(shown.filter((i) => i.decision.trim()).length).toBeGreaterThanOrEqual(2);
  });

  it('ends with the actions agreed: the item’s number, Hvad, Hvem, Hvornår', async () => {
    const meeting = richestMeeting();
    const doc = await minutes(meeting.id);
    const numbers = new Map(accepted(meeting.id).map((item, i) => [item.id, i + 1]));
    const expected = actionsOf(meeting.id)
      .map((a) => ({ a, n: a.item_id === null ? 999 : numbers.get(a.item_id)! }))
      .sort((x, y) => x.n - y.n)
      .map(({ a, n }) => [n === 999 ? '–' : String(n), a.what, a.who || 'Ikke fordelt', a.deadline ? formatDateLong(a.deadline) : 'Ingen frist']);
    expect(expected.length).toBeGreaterThan(0);
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Punkt|Hvad|Hvem|Hvornår')!;
    expect(table.slice(1)).toEqual(expected);
  });

  it('marks the minutes of a meeting held but not approved as a draft', async () => {
    const held = meetings().find((m) => m.status === 'afholdt')!;
    const doc = await minutes(held.id);
    expect(doc.paragraphs.find((p) => p.style === 'Subtitle')?.text).toBe('Møde i styregruppen for social balance i Mørkhøj – udkast, ikke godkendt');
    expect(doc.headerXml.join('')).toContain(`Referat af mødet ${formatDateLong(held.date)}`);
  });
});

describe('Statusnotat from the demonstration workbook', () => {
  const period = { from: '2022-04-01', to: '2022-06-30' };

  it('lists the decisions of the period and the actions open at the period’s end, overdue ones marked', async () => {
    // Written the day after the period: everything is as of its end, 30 June.
    const date = '2022-07-01';
    const end = period.to;
    const doc = await readDocx(await packDocument(statusReportDocument(loadStatusReportData(wb, { date, period }))));
    const decisions = wb.db
      .prepare(
        `SELECT m.date, i.title, i.decision FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
         WHERE trim(i.decision) <> '' AND m.date BETWEEN ? AND ? ORDER BY m.date, m.start_time, i.position`,
      )
      .all(period.from, period.to) as Array<{ date: string; title: string; decision: string }>;
    expect(decisions.length).toBeGreaterThan(1);
    const table = doc.tables.find((t) => t[0]?.join('|') === 'Møde|Punkt|Beslutning')!;
    expect(table.slice(1)).toEqual(decisions.map((d) => [formatDateLong(d.date), d.title, d.decision]));

    const open = wb.db
      .prepare(
        `SELECT a.*, m.date AS meeting_date FROM action_item a JOIN meeting m ON m.id = a.meeting_id
         WHERE m.date <= ? AND (a.status <> 'færdig' OR a.completed_on > ?)`,
      )
      .all(end, end) as ActionRow[];
    const overdue = open.filter((a) => a.deadline !== null && a.deadline < end);
    expect(open.length).toBeGreaterThan(overdue.length);
    expect(overdue.length).toBeGreaterThan(0);
    expect(doc.text).toContain(`${decisions.length} beslutninger i perioden; ${open.length} åbne handlinger, heraf ${overdue.length} overskredne ved periodens slutning.`);
    const actions = doc.tables.find((t) => t[0]?.join('|') === 'Hvad|Hvem|Aftalt|Frist|Status')!;
    expect(actions).toHaveLength(open.length + 1);
    expect(actions.filter((r) => r[4] === 'Overskredet')).toHaveLength(overdue.length);
    // Soonest deadline first.
    const deadlines = actions.slice(1).map((r) => r[3]!.split('.').reverse().join('-'));
    expect(deadlines).toEqual([...deadlines].sort());
    expect(doc.text).toContain('Perioden slutter i 2022 K2, programperiodens 13. kvartal af 15.');
    // The demonstration plans the final evaluation for 2022 K3 (it is on the coming agenda).
    expect(doc.text).toContain('Næste milepæl');
    expect(doc.text).toContain('Slutevaluering i 2022 K3.');
  });

  it('shows the demonstration spending against the budget', async () => {
    const doc = await readDocx(await packDocument(statusReportDocument(loadStatusReportData(wb, { date: TODAY, period }))));
    // Stored in øre, printed in whole kroner.
    const spentOre = wb.db.prepare('SELECT SUM(actual_ore) FROM budget_amount').pluck().get() as number;
    const years = doc.tables.find((t) => t[0]?.[0] === 'År')!;
    expect(years.at(-1)![0]).toBe('I alt');
    expect(years.at(-1)![2]).toBe(new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 }).format(Math.round(spentOre / 100)));
  });
});
