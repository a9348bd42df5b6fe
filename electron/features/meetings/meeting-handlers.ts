import type { meetingChannels } from '../../../shared/api/meeting-channels';
import { todayIso } from '../../../shared/dates';
import { DEFAULT_END_TIME, DEFAULT_START_TIME } from '../../../shared/meetings/agenda';
import { canUnlock, statusChangeProblem } from '../../../shared/meetings/locking';
import { meetingLength } from '../../../shared/meetings/time-slots';
import { toRow } from '../../workbook/columns';
import { UserFacingError } from '../../workbook/errors';
import type { HandlerMap } from '../handler';
import { clearRevisions, markFactsChanged } from './agenda-revisions';
import { defaultMeetingDate, insertMeeting } from './create-meeting';
import { assertAgendaEditable, meetingName, requireMeeting } from './guards';
import { readMeetingDetail, readMeetingRecord, readMeetings } from './read-meeting';

type MeetingChannel = 'meetings.list' | 'meetings.get' | 'meetings.add' | 'meetings.update' | 'meetings.setStatus' | 'meetings.setUnlocked' | 'meetings.remove';

const MEETING_FIELD_LABELS: Record<string, string> = { date: 'dato', startTime: 'starttidspunkt', endTime: 'sluttidspunkt', place: 'sted' };

export function assertTimes(startTime: string, endTime: string): void {
  if (meetingLength(startTime, endTime) <= 0) throw new UserFacingError('invalid_input', 'Mødet skal slutte efter, at det begynder');
}

export const meetingHandlers: HandlerMap<MeetingChannel & keyof typeof meetingChannels> = {
  'meetings.list': (_input, ctx) => readMeetings(ctx.workbook()),

  'meetings.get': ({ id }, ctx) => readMeetingDetail(ctx.workbook(), id),

  'meetings.add': (input, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, 'Nyt møde', (tx) => {
      const fields = { ...input, date: input.date ?? defaultMeetingDate(tx, todayIso()) };
      assertTimes(fields.startTime ?? DEFAULT_START_TIME, fields.endTime ?? DEFAULT_END_TIME);
      return insertMeeting(tx, fields);
    });
    return readMeetingRecord(wb, id);
  },

  'meetings.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const current = readMeetingRecord(wb, id);
    const fields = Object.keys(patch).map((f) => MEETING_FIELD_LABELS[f] ?? f).join(', ');
    wb.mutate(ctx.author, `Ret ${meetingName(current)}: ${fields}`, (tx) => {
      const meeting = requireMeeting(tx, id);
      assertAgendaEditable(meeting);
      assertTimes(patch.startTime ?? meeting.startTime, patch.endTime ?? meeting.endTime);
      if (tx.update('meeting', id, toRow(patch))) markFactsChanged(tx, meeting);
    });
    return readMeetingRecord(wb, id);
  },

  'meetings.setStatus': ({ id, status }, ctx) => {
    const wb = ctx.workbook();
    const current = readMeetingRecord(wb, id);
    wb.mutate(ctx.author, `Ret ${meetingName(current)}: status ${status}`, (tx) => {
      const meeting = requireMeeting(tx, id);
      const problem = statusChangeProblem(meeting.status, status);
      if (problem) throw new UserFacingError('refused', problem);
      // A new status locks what the status protects, even if the meeting was opened for a correction.
      tx.update('meeting', id, { status, unlocked: 0 });
      if (status === 'planlagt' && meeting.status !== 'planlagt') clearRevisions(tx, id);
    });
    return readMeetingRecord(wb, id);
  },

  'meetings.setUnlocked': ({ id, unlocked }, ctx) => {
    const wb = ctx.workbook();
    const current = readMeetingRecord(wb, id);
    wb.mutate(ctx.author, `${unlocked ? 'Lås' : 'Lås igen'} ${meetingName(current)}${unlocked ? ' op' : ''}`, (tx) => {
      const meeting = requireMeeting(tx, id);
      if (unlocked && !canUnlock(meeting)) throw new UserFacingError('refused', 'Mødet er ikke låst');
      tx.update('meeting', id, { unlocked: unlocked ? 1 : 0 });
    });
    return readMeetingRecord(wb, id);
  },

  'meetings.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const current = readMeetingRecord(wb, id);
    wb.mutate(ctx.author, `Slet ${meetingName(current)}`, (tx) => {
      const meeting = requireMeeting(tx, id);
      if (meeting.status === 'afholdt' || meeting.status === 'referat godkendt') {
        if (!meeting.unlocked) throw new UserFacingError('refused', 'Mødet er afholdt og kan ikke slettes. Lås det op først');
      }
      tx.remove('meeting', id);
    });
    return null;
  },
};
