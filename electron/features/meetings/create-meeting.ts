import { DEFAULT_MEETING_PLACE, type AgendaItemType, type StandingItemKind } from '../../../shared/domain/meeting';
import { DEFAULT_END_TIME, DEFAULT_START_TIME, STANDING_ITEM_TEMPLATES } from '../../../shared/meetings/agenda';
import { addDays } from '../../../shared/meetings/meeting-dates';
import type { Transaction } from '../../workbook/transaction';

export interface NewMeeting {
  date: string;
  startTime?: string;
  endTime?: string;
  place?: string;
}

/** Six weeks after the last meeting, but never in the past. */
export function defaultMeetingDate(tx: Transaction, today: string): string {
  const last = tx.db.prepare('SELECT MAX(date) FROM meeting').pluck().get() as string | null;
  if (!last) return today;
  const next = addDays(last, 42);
  return next < today ? today : next;
}

/** An item a new meeting's agenda starts with: a standing item, or a series template's recurring item. */
export interface StartingItem {
  standing: StandingItemKind | null;
  title: string;
  type: AgendaItemType;
  presenter?: string;
  minutes: number;
  recommendation: readonly string[];
}

/**
 * Inserts a meeting with the standing items (or a series' template) on its agenda and the steering
 * group's members as participants, all present until someone sends afbud. Returns the meeting's id.
 */
export function insertMeeting(tx: Transaction, fields: NewMeeting, agenda: readonly StartingItem[] = STANDING_ITEM_TEMPLATES): number {
  const meetingId = tx.insert('meeting', {
    date: fields.date,
    start_time: fields.startTime ?? DEFAULT_START_TIME,
    end_time: fields.endTime ?? DEFAULT_END_TIME,
    place: fields.place ?? DEFAULT_MEETING_PLACE,
    status: 'planlagt',
    unlocked: 0,
  });
  agenda.forEach((template, index) => {
    tx.insert('agenda_item', {
      meeting_id: meetingId,
      position: index + 1,
      title: template.title,
      type: template.type,
      presenter: template.presenter ?? '',
      minutes: template.minutes,
      recommendation: JSON.stringify(template.recommendation),
      standing: template.standing,
      proposal_state: 'accepteret',
    });
  });
  const members = tx.db.prepare('SELECT id, name, role FROM member ORDER BY position, id').all() as Array<{ id: number; name: string; role: string }>;
  members.forEach((member, index) => {
    tx.insert('meeting_participant', {
      meeting_id: meetingId,
      position: index + 1,
      member_id: member.id,
      name: member.name,
      role: member.role,
      present: 1,
      absence_note: '',
    });
  });
  return meetingId;
}
