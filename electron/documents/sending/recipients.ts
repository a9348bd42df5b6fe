// Who a meeting's e-mail goes to: its participants, addressed with the e-mail address of the
// steering-group member each one is (meeting_participant.member_id → member.email). A participant
// added by hand (a guest) or a member without an address cannot be addressed and is named instead.
import type { MeetingParticipant } from '../../../shared/domain/meeting';
import type { Workbook } from '../../workbook/workbook';
import { cleanLine } from '../text';

export interface Recipient {
  name: string;
  email: string;
}

export interface MeetingRecipients {
  /** In participant order, each address once. */
  to: Recipient[];
  /** "Jens Mikkelsen, Filialleder": participants who cannot be addressed. */
  withoutEmail: string[];
  /** The chair (the participant whose role names Formand), when the chair has an address: the invitation's organiser. */
  chair: Recipient | null;
}

/**
 * An address that can stand in a header as it is. The Program sheet accepts "x@y.z"; a file
 * written by another program could hold anything, and a comma, bracket or line break in an
 * address would address someone else.
 */
const PLAIN_ADDRESS = /^[^\s@<>,;:"()[\]\\]+@[^\s@<>,;:"()[\]\\]+\.[^\s@<>,;:"()[\]\\]+$/;

function personLabel(name: string, role: string): string {
  return [name, role].filter(Boolean).join(', ') || 'Unavngiven deltager';
}

export function readMeetingRecipients(wb: Workbook, participants: readonly MeetingParticipant[]): MeetingRecipients {
  const members = new Map(
    (wb.db.prepare('SELECT id, name, email FROM member').all() as Array<{ id: number; name: string; email: string }>).map((m) => [m.id, m]),
  );
  const to: Recipient[] = [];
  const withoutEmail: string[] = [];
  const seen = new Set<string>();
  let chair: Recipient | null = null;
  for (const participant of participants) {
    const member = participant.memberId === null ? undefined : members.get(participant.memberId);
    const name = cleanLine(participant.name) || cleanLine(member?.name ?? '');
    const role = cleanLine(participant.role);
    const email = (member?.email ?? '').trim();
    if (!PLAIN_ADDRESS.test(email)) {
      withoutEmail.push(personLabel(name, role));
      continue;
    }
    const recipient = { name: name || role, email };
    // "Formand for styregruppen", not "Næstformand".
    if (!chair && /\bformand\b/i.test(role)) chair = recipient;
    if (seen.has(email.toLowerCase())) continue;
    seen.add(email.toLowerCase());
    to.push(recipient);
  }
  return { to, withoutEmail, chair };
}
