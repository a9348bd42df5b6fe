// »Siden sidst« under "Opfølgning på referat og handlinger": what changed between the previous
// meeting and this one – the previous meeting's decisions, actions closed and overdue, initiatives
// whose status changed, and the spending booked since. Pure: the main process reads the rows and
// the change log's records, this decides. Changes are counted net (a status set to rød and back is
// no change; spending corrected down counts as corrected), so an undo never shows as news.
import { formatDateLong } from '../dates';
import type { InitiativeStatus } from '../domain/initiative';
import { formatKronerExact, fromOre } from '../money';

/** One record of the change log for a row: the value before and after, and the day. */
export interface ValueRecord<T> {
  rowId: number;
  /** ISO date (the day of the change). */
  on: string;
  before: T | null;
  after: T | null;
}

export interface SinceLastData {
  meeting: { id: number; date: string };
  previous: { id: number; date: string } | null;
  today: string;
  /** The previous meeting's items with a decision (procedural standing items left out by the reader). */
  decisions: Array<{ itemId: number; title: string; decision: string }>;
  actions: Array<{ id: number; what: string; who: string; deadline: string | null; status: string; completedOn: string | null; meetingDate: string }>;
  initiatives: Array<{ id: number; number: number; title: string; status: InitiativeStatus; statusReason: string }>;
  /** Status records of initiatives, oldest first. */
  statusRecords: Array<ValueRecord<InitiativeStatus>>;
  /** Forbrug records (øre) of budget amounts, oldest first. */
  spendingRecords: Array<ValueRecord<number>>;
  /** Which line and year each budget amount row is. */
  amounts: Array<{ rowId: number; name: string; year: number }>;
}

export interface SinceLastMeeting {
  previous: { id: number; date: string } | null;
  /** The day it counts to: the meeting's day, or today while the meeting is still ahead. */
  until: string;
  decisions: SinceLastData['decisions'];
  actionsClosed: Array<{ id: number; what: string; who: string; completedOn: string }>;
  actionsOverdue: Array<{ id: number; what: string; who: string; deadline: string }>;
  statusChanges: Array<{ initiativeId: number; name: string; from: InitiativeStatus; to: InitiativeStatus; on: string; reason: string }>;
  spending: { totalOre: number; lines: Array<{ name: string; year: number; ore: number }> };
}

/**
 * Per row, the value before the window's first change and after its last, when they differ. A row
 * created in the window starts from `empty` (forbrug: nothing booked), or, without one, from the
 * value it was created with (a status is not news because the initiative is new).
 */
function netChanges<T>(records: ReadonlyArray<ValueRecord<T>>, from: string, until: string, empty: T | null): Map<number, { from: T | null; to: T | null; on: string }> {
  const first = new Map<number, ValueRecord<T>>();
  const last = new Map<number, ValueRecord<T>>();
  for (const r of records) {
    if (r.on < from || r.on > until) continue;
    if (!first.has(r.rowId)) first.set(r.rowId, r);
    last.set(r.rowId, r);
  }
  const changes = new Map<number, { from: T | null; to: T | null; on: string }>();
  for (const [rowId, start] of first) {
    const end = last.get(rowId)!;
    const before = start.before ?? empty ?? start.after;
    const after = end.after ?? empty;
    if (before !== after) changes.set(rowId, { from: before, to: after, on: end.on });
  }
  return changes;
}

