import type { meetingChannels } from '../../../shared/api/meeting-channels';
import type { MeetingParticipant } from '../../../shared/domain/meeting';
import { notFound } from '../../workbook/errors';
import type { Row } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { nextPosition } from '../positions';
import { assertMinutesEditable, meetingName, requireMeeting } from './guards';
import { participantFromRow } from './read-meeting';

type ParticipantChannel = 'meetings.participants.add' | 'meetings.participants.update' | 'meetings.participants.remove';

function participant(wb: Workbook, id: number): MeetingParticipant {
  const row = wb.db.prepare('SELECT * FROM meeting_participant WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Deltageren');
  return participantFromRow(row);
}

function meetingOfParticipant(wb: Workbook, id: number): number {
  const meetingId = wb.db.prepare('SELECT meeting_id FROM meeting_participant WHERE id = ?').pluck().get(id) as number | undefined;
  if (meetingId === undefined) throw notFound('Deltageren');
  return meetingId;
}

function describe(wb: Workbook, meetingId: number, what: string): string {
  const date = wb.db.prepare('SELECT date FROM meeting WHERE id = ?').pluck().get(meetingId) as string | undefined;
  return date ? `${what} (${meetingName({ date })})` : what;
}

/** Who attends: the steering group's members by default, guests added by name; afbud recorded. */
export const participantHandlers: HandlerMap<ParticipantChannel & keyof typeof meetingChannels> = {
  'meetings.participants.add': ({ meetingId, name, role }, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, describe(wb, meetingId, `Tilføj deltager ${name.trim()}`), (tx) => {
      assertMinutesEditable(requireMeeting(tx, meetingId));
      return tx.insert('meeting_participant', {
        meeting_id: meetingId,
        position: nextPosition(tx, 'meeting_participant', 'meeting_id = ?', meetingId),
        member_id: null,
        name: name.trim(),
        role: role?.trim() ?? '',
        present: 1,
        absence_note: '',
      });
    });
    return participant(wb, id);
  },

  'meetings.participants.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const meetingId = meetingOfParticipant(wb, id);
    const what = patch.present === false ? 'Afbud' : patch.present === true ? 'Til stede' : 'Ret deltager';
    wb.mutate(ctx.author, describe(wb, meetingId, what), (tx) => {
      assertMinutesEditable(requireMeeting(tx, meetingId));
      const row: Row = {};
      if (patch.name !== undefined) row.name = patch.name.trim();
      if (patch.role !== undefined) row.role = patch.role.trim();
      if (patch.absenceNote !== undefined) row.absence_note = patch.absenceNote.trim();
      if (patch.present !== undefined) {
        row.present = patch.present ? 1 : 0;
        // Back at the table: the note about the absence no longer applies.
        if (patch.present && patch.absenceNote === undefined) row.absence_note = '';
      }
      tx.update('meeting_participant', id, row);
    });
    return participant(wb, id);
  },

  'meetings.participants.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    const meetingId = meetingOfParticipant(wb, id);
    wb.mutate(ctx.author, describe(wb, meetingId, 'Fjern deltager'), (tx) => {
      assertMinutesEditable(requireMeeting(tx, meetingId));
      tx.remove('meeting_participant', id);
    });
    return null;
  },
};
