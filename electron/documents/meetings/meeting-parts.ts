// The parts a dagsorden and a referat share: the meeting's facts, the item heading with its
// time slot, type and presenter, the Indstilling's "at …" points, the Sagsfremstilling and Bilag.
// Which items are on the agenda, their numbers and time slots come from shared/meetings/, so
// the documents number and time the items exactly as the Møder sheet does.
import { Paragraph, Tab, TabStopType, TextRun, type Table } from 'docx';
import { formatDateLong, formatDateShort, formatDateWithWeekday } from '../../../shared/dates';
import { initiativeLabel } from '../../../shared/domain/initiative';
import type { AgendaItem, MeetingParticipant } from '../../../shared/domain/meeting';
import type { ActionRecord, CarriedAction } from '../../../shared/domain/meeting-views';
import { agendaNumbers } from '../../../shared/meetings/agenda';
import { isOpen } from '../../../shared/meetings/carry-over';
import { isOnAgenda } from '../../../shared/meetings/proposals';
import { sinceLastSections } from '../../../shared/meetings/since-last';
import { formatTimeSlot } from '../../../shared/meetings/time-slots';
import { bullets, heading, label, note, run, textBlocks, textParagraph, type Block } from '../blocks';
import { count } from '../format';
import { STYLE } from '../styles';
import { factTable, gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { A4_PORTRAIT, textWidth } from '../theme';
import type { MeetingDocumentData } from './meeting-document-data';

export const WIDTH = textWidth(A4_PORTRAIT);

/** An item that goes out, with its printed number and time slot. */
export interface ShownItem {
  item: AgendaItem;
  number: number;
  /** "kl. 14.00–14.20" */
  slot: string;
}

/**
 * The items that go out, in agenda order: those on the agenda (proposals waiting for the chair
 * and declined ones are not), numbered and timed as the Møder sheet does.
 */
export function shownItems(data: MeetingDocumentData): ShownItem[] {
  const numbers = agendaNumbers(data.items);
  return data.items.filter(isOnAgenda).map((item) => {
    const slot = data.schedule.slots[item.id];
    return { item, number: numbers.get(item.id)!, slot: slot ? formatTimeSlot(slot) : '' };
  });
}

function widthsOf(fractions: number[]): number[] {
  const widths = fractions.slice(0, -1).map((f) => Math.round(WIDTH * f));
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  return widths;
}

/** "Anne Hansen, formand" — the name, and the role when there is one; the role alone for an unnamed seat. */
export function personText(p: Pick<MeetingParticipant, 'name' | 'role'>): string {
  const name = cleanLine(p.name);
  const role = cleanLine(p.role);
  if (name && role) return `${name}, ${role}`;
  return name || role || 'Unavngiven deltager';
}

/** "Afbud – ferie" → "ferie": the row is already headed Afbud. */
function absenceReason(note: string): string {
  return cleanLine(note).replace(/^afbud\b[\s–—:,.-]*/i, '');
}

function participantLines(list: MeetingParticipant[], withNote: boolean): Paragraph[] {
  return list.map((p) => {
    const reason = withNote ? absenceReason(p.absenceNote) : '';
    return textParagraph(`${personText(p)}${reason ? ` – ${reason}` : ''}`, { style: STYLE.tableText });
  });
}

/** Dato, Tid, Sted, Deltagere (or Til stede) and Afbud. */
export function meetingFacts(data: MeetingDocumentData, presentLabel: string): Table {
  const m = data.meeting;
  const present = data.participants.filter((p) => p.present);
  const absent = data.participants.filter((p) => !p.present);
  const rows: Array<[string, string | Paragraph[]]> = [
    ['Dato', formatDateWithWeekday(m.date)],
    ['Tid', formatTimeSlot({ start: m.startTime, end: m.endTime })],
    ['Sted', cleanLine(m.place) || 'Ikke angivet'],
    [presentLabel, present.length > 0 ? participantLines(present, false) : 'Ingen deltagere angivet'],
    ['Afbud', absent.length > 0 ? participantLines(absent, true) : 'Ingen'],
  ];
  return factTable(rows, WIDTH, 1700);
}

function initiativeName(data: MeetingDocumentData, id: number | null): string {
  const initiative = id === null ? undefined : data.initiatives.find((i) => i.id === id);
  return initiative ? initiativeLabel({ number: initiative.number, title: cleanLine(initiative.title) }) : '';
}

/**
 * "1. Godkendelse af dagsorden" and, under it, "kl. 14.00–14.05 · Beslutning · Ved: Anne Hansen".
 * A revised dagsorden adds its remark to the heading: "(ændret 03.12.2026)".
 */
export function itemHeading(data: MeetingDocumentData, { item, number, slot }: ShownItem, remark?: string): Block[] {
  const meta = [slot, item.type, cleanLine(item.presenter) ? `Ved: ${cleanLine(item.presenter)}` : '', initiativeName(data, item.initiativeId)]
    .filter(Boolean)
    .join('  ·  ');
  const blocks: Block[] = [heading(`${number}. ${cleanLine(item.title) || 'Punkt uden titel'}`, 1, { remark })];
  if (meta) blocks.push(new Paragraph({ style: STYLE.meta, children: [run(meta)] }));
  return blocks;
}

/** "at godkende dagsordenen" → "godkende dagsordenen": the "at" stands in its own column. */
export function withoutAt(point: string): string {
  return cleanLine(point).replace(/^at\s+/i, '').replace(/^[-–•]\s*/, '');
}

/** Indstilling as the municipal "Det indstilles, at …" with one "at" per point. */
export function recommendation(item: Pick<AgendaItem, 'recommendation'>): Block[] {
  const points = item.recommendation.map(withoutAt).filter(Boolean);
  if (points.length === 0) return [];
  return [
    label('Indstilling'),
    textParagraph('Det indstilles,', { keepNext: true }),
    ...points.map(
      (point, i) =>
        new Paragraph({
          style: STYLE.recommendation,
          keepNext: i < points.length - 1,
          tabStops: [{ type: TabStopType.LEFT, position: 397 }],
          children: [run('at'), new TextRun({ children: [new Tab()] }), run(point)],
        }),
    ),
  ];
}

export function caseText(item: AgendaItem): Block[] {
  const blocks = textBlocks(item.caseText);
  return blocks.length > 0 ? [label('Sagsfremstilling'), ...blocks] : [];
}

function fileNameOf(p: string): string {
  const parts = cleanLine(p).split(/[\\/]/);
  return parts[parts.length - 1] ?? '';
}

/** "Bilag 3.1: Status på lektiecaféen" — named, never by the sender's local path. */
export function attachments(item: AgendaItem, number: number): Block[] {
  const names = item.attachments.map((a) => cleanLine(a.name) || fileNameOf(a.path)).filter(Boolean);
  if (names.length === 0) return [];
  return [label('Bilag'), ...names.map((name, i) => textParagraph(`Bilag ${number}.${i + 1}: ${name}`, { keepNext: i < names.length - 1 }))];
}

export function deadlineText(deadline: string | null): string {
  return deadline ? formatDateLong(deadline) : 'Ingen frist';
}

/** "Færdig 03.06.2021", "I gang", "Åben" */
function actionStatusText(action: Pick<ActionRecord, 'status' | 'completedOn'>): string {
  if (action.status === 'færdig') return action.completedOn ? `Færdig ${formatDateShort(action.completedOn)}` : 'Færdig';
  return action.status.charAt(0).toLocaleUpperCase('da-DK') + action.status.slice(1);
}

/** Done by the meeting's day: the follow-up item reports it as done since the previous meeting. */
function doneBy(action: CarriedAction, date: string): boolean {
  return !isOpen(action) && action.completedOn !== null && action.completedOn <= date;
}

/**
 * Under "Opfølgning på referat og handlinger": the actions of earlier meetings still open, and
 * those done since the previous meeting – the list the Møder sheet shows under the item. The
 * counts are as of the meeting's day (a referat made later still tells what the meeting saw);
 * the status column tells the state now.
 */
export function carriedOverTable(data: MeetingDocumentData): Block[] {
  const title = label('Handlinger fra tidligere møder');
  if (data.carriedOver.length === 0) return [title, note('Der er ingen åbne handlinger fra tidligere møder.')];
  const date = data.meeting.date;
  const actions = [...data.carriedOver].sort((a, b) => Number(doneBy(a, date)) - Number(doneBy(b, date)));
  const done = actions.filter((a) => doneBy(a, date)).length;
  const open = actions.length - done;
  const summary = [open === 0 ? 'Ingen åbne handlinger' : count(open, 'åben handling', 'åbne handlinger')];
  if (done > 0 && data.previousMeeting) summary.push(`${done} gennemført siden mødet ${formatDateLong(data.previousMeeting.date)}`);
  return [
    title,
    textParagraph(`${summary.join(' og ')}.`, { keepNext: true }),
    gridTable({
      widths: widthsOf([0.37, 0.2, 0.12, 0.12, 0.19]),
      header: [['Hvad', 'Hvem', 'Aftalt', 'Frist', 'Status']],
      body: actions.map((a): Cell[] => [
        cleanLine(a.what),
        cleanLine(a.who) || 'Ikke fordelt',
        formatDateShort(a.meetingDate),
        a.deadline ? formatDateShort(a.deadline) : 'Ingen',
        actionStatusText(a),
      ]),
    }),
  ];
}

/** »Siden sidst« under the follow-up item: what changed since the previous meeting, as of the document's day. */
export function sinceLastBlocks(data: MeetingDocumentData): Block[] {
  const sections = sinceLastSections(data.sinceLast);
  return [label('Siden sidst'), ...sections.flatMap((section) => [textParagraph(section.heading, { keepNext: true }), ...bullets(section.lines)])];
}

/** The referat's table of actions agreed: the item it came from, Hvad, Hvem, Hvornår. */
export function actionsTable(data: MeetingDocumentData): Block[] {
  if (data.actions.length === 0) return [note('Der blev ikke aftalt nye handlinger på mødet.')];
  const numbers = agendaNumbers(data.items);
  const numberOf = (a: ActionRecord) => (a.itemId === null ? undefined : numbers.get(a.itemId));
  const rows = [...data.actions].sort((a, b) => (numberOf(a) ?? 999) - (numberOf(b) ?? 999) || a.position - b.position || a.id - b.id);
  return [
    gridTable({
      widths: widthsOf([0.08, 0.5, 0.22, 0.2]),
      header: [['Punkt', 'Hvad', 'Hvem', 'Hvornår']],
      body: rows.map((a): Cell[] => [
        { text: numberOf(a) === undefined ? '–' : String(numberOf(a)), align: 'center' },
        cleanLine(a.what),
        cleanLine(a.who) || 'Ikke fordelt',
        deadlineText(a.deadline),
      ]),
    }),
  ];
}
