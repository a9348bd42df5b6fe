// The open meeting's agenda kept up to date from the workbook's change events: an edited agenda
// item (title, minutes, type, texts, a proposal decided) replaces that item by id, and the time
// table is laid again from the items held. Items added, removed or moved, and changes to the
// meeting itself, its participants, actions, attachments or withdrawn items, are read anew.
import type { ChangedRow, StoredRow } from '../api/workbook-change';
import { fromRow } from '../api/workbook-change';
import type { AgendaItem, Attachment } from '../domain/meeting';
import type { MeetingDetail } from '../domain/meeting-views';
import type { PointDecisionRecord, PointDissent } from './point-decisions';
import { isOnAgenda } from './proposals';
import { scheduleAgenda } from './time-slots';

/** The tables a meeting's detail is read from (electron/features/meetings/read-meeting.ts). */
const MEETING_DETAIL_TABLES: ReadonlySet<string> = new Set([
  'meeting', 'meeting_participant', 'agenda_item', 'attachment', 'action_item', 'withdrawn_agenda_item', 'initiative',
]);

/** A stored agenda_item row as the domain has it, with the attachments read beside it. */
export function agendaItemFromRow(row: StoredRow, attachments: Attachment[] = []): AgendaItem {
  return { ...fromRow<Omit<AgendaItem, 'attachments'>>(row, ['recommendation']), attachments };
}

/** The time table of a meeting's items, as read and as updated. */
export function agendaSchedule(meeting: MeetingDetail['meeting'], items: readonly AgendaItem[]): MeetingDetail['schedule'] {
  return scheduleAgenda(meeting, items.map((i) => ({ id: i.id, minutes: i.minutes, onAgenda: isOnAgenda(i) })));
}

/** The edited item, or 'reload' when the change is more than an edit in place. */
function editedItem(row: ChangedRow, held: AgendaItem): AgendaItem | 'reload' {
  const { before, after } = row;
  if (!before || !after || after.meeting_id !== before.meeting_id || after.position !== before.position) return 'reload';
  const item = agendaItemFromRow(after, held.attachments);
  // The reader shows a link to an initiative since removed as no link; an untouched link stays as read.
  if (after.initiative_id === before.initiative_id) item.initiativeId = held.initiativeId;
  return item;
}

/** The decisions and dissents on the items' "at" points, replaced, added or removed by id. */
const POINT_TABLES = {
  point_decision: 'pointDecisions',
  point_dissent: 'dissents',
} as const satisfies Record<string, keyof MeetingDetail>;

function applyPointRow(detail: MeetingDetail, row: ChangedRow): MeetingDetail {
  const key = POINT_TABLES[row.table as keyof typeof POINT_TABLES];
  const held = detail[key] as Array<PointDecisionRecord | PointDissent>;
  const others = held.filter((r) => r.id !== row.id);
  const after = row.after && detail.items.some((i) => i.id === row.after!.item_id) ? [fromRow<PointDecisionRecord & PointDissent>(row.after)] : [];
  if (others.length === held.length && after.length === 0) return detail;
  return { ...detail, [key]: [...others, ...after] };
}

/** A change's rows applied to the meeting shown: the same detail when they touch nothing it shows. */
export function applyAgendaRows(detail: MeetingDetail, rows: readonly ChangedRow[]): MeetingDetail | 'reload' {
  const index = new Map(detail.items.map((item, i) => [item.id, i]));
  let items: AgendaItem[] | null = null;
  let shown = detail;
  for (const row of rows) {
    if (row.table in POINT_TABLES) {
      shown = applyPointRow(shown, row);
      continue;
    }
    if (!MEETING_DETAIL_TABLES.has(row.table)) continue;
    if (row.table !== 'agenda_item') return 'reload';
    const at = index.get(row.id);
    if (at === undefined) {
      const meetingId = (row.after ?? row.before)!.meeting_id;
      // Another meeting's item matters here only as the title of an action followed up on.
      if (meetingId === detail.meeting.id || detail.carriedOver.some((a) => a.itemId === row.id)) return 'reload';
      continue;
    }
    const item = editedItem(row, detail.items[at]!);
    if (item === 'reload') return 'reload';
    items ??= [...detail.items];
    items[at] = item;
  }
  if (!items) return shown;
  return { ...shown, items, schedule: agendaSchedule(shown.meeting, items) };
}
