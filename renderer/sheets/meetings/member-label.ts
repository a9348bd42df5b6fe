import type { Member } from '../../../shared/domain/program';

/** How a member is named in lists: the name, or the role while no name is filled in. */
export function memberLabel(member: Pick<Member, 'name' | 'role'>): string {
  return member.name.trim() || member.role.trim();
}