export function sinceLastMeeting(data: SinceLastData): SinceLastMeeting {
  const until = data.meeting.date < data.today ? data.meeting.date : data.today;
  if (!data.previous) {
    return { previous: null, until, decisions: [], actionsClosed: [], actionsOverdue: [], statusChanges: [], spending: { totalOre: 0, lines: [] } };
  }
  const from = data.previous.date;
  const earlier = data.actions.filter((a) => a.meetingDate < data.meeting.date);
  const actionsClosed = earlier
    .filter((a) => a.status === 'færdig' && a.completedOn !== null && a.completedOn >= from && a.completedOn <= until)
    .map((a) => ({ id: a.id, what: a.what, who: a.who, completedOn: a.completedOn! }));
  const actionsOverdue = earlier
    .filter((a) => a.status !== 'færdig' && a.deadline !== null && a.deadline < until)
    .sort((a, b) => a.deadline!.localeCompare(b.deadline!) || a.id - b.id)
    .map((a) => ({ id: a.id, what: a.what, who: a.who, deadline: a.deadline! }));

  const statusChanges: SinceLastMeeting['statusChanges'] = [];
  const statusNet = netChanges(data.statusRecords, from, until, null);
  for (const i of data.initiatives) {
    const change = statusNet.get(i.id);
    if (!change || change.from === null || change.to === null) continue;
    statusChanges.push({ initiativeId: i.id, name: `Indsats ${i.number}: ${i.title}`, from: change.from, to: change.to, on: change.on, reason: i.statusReason });
  }

  const lines: SinceLastMeeting['spending']['lines'] = [];
  const spendingNet = netChanges(data.spendingRecords, from, until, 0);
  for (const amount of data.amounts) {
    const change = spendingNet.get(amount.rowId);
    if (!change) continue;
    const ore = (change.to ?? 0) - (change.from ?? 0);
    if (ore !== 0) lines.push({ name: amount.name, year: amount.year, ore });
  }
  const totalOre = lines.reduce((sum, l) => sum + l.ore, 0);
  return { previous: data.previous, until, decisions: data.decisions, actionsClosed, actionsOverdue, statusChanges, spending: { totalOre, lines } };
}

function kroner(ore: number): string {
  return `${formatKronerExact(fromOre(ore))} kr.`;
}

function who(name: string): string {
  return name ? ` (${name})` : '';
}

/** »Siden sidst« as Danish headed lists, the same in the sheet, the dagsorden and the referat. */
export function sinceLastSections(s: SinceLastMeeting): Array<{ heading: string; lines: string[] }> {
  if (!s.previous) return [{ heading: 'Siden sidst', lines: ['Det er styregruppens første møde; der er intet tidligere møde at følge op på.'] }];
  const span = `${formatDateLong(s.previous.date)} – ${formatDateLong(s.until)}`;
  const sections: Array<{ heading: string; lines: string[] }> = [];
  sections.push({
    heading: `Beslutninger på mødet ${formatDateLong(s.previous.date)}`,
    lines: s.decisions.length === 0 ? ['Mødet traf ingen beslutninger ud over de faste punkter.'] : s.decisions.map((d) => `${d.title}: ${d.decision.trim()}`),
  });
  // The closed actions themselves are listed in the follow-up item's table of actions.
  sections.push({
    heading: 'Handlinger',
    lines: [
      s.actionsClosed.length === 0
        ? `Ingen handlinger er gennemført i perioden ${span}.`
        : `${s.actionsClosed.length} ${s.actionsClosed.length === 1 ? 'handling er' : 'handlinger er'} gennemført i perioden ${span} (se listen nedenfor).`,
      ...(s.actionsOverdue.length === 0 ? ['Ingen handlinger har overskredet fristen.'] : s.actionsOverdue.map((a) => `Fristen ${formatDateLong(a.deadline)} er overskredet: ${a.what}${who(a.who)}`)),
    ],
  });
  sections.push({
    heading: 'Indsatsernes status',
    lines:
      s.statusChanges.length === 0
        ? ['Ingen indsats har skiftet status.']
        : s.statusChanges.map((c) => `${c.name}: fra ${c.from} til ${c.to} (${formatDateLong(c.on)}).${c.reason ? ` Begrundelse: ${c.reason}` : ''}`),
  });
  sections.push({
    heading: 'Forbrug',
    lines:
      s.spending.lines.length === 0
        ? [`Der er ikke bogført forbrug i perioden ${span}.`]
        : [`Bogført i perioden ${span}: ${kroner(s.spending.totalOre)}`, ...s.spending.lines.map((l) => `${l.name} ${l.year}: ${kroner(l.ore)}`)],
  });
  return sections;
}
