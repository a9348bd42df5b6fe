// Who wrote the statusnotat and whom the director can ask (issue 16): the author is the user who
// makes it (name and role, this machine's settings or the CLI's user), the contact the programme
// leader from the Program sheet, with an e-mail when a member of the steering group is that leader.
import type { Member } from '../../../shared/domain/program';
import type { UserProfile } from '../../../shared/domain/user';
import { cleanLine } from '../text';

export interface NotatContact {
  /** The leader as the Program sheet names it (a role or a person). */
  leader: string;
  /** The member who is the leader, when one matches. */
  name: string;
  email: string;
}

/**
 * The member who is the programme leader: one whose name the leader field holds, else the one
 * whose role says »programleder« (the programme document names roles, not people).
 */
export function leaderMember(leader: string, members: readonly Member[]): Member | null {
  const text = cleanLine(leader).toLocaleLowerCase('da-DK');
  const named = members.find((m) => cleanLine(m.name) !== '' && text.includes(cleanLine(m.name).toLocaleLowerCase('da-DK')));
  return named ?? members.find((m) => /programleder/i.test(m.role)) ?? null;
}

export function contactOf(leader: string, members: readonly Member[]): NotatContact | null {
  if (cleanLine(leader) === '') return null;
  const member = leaderMember(leader, members);
  return { leader: cleanLine(leader), name: cleanLine(member?.name), email: cleanLine(member?.email) };
}

/** »Programleder Hanne Holm, hanne@gladsaxe.dk« – as much as the workbook knows. */
export function contactText(contact: NotatContact): string {
  const who = contact.name && !contact.leader.includes(contact.name) ? `${contact.leader} (${contact.name})` : contact.leader;
  return contact.email ? `${who}, ${contact.email}` : who;
}

export function authorText(author: UserProfile): string {
  return `${cleanLine(author.name)}, ${author.role.toLocaleLowerCase('da-DK')}`;
}
