// The one table of the roles' rights (shared/api/permissions.ts), enforced by the dispatcher.
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../shared/api/contract';
import { CHANNEL_ACCESS, isRoleLimited, mayCall, roleRefusal } from '../../shared/api/permissions';
import { USER_ROLES, type UserRole } from '../../shared/domain/user';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

const channels = Object.keys(contract) as Channel[];
const limited = channels.filter(isRoleLimited);

describe('the table of who may call what', () => {
  it('names every channel of the contract, and every mutating one as a change for some roles', () => {
    expect(Object.keys(CHANNEL_ACCESS).sort()).toEqual([...channels].sort());
    const mutating = channels.filter((c) => contract[c].mutates);
    expect(mutating.filter((c) => !isRoleLimited(c))).toEqual([]);
    for (const channel of limited) expect(CHANNEL_ACCESS[channel], channel).toContain('Formand');
  });

  it('lets the Direktør change nothing', () => {
    expect(limited.filter((c) => mayCall('Direktør', c))).toEqual([]);
  });

  it('says in Danish what the role may do', () => {
    expect(roleRefusal('Direktør')).toBe('Som Direktør kan du læse alt og lave dokumenter, men ikke ændre noget');
    expect(roleRefusal('Medlem')).toBe('Som Medlem kan du læse alt og foreslå punkter til dagsordenen, men ikke ændre dette');
  });
});

describe('the dispatcher', () => {
  it('walks the whole table: every role × every changing channel is allowed or refused as the table says', async () => {
    wb = createTestWorkbook();
    const roles = USER_ROLES.filter((r) => r !== 'Formand');
    const mismatches: string[] = [];
    for (const role of [...roles, 'Formand' as UserRole]) {
      wb.session.settings.setUser({ name: `Prøve ${role}`, role });
      for (const channel of limited) {
        // Empty input: a refused role hears it before the input is looked at; an allowed one
        // gets at most a validation error, never the role's refusal.
        const result = await wb.raw(channel, {});
        const refused = !result.ok && result.error.message === roleRefusal(role);
        if (refused === mayCall(role, channel)) mismatches.push(`${role} ${channel}: ${refused ? 'afvist' : 'tilladt'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('reads, documents and one’s own settings are open to every role', async () => {
    wb = createTestWorkbook();
    for (const role of USER_ROLES) {
      wb.session.settings.setUser({ name: 'Dorte', role });
      expect((await wb.raw('budget.get', {})).ok).toBe(true);
      expect((await wb.raw('meetings.list', {})).ok).toBe(true);
      expect(await wb.call('user.set', { name: 'Dorte', role })).toEqual({ name: 'Dorte', role });
    }
    for (const channel of channels.filter((c) => !isRoleLimited(c))) expect(USER_ROLES.every((r) => mayCall(r, channel)), channel).toBe(true);
  });

  it('lets the social innovator keep the spending but not set the budget', async () => {
    wb = createTestWorkbook();
    const lineId = (await wb.call('budget.get', {})).data.groups[0]!.lines[0]!.id;
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    expect(await wb.call('budget.amounts.set', { cells: [{ lineId, year: 2027, measure: 'actual', value: 1250.5 }] })).toEqual({ changed: 1 });
    expect(await wb.raw('budget.amounts.set', { cells: [{ lineId, year: 2027, measure: 'budget', value: 5 }] })).toMatchObject({
      ok: false, error: { code: 'refused', message: roleRefusal('Social innovator') },
    });
  });

  it('lets only the chair and the secretariat write minutes; a member proposes and works on the proposal', async () => {
    wb = createTestWorkbook();
    const meeting = await wb.call('meetings.add', { date: '2027-03-04' });
    const chairItem = (await wb.call('meetings.get', { id: meeting.id })).items[0]!;
    await wb.call('user.set', { name: 'Mette Hansen', role: 'Medlem' });
    const own = await wb.call('meetings.items.add', { meetingId: meeting.id, title: 'Lektiecafé' });
    expect(own.proposalState).toBe('foreslået');
    await wb.call('meetings.items.update', { id: own.id, patch: { caseText: 'Baggrund.' } });
    expect(await wb.raw('meetings.items.update', { id: chairItem.id, patch: { minutesText: 'Noteret.' } })).toMatchObject({
      ok: false, error: { message: roleRefusal('Medlem') },
    });
    expect(await wb.raw('meetings.remove', { id: meeting.id })).toMatchObject({ ok: false, error: { message: roleRefusal('Medlem') } });
    await wb.call('user.set', { name: 'Ole Sekretær', role: 'Sekretariat' });
    expect((await wb.call('meetings.items.update', { id: chairItem.id, patch: { minutesText: 'Noteret.' } })).minutesText).toBe('Noteret.');
    await wb.call('actions.add', { meetingId: meeting.id, itemId: chairItem.id, what: 'Send referatet' });
    // Role rules in shared/meetings read the caller's role from the session, not from the input.
    expect(await wb.raw('meetings.items.decide', { id: own.id, accept: true })).toMatchObject({ ok: false, error: { message: roleRefusal('Sekretariat') } });
  });

  it('checks each pasted cell as its own channel, so a role pastes only where it may type', async () => {
    wb = createTestWorkbook();
    const initiative = (await wb.call('initiatives.list', {}))[0]!;
    const member = (await wb.call('program.get', {})).members[0]!;
    await wb.call('user.set', { name: 'Sara Khalil', role: 'Social innovator' });
    const paste = (channel: string, input: unknown) => wb.raw('grid.paste', { grid: 'Prøve', cells: [{ channel, input, where: 'række 1, Titel' }] });
    expect((await paste('initiatives.update', { id: initiative.id, patch: { title: 'Fællesspisning' } })).ok).toBe(true);
    expect(await paste('members.update', { id: member.id, patch: { name: 'Anna' } })).toMatchObject({
      ok: false, error: { message: `Intet er sat ind: række 1, Titel – ${roleRefusal('Social innovator')}` },
    });
  });
});
