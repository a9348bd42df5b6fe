// Reading meetings for the Møder sheet, the Handlinger og beslutninger sheet and the Word
// documents (dagsorden, referat, statusnotat). One place turns rows into domain records.
import type { Attachment, AgendaItem, MeetingParticipant } from '../../../shared/domain/meeting';
import type { ActionRecord, ActionRow, DecisionRow, MeetingDetail, MeetingRecord, MeetingSummary, WithdrawnItem } from '../../../shared/domain/meeting-views';
import { carriedOverActions, compareMeetings, isOpen, previousMeeting } from '../../../shared/meetings/carry-over';
import { agendaItemFromRow, agendaSchedule } from '../../../shared/meetings/agenda-live';
import { pointDecisionsOf, type PointDecisionRecord, type PointDissent } from '../../../shared/meetings/point-decisions';
import { isOnAgenda } from '../../../shared/meetings/proposals';
import { scheduleAgenda } from '../../../shared/meetings/time-slots';
import { fromRow } from '../../workbook/columns';
import { notFound } from '../../workbook/errors';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';

export function meetingFromRow(row: Row): MeetingRecord {
  const m = fromRow<MeetingRecord & { unlocked: number | boolean }>(row);
  return { ...m, unlocked: Boolean(m.unlocked) };
}

export function participantFromRow(row: Row): MeetingParticipant {
  const p = fromRow<MeetingParticipant & { position: number; present: number | boolean }>(row);
  return { id: p.id, meetingId: p.meetingId, memberId: p.memberId, name: p.name, role: p.role, present: Boolean(p.present), absenceNote: p.absenceNote };
}

export function attachmentFromRow(row: Row): Attachment {
  const a = fromRow<Attachment & { position: number }>(row);
  return { id: a.id, itemId: a.itemId, name: a.name, path: a.path };
}

export const itemFromRow: (row: Row, attachments?: Attachment[]) => AgendaItem = agendaItemFromRow;

export function actionFromRow(row: Row): ActionRecord {
  return fromRow<ActionRecord>(row);
}

/** Every meeting in the order held (date, start time, creation). */
export function readMeetingRecords(wb: Workbook): MeetingRecord[] {
  return (wb.db.prepare('SELECT * FROM meeting ORDER BY date, start_time, id').all() as Row[]).map(meetingFromRow);
}

export function readMeetingRecord(wb: Workbook, id: number): MeetingRecord {
  const row = wb.db.prepare('SELECT * FROM meeting WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Mødet');
  return meetingFromRow(row);
}

/** The meeting list with what the list shows about each: items, proposals, attendance, time. */
export function readMeetings(wb: Workbook): MeetingSummary[] {
  const meetings = readMeetingRecords(wb);
  const items = wb.db
    .prepare('SELECT meeting_id AS meetingId, minutes, proposal_state AS proposalState FROM agenda_item ORDER BY meeting_id, position, id')
    .all() as Array<{ meetingId: number; minutes: number; proposalState: AgendaItem['proposalState'] }>;
  const attendance = wb.db
    .prepare('SELECT meeting_id AS meetingId, SUM(present) AS present, SUM(1 - present) AS absent FROM meeting_participant GROUP BY meeting_id')
    .all() as Array<{ meetingId: number; present: number; absent: number }>;
  const openActions = wb.db
    .prepare("SELECT meeting_id AS meetingId, COUNT(*) AS open FROM action_item WHERE status <> 'færdig' GROUP BY meeting_id")
    .all() as Array<{ meetingId: number; open: number }>;

  const itemsByMeeting = new Map<number, typeof items>();
  for (const item of items) {
    const list = itemsByMeeting.get(item.meetingId) ?? [];
    list.push(item);
    itemsByMeeting.set(item.meetingId, list);
  }
  const attendanceBy = new Map(attendance.map((a) => [a.meetingId, a]));
  const openBy = new Map(openActions.map((a) => [a.meetingId, a.open]));

  return meetings.map((meeting) => {
    const own = itemsByMeeting.get(meeting.id) ?? [];
    const schedule = scheduleAgenda(meeting, own.map((item, index) => ({ id: index + 1, minutes: item.minutes, onAgenda: isOnAgenda(item) })));
    return {
      ...meeting,
      itemCount: own.filter(isOnAgenda).length,
      pendingProposals: own.filter((i) => i.proposalState === 'foreslået').length,
      present: attendanceBy.get(meeting.id)?.present ?? 0,
      absent: attendanceBy.get(meeting.id)?.absent ?? 0,
      openActions: openBy.get(meeting.id) ?? 0,
      plannedMinutes: schedule.plannedMinutes,
      availableMinutes: schedule.availableMinutes,
      overrunMinutes: schedule.overrunMinutes,
    };
  });
}

