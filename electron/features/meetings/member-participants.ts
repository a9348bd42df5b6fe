// A meeting's participants are copies of the steering group's members (create-meeting.ts), so
// that the record of a held meeting keeps the names as they were. A meeting not yet held
// should list the members as they are now: a member's new name or role reaches its participant
// rows there, in the same transaction as the change to the member (one undo).
import type { Row, Transaction } from '../../workbook/transaction';

/** What a participant row copies from its member. */
export interface MemberNaming {
  name: string;
  role: string;
}

/** Statuses of a meeting that has not been held yet. */
const NOT_YET_HELD = ['planlagt', 'dagsorden udsendt'] as const;

/**
 * Carries a member's changed name and role to the participants of meetings not yet held. A
 * participant whose name (or role) was edited by hand at the meeting keeps what was written.
 */
export function followMemberInComingMeetings(tx: Transaction, memberId: number, before: MemberNaming, after: MemberNaming): void {
  const rows = tx.db
    .prepare(
      `SELECT p.id, p.name, p.role FROM meeting_participant p JOIN meeting m ON m.id = p.meeting_id
       WHERE p.member_id = ? AND m.status IN (${NOT_YET_HELD.map(() => '?').join(', ')}) ORDER BY p.id`,
    )
    .all(memberId, ...NOT_YET_HELD) as Array<{ id: number; name: string; role: string }>;
  for (const participant of rows) {
    const patch: Row = {};
    if (before.name !== after.name && participant.name === before.name) patch.name = after.name;
    if (before.role !== after.role && participant.role === before.role) patch.role = after.role;
    if (Object.keys(patch).length > 0) tx.update('meeting_participant', participant.id, patch);
  }
}
