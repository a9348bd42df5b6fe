// The parts a dagsorden and a referat share: the meeting's facts, the item heading with its
// time slot, type and presenter, the Indstilling's "at …" points, the Sagsfremstilling and Bilag.
import { Paragraph, Tab, TabStopType, TextRun, type Table } from 'docx';
import { formatDateLong, formatDateWithWeekday } from '../../../shared/dates';
import { initiativeLabel } from '../../../shared/domain/initiative';
import type { ActionItem, AgendaItem, MeetingParticipant, TimeSlot } from '../../../shared/domain/meeting';
import { computeTimeSlots } from '../agenda-time-slots';
import { heading, label, note, run, textBlocks, textParagraph, type Block } from '../blocks';
import { formatClock, formatTimeRange } from '../format';
import { STYLE } from '../styles';
import { factTable, gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { A4_PORTRAIT, textWidth } from '../theme';
import type { CarriedOverAction, MeetingDocumentData } from './meeting-document-data';

export const WIDTH = textWidth(A4_PORTRAIT);

/** The items that go out: those the chair has accepted (proposals waiting or declined do not). */
export function shownItems(data: MeetingDocumentData): AgendaItem[] {
  return [...data.items].filter((i) => i.proposalState === 'accepteret').sort((a, b) => a.position - b.position || a.id - b.id);
}

export function slotsFor(data: MeetingDocumentData, items: AgendaItem[]): Array<TimeSlot | null> {
  const slots = computeTimeSlots(data.meeting.startTime, items.map((i) => i.minutes));
  return items.map((_, i) => slots?.[i] ?? null);
}

export function slotText(slot: TimeSlot | null): string {
  return slot ? `kl. ${formatClock(slot.start)}–${formatClock(slot.end)}` : '';
}

/** "Anne Hansen, formand" — the name, and the role when there is one; the role alone for an unnamed seat. */
export function personText(p: Pick<MeetingParticipant, 'name' | 'role'>): string {
  const name = cleanLine(p.name);
  const role = cleanLine(p.role);
  if (name && role) return `${name}, ${role}`;
  return name || role || 'Unavngiven deltager';
}

function participantLines(list: MeetingParticipant[], withNote: boolean): Paragraph[] {
  return list.map((p) => {
    const absence = withNote && cleanLine(p.absenceNote) ? ` (${cleanLine(p.absenceNote)})` : '';
    return textParagraph(`${personText(p)}${absence}`, { style: STYLE.tableText });
  });
}

/** Dato, Tid, Sted, Deltagere (or Til stede) and Afbud. */
export function meetingFacts(data: MeetingDocumentData, presentLabel: string): Table {
  const m = data.meeting;
  const present = data.participants.filter((p) => p.present);
  const absent = data.participants.filter((p) => !p.present);
  const rows: Array<[string, string | Paragraph[]]> = [
    ['Dato', formatDateWithWeekday(m.date)],
    ['Tid', formatTimeRange(m.startTime, m.endTime)],
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

/** "1. Godkendelse af dagsorden" and, under it, "kl. 14.00–14.05 · Beslutning · Ved: Anne Hansen". */
export function itemHeading(data: MeetingDocumentData, item: AgendaItem, number: number, slot: TimeSlot | null): Block[] {
  const meta = [slotText(slot), item.type, cleanLine(item.presenter) ? `Ved: ${cleanLine(item.presenter)}` : '', initiativeName(data, item.initiativeId)]
    .filter(Boolean)
    .join('  ·  ');
  const blocks: Block[] = [heading(`${number}. ${cleanLine(item.title) || 'Punkt uden titel'}`, 1)];
  if (meta) blocks.push(new Paragraph({ style: STYLE.meta, children: [run(meta)] }));
  return blocks;
}

/** "at godkende dagsordenen" → "godkende dagsordenen": the "at" stands in its own column. */
function withoutAt(point: string): string {
  return cleanLine(point).replace(/^at\s+/i, '').replace(/^[-–•]\s*/, '');
}

/** Indstilling as the municipal "Det indstilles, at …" with one "at" per point. */
export function recommendation(item: AgendaItem): Block[] {
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

/** Open actions from earlier meetings under "Opfølgning på referat og handlinger". */
export function carriedOverTable(actions: CarriedOverAction[]): Block[] {
  if (actions.length === 0) return [label('Åbne handlinger fra tidligere møder'), note('Der er ingen åbne handlinger fra tidligere møder.')];
  const widths = [Math.round(WIDTH * 0.42), Math.round(WIDTH * 0.2), Math.round(WIDTH * 0.19)];
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  const sorted = [...actions].sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'));
  return [
    label('Åbne handlinger fra tidligere møder'),
    gridTable({
      widths,
      header: [['Hvad', 'Hvem', 'Hvornår', 'Aftalt på mødet']],
      body: sorted.map((a): Cell[] => [cleanLine(a.what), cleanLine(a.who), deadlineText(a.deadline), formatDateLong(a.meetingDate)]),
    }),
  ];
}

/** The referat's table of actions agreed: Hvad, Hvem, Hvornår, and the item it came from. */
export function actionsTable(actions: ActionItem[], itemNumbers: Map<number, number>): Block[] {
  if (actions.length === 0) return [note('Der blev ikke aftalt nye handlinger på mødet.')];
  const widths = [Math.round(WIDTH * 0.07), Math.round(WIDTH * 0.47), Math.round(WIDTH * 0.22)];
  widths.push(WIDTH - widths.reduce((a, b) => a + b, 0));
  const rows = [...actions].sort(
    (a, b) => (itemNumbers.get(a.itemId ?? -1) ?? 999) - (itemNumbers.get(b.itemId ?? -1) ?? 999) || a.id - b.id,
  );
  return [
    gridTable({
      widths,
      header: [['Punkt', 'Hvad', 'Hvem', 'Hvornår']],
      body: rows.map((a): Cell[] => [
        { text: a.itemId !== null && itemNumbers.has(a.itemId) ? String(itemNumbers.get(a.itemId)) : '–', align: 'center' },
        cleanLine(a.what),
        cleanLine(a.who) || 'Ikke fordelt',
        deadlineText(a.deadline),
      ]),
    }),
  ];
}
