// Reads what »Siden sidst« needs: the previous meeting's decisions, the actions, and the change
// log's records of initiatives' status and of forbrug since the previous meeting. The rules live
// in shared/meetings/since-last.ts.
import { todayIso } from '../../../shared/dates';
import type { InitiativeStatus } from '../../../shared/domain/initiative';
import { previousMeeting } from '../../../shared/meetings/carry-over';
import { sinceLastMeeting, type SinceLastData, type SinceLastMeeting, type ValueRecord } from '../../../shared/meetings/since-last';
import { notFound } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { readMeetingRecords } from './read-meeting';

/** One column's value before and after each change to a table's rows from `from` on, oldest first. */
function valueRecords<T>(wb: Workbook, table: string, column: string, from: string): Array<ValueRecord<T>> {
  const rows = wb.db
    .prepare(
      `SELECT c.row_id AS rowId, substr(s.at, 1, 10) AS day, c.before_json AS before, c.after_json AS after
       FROM change c JOIN change_set s ON s.id = c.set_id
       WHERE c.tbl = ? AND s.at >= ? ORDER BY c.id`,
    )
    .all(table, from) as Array<{ rowId: number; day: string; before: string | null; after: string | null }>;
  const value = (json: string | null) => (json === null ? null : (((JSON.parse(json) as Record<string, unknown>)[column] ?? null) as T | null));
  return rows.map((r) => ({ rowId: r.rowId, on: r.day, before: value(r.before), after: value(r.after) }));
}

export function readSinceLastData(wb: Workbook, meetingId: number, today: string): SinceLastData {
  const meetings = readMeetingRecords(wb);
  const meeting = meetings.find((m) => m.id === meetingId);
  if (!meeting) throw notFound('Mødet');
  const previous = previousMeeting(meeting, meetings);
  const db = wb.db;
  // The standing items' decisions ("Dagsordenen blev godkendt") are procedure, not news.
  const decisions = previous
    ? (db
        .prepare(
          `SELECT id AS itemId, title, decision FROM agenda_item
           WHERE meeting_id = ? AND standing IS NULL AND proposal_state = 'accepteret' AND trim(decision) <> ''
           ORDER BY position, id`,
        )
        .all(previous.id) as SinceLastData['decisions'])
    : [];
  const actions = db
    .prepare(
      `SELECT a.id, a.what, a.who, a.deadline, a.status, a.completed_on AS completedOn, m.date AS meetingDate
       FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE m.date < ?`,
    )
    .all(meeting.date) as SinceLastData['actions'];
  const initiatives = db
    .prepare('SELECT id, number, title, status, status_reason AS statusReason FROM initiative ORDER BY position, id')
    .all() as SinceLastData['initiatives'];
  const amounts = db
    .prepare(
      `SELECT a.id AS rowId, g.title || ' – ' || l.cost_type AS name, a.year
       FROM budget_amount a JOIN budget_line l ON l.id = a.line_id JOIN budget_group g ON g.id = l.group_id
       ORDER BY g.position, l.position, a.year`,
    )
    .all() as SinceLastData['amounts'];
  const from = previous?.date ?? meeting.date;
  return {
    meeting: { id: meeting.id, date: meeting.date },
    previous: previous ? { id: previous.id, date: previous.date } : null,
    today,
    decisions,
    actions,
    initiatives,
    statusRecords: previous ? valueRecords<InitiativeStatus>(wb, 'initiative', 'status', from) : [],
    spendingRecords: previous ? valueRecords<number>(wb, 'budget_amount', 'actual_ore', from) : [],
    amounts,
  };
}

export function readSinceLast(wb: Workbook, meetingId: number, today = todayIso()): SinceLastMeeting {
  return sinceLastMeeting(readSinceLastData(wb, meetingId, today));
}

export const sinceLastHandlers: HandlerMap<'meetings.sinceLast'> = {
  'meetings.sinceLast': ({ meetingId }, ctx) => readSinceLast(ctx.workbook(), meetingId),
};