export function readParticipants(wb: Workbook, meetingId: number): MeetingParticipant[] {
  return (wb.db.prepare('SELECT * FROM meeting_participant WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as Row[]).map(participantFromRow);
}

/** The agenda in order, proposals and declined items included, each with its attachments. */
export function readAgendaItems(wb: Workbook, meetingId: number): AgendaItem[] {
  const attachments = (
    wb.db
      .prepare('SELECT a.* FROM attachment a JOIN agenda_item i ON i.id = a.item_id WHERE i.meeting_id = ? ORDER BY a.position, a.id')
      .all(meetingId) as Row[]
  ).map(attachmentFromRow);
  // A link to an initiative that has since been removed reads as no link.
  const rows = wb.db
    .prepare(
      `SELECT i.*, CASE WHEN EXISTS (SELECT 1 FROM initiative WHERE id = i.initiative_id) THEN i.initiative_id END AS initiative_id
       FROM agenda_item i WHERE i.meeting_id = ? ORDER BY i.position, i.id`,
    )
    .all(meetingId) as Row[];
  return rows.map((row) => itemFromRow(row, attachments.filter((a) => a.itemId === row.id)));
}

/** Items taken off the agenda after it was sent, in the order they were withdrawn. */
export function readWithdrawnItems(wb: Workbook, meetingId: number): WithdrawnItem[] {
  return (wb.db.prepare('SELECT * FROM withdrawn_agenda_item WHERE meeting_id = ? ORDER BY withdrawn_on, id').all(meetingId) as Row[]).map((r) => fromRow<WithdrawnItem>(r));
}

export function pointDecisionFromRow(row: Row): PointDecisionRecord {
  return fromRow<PointDecisionRecord>(row);
}

export function dissentFromRow(row: Row): PointDissent {
  return fromRow<PointDissent>(row);
}

/** The rows of a table hanging on a meeting's agenda items (by item_id), in the given order. */
function rowsOnItems(wb: Workbook, table: 'point_decision' | 'point_dissent', meetingId: number, order: string): Row[] {
  return wb.db.prepare(`SELECT d.* FROM ${table} d JOIN agenda_item i ON i.id = d.item_id WHERE i.meeting_id = ? ORDER BY ${order}`).all(meetingId) as Row[];
}

/** The stored decisions of a meeting's "at" points. */
export function readPointDecisions(wb: Workbook, meetingId: number): PointDecisionRecord[] {
  return rowsOnItems(wb, 'point_decision', meetingId, 'd.item_id, d.point_index').map(pointDecisionFromRow);
}

/** The dissents recorded on a meeting's points, in the order recorded. */
export function readDissents(wb: Workbook, meetingId: number): PointDissent[] {
  return rowsOnItems(wb, 'point_dissent', meetingId, 'd.item_id, d.point_index, d.position, d.id').map(dissentFromRow);
}

export function readActionsOfMeeting(wb: Workbook, meetingId: number): ActionRecord[] {
  return (wb.db.prepare('SELECT * FROM action_item WHERE meeting_id = ? ORDER BY position, id').all(meetingId) as Row[]).map(actionFromRow);
}

/**
 * The actions to follow up on at a meeting: open actions from earlier meetings, and those
 * closed since the previous meeting. Only actions that can qualify are read.
 */
function readCarriedOver(wb: Workbook, meeting: MeetingRecord, meetings: MeetingRecord[]) {
  const earlier = meetings.filter((m) => compareMeetings(m, meeting) < 0);
  if (earlier.length === 0) return [];
  const previous = previousMeeting(meeting, meetings);
  const rows = wb.db
    .prepare(
      `SELECT a.*, i.title AS item_title FROM action_item a
       JOIN meeting m ON m.id = a.meeting_id
       LEFT JOIN agenda_item i ON i.id = a.item_id
       WHERE m.date <= ? AND (a.status <> 'færdig' OR a.completed_on >= ?)`,
    )
    .all(meeting.date, previous?.date ?? '') as Array<Row & { item_title: string | null }>;
  const titles = new Map<number, string>();
  const actions = rows.map(({ item_title, ...row }) => {
    const action = actionFromRow(row);
    if (action.itemId !== null && item_title !== null) titles.set(action.itemId, item_title);
    return action;
  });
  return carriedOverActions(meeting, meetings, actions, titles);
}

/** Everything about one meeting that the sheet and the dagsorden and referat documents need. */
export function readMeetingDetail(wb: Workbook, id: number): MeetingDetail {
  const meetings = readMeetingRecords(wb);
  const meeting = meetings.find((m) => m.id === id);
  if (!meeting) throw notFound('Mødet');
  const items = readAgendaItems(wb, id);
  const previous = previousMeeting(meeting, meetings);
  return {
    meeting,
    participants: readParticipants(wb, id),
    items,
    actions: readActionsOfMeeting(wb, id),
    carriedOver: readCarriedOver(wb, meeting, meetings),
    schedule: agendaSchedule(meeting, items),
    previousMeeting: previous ? { id: previous.id, date: previous.date } : null,
    withdrawnItems: readWithdrawnItems(wb, id),
    pointDecisions: readPointDecisions(wb, id),
    dissents: readDissents(wb, id),
  };
}

/** All actions across meetings, newest meeting first, with the meeting's date and the item. */
export function readAllActions(wb: Workbook): ActionRow[] {
  const rows = wb.db
    .prepare(
      `SELECT a.*, m.date AS meeting_date, i.title AS item_title FROM action_item a
       JOIN meeting m ON m.id = a.meeting_id
       LEFT JOIN agenda_item i ON i.id = a.item_id
       ORDER BY m.date DESC, m.start_time DESC, m.id DESC, a.position, a.id`,
    )
    .all() as Array<Row & { meeting_date: string; item_title: string | null }>;
  return rows.map(({ meeting_date, item_title, ...row }) => ({ ...actionFromRow(row), meetingDate: meeting_date, itemTitle: item_title }));
}

/**
 * The decision log, newest meeting first: every item's free-text decision, and each "at" point
 * with something decided – an outcome, a text or a dissent. An Orientering item's points count as
 * taken note of once the meeting is held (before that nothing is decided yet); the standing items'
 * routine "at" (the agenda approved, the follow-up taken note of) are listed only when recorded.
 */
export function readDecisions(wb: Workbook): DecisionRow[] {
  const items = wb.db
    .prepare(
      `SELECT i.id, i.meeting_id, i.title, i.type, i.standing, i.recommendation, i.decision, m.date AS meeting_date,
         m.status IN ('afholdt', 'referat godkendt') AS held
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE trim(i.decision) <> ''
          OR (i.proposal_state = 'accepteret' AND i.recommendation <> '[]' AND (
               (i.type = 'Orientering' AND i.standing IS NULL AND m.status IN ('afholdt', 'referat godkendt'))
               OR EXISTS (SELECT 1 FROM point_decision d WHERE d.item_id = i.id)
               OR EXISTS (SELECT 1 FROM point_dissent d WHERE d.item_id = i.id)))
       ORDER BY m.date DESC, m.start_time DESC, m.id DESC, i.position, i.id`,
    )
    .all() as Array<Row & { meeting_date: string; held: number }>;
  const decisions = (wb.db.prepare('SELECT * FROM point_decision').all() as Row[]).map(pointDecisionFromRow);
  const dissents = (wb.db.prepare('SELECT * FROM point_dissent ORDER BY position, id').all() as Row[]).map(dissentFromRow);
  const rows: DecisionRow[] = [];
  for (const row of items) {
    const item = itemFromRow(row);
    const common = { id: item.id, meetingId: item.meetingId, meetingDate: row.meeting_date, itemTitle: item.title };
    if (item.decision.trim() !== '') rows.push({ ...common, key: String(item.id), pointIndex: null, point: null, outcome: null, outcomeDefaulted: false, decision: item.decision, dissents: [] });
    for (const p of pointDecisionsOf(item, decisions, dissents)) {
      const takenNote = row.held === 1 && item.standing === null;
      const recorded = (p.outcome !== null && (!p.defaulted || takenNote)) || p.text.trim() !== '' || p.dissents.length > 0;
      if (!recorded) continue;
      const outcome = p.defaulted && !takenNote ? null : p.outcome;
      const shown = p.dissents.map((d) => ({ name: d.name, text: d.text }));
      rows.push({
        ...common, key: `${item.id}.${p.pointIndex}`, pointIndex: p.pointIndex, point: p.point, outcome, outcomeDefaulted: p.defaulted && outcome !== null, decision: p.text, dissents: shown,
      });
    }
  }
  return rows;
}

/** Open actions across all meetings (for the statusnotat). */
export function readOpenActions(wb: Workbook): ActionRow[] {
  return readAllActions(wb).filter(isOpen);
}
