// Reads what »Forslag til dagsorden« needs from the workbook; the rules live in
// shared/meetings/agenda-suggestions.ts.
import { todayIso } from '../../../shared/dates';
import { suggestAgendaItems, type AgendaSuggestions, type SuggestionData } from '../../../shared/meetings/agenda-suggestions';
import { notFound } from '../../workbook/errors';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { itemFromRow } from './read-meeting';

/**
 * The day each initiative's status was last set, from the change log: there is no column for it.
 * A change record holds the row as JSON under its column names; the newest record whose "status"
 * differs from the one before it (or that created the row) is when the status was set.
 */
function statusChangedOn(wb: Workbook): Map<number, string> {
  const changes = wb.db
    .prepare(
      `SELECT c.row_id AS rowId, c.before_json AS before, c.after_json AS after, s.at AS at
       FROM change c JOIN change_set s ON s.id = c.set_id
       WHERE c.tbl = 'initiative' ORDER BY c.id DESC`,
    )
    .all() as Array<{ rowId: number; before: string | null; after: string | null; at: string }>;
  const found = new Map<number, string>();
  for (const c of changes) {
    if (found.has(c.rowId) || c.after === null) continue;
    const before = c.before === null ? null : (JSON.parse(c.before) as { status?: unknown });
    const after = JSON.parse(c.after) as { status?: unknown };
    if (before === null || before.status !== after.status) found.set(c.rowId, c.at.slice(0, 10));
  }
  return found;
}

/**
 * Only the agenda items the rules look at – reading every item of years of meetings would cost more
 * than all the rules together: this meeting's, proposals still waiting from earlier meetings, items
 * postponed ("udsat") at an earlier meeting – by their decision's text or an "at" decided Udsat –
 * and later items with a postponed item's title (taken up again). LIKE and NOCASE only fold ASCII;
 * they narrow, the rules decide.
 */
function readRelevantItems(wb: Workbook, meeting: { id: number; date: string }): Row[] {
  return wb.db
    .prepare(
      `WITH postponed_point AS (SELECT item_id FROM point_decision WHERE outcome = 'Udsat'),
       postponed AS MATERIALIZED (
         SELECT trim(i.title) AS title, m.date FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
         WHERE m.date < @date AND i.proposal_state = 'accepteret' AND (i.decision LIKE '%udsat%' OR i.id IN (SELECT item_id FROM postponed_point))
       )
       SELECT i.id, i.meeting_id, i.position, i.title, i.type, i.initiative_id, i.recommendation, i.case_text,
         i.proposed_by, i.proposal_state, i.decision, i.source_kind, i.source_id, m.date AS meeting_date
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.meeting_id = @id
          OR (m.date < @date AND (
               i.proposal_state = 'foreslået'
               OR (i.proposal_state = 'accepteret' AND (
                    i.decision LIKE '%udsat%'
                    OR i.id IN (SELECT item_id FROM postponed_point)
                    OR EXISTS (SELECT 1 FROM postponed p WHERE p.date < m.date AND p.title = trim(i.title) COLLATE NOCASE)))))
       ORDER BY m.date, i.meeting_id, i.position, i.id`,
    )
    .all({ id: meeting.id, date: meeting.date }) as Row[];
}

export function readSuggestionData(wb: Workbook, meetingId: number): SuggestionData {
  const db = wb.db;
  const meeting = db.prepare('SELECT id, date FROM meeting WHERE id = ?').get(meetingId) as { id: number; date: string } | undefined;
  if (!meeting) throw notFound('Mødet');
  const program = db.prepare('SELECT period_start AS periodStart, period_end AS periodEnd FROM program WHERE id = 1').get() as SuggestionData['program'];
  const changed = statusChangedOn(wb);
  const initiatives = (
    db.prepare('SELECT id, number, title, status, status_reason AS statusReason FROM initiative ORDER BY position, id').all() as Array<
      Omit<SuggestionData['initiatives'][number], 'statusChangedOn'>
    >
  ).map((i) => ({ ...i, statusChangedOn: changed.get(i.id) ?? null }));
  const actions = db
    .prepare(
      `SELECT a.id, a.what, a.who, a.deadline, a.status, m.date AS meetingDate
       FROM action_item a JOIN meeting m ON m.id = a.meeting_id
       WHERE a.status <> 'færdig' AND a.deadline IS NOT NULL`,
    )
    .all() as SuggestionData['actions'];
  const phases = db
    .prepare('SELECT id, initiative_id AS initiativeId, title, start_quarter AS startQuarter, end_quarter AS endQuarter, status FROM plan_phase ORDER BY initiative_id, position, id')
    .all() as SuggestionData['phases'];
  const milestones = db
    .prepare('SELECT id, initiative_id AS initiativeId, kind, title, quarter, status, note FROM milestone ORDER BY quarter, id')
    .all() as SuggestionData['milestones'];
  // A group serving one initiative links its lines to it; a shared group ("Indsats 1 og 2") to none.
  const budget = db
    .prepare(
      `SELECT l.id AS lineId, g.title AS groupTitle, l.cost_type AS costType, a.year, a.budget, a.actual_ore AS actualOre,
         (SELECT CASE WHEN COUNT(*) = 1 THEN MIN(gi.initiative_id) END FROM budget_group_initiative gi WHERE gi.group_id = g.id) AS initiativeId
       FROM budget_amount a JOIN budget_line l ON l.id = a.line_id JOIN budget_group g ON g.id = l.group_id
       ORDER BY g.position, l.position, a.year`,
    )
    .all() as SuggestionData['budget'];
  const postponed = db.prepare("SELECT item_id AS itemId, point_index AS pointIndex, text FROM point_decision WHERE outcome = 'Udsat' ORDER BY item_id, point_index").all() as Array<{
    itemId: number;
    pointIndex: number;
    text: string;
  }>;
  const items = (readRelevantItems(wb, meeting) as Row[]).map((row) => {
    const item = itemFromRow(row);
    // A point no longer in the Indstilling (it was shortened after) is not suggested.
    const postponedPoints = postponed
      .filter((p) => p.itemId === item.id && p.pointIndex < item.recommendation.length)
      .map((p) => ({ point: item.recommendation[p.pointIndex]!, text: p.text }));
    return {
      id: item.id,
      meetingId: item.meetingId,
      meetingDate: row.meeting_date as string,
      title: item.title,
      type: item.type,
      initiativeId: item.initiativeId,
      recommendation: item.recommendation,
      caseText: item.caseText,
      proposedBy: item.proposedBy,
      proposalState: item.proposalState,
      decision: item.decision,
      sourceKind: item.sourceKind,
      sourceId: item.sourceId,
      postponedPoints,
    };
  });
  return { meeting, program, initiatives, actions, phases, milestones, budget, items };
}

export function readAgendaSuggestions(wb: Workbook, meetingId: number, today = todayIso()): AgendaSuggestions {
  return suggestAgendaItems(readSuggestionData(wb, meetingId), today);
}

export const suggestionHandlers: HandlerMap<'meetings.suggestions'> = {
  'meetings.suggestions': ({ meetingId }, ctx) => readAgendaSuggestions(ctx.workbook(), meetingId),
};
