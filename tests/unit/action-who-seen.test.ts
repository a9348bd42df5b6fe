// The Hvem field of an action links a typed member's name to that member (memberId) or keeps free
// text. Either way it sends the name the person saw as `seen` beside the name now chosen, so a
// responsible someone else set meanwhile is not overwritten – as ActionsTable sends it.
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/app/dispatcher';
import { memberLabel } from '../../renderer/sheets/meetings/member-label';
import { createTestWorkbook, type TestWorkbook } from '../support/workbooks';

let wb: TestWorkbook;
afterEach(() => wb?.close());

describe('Hvem on an action, with the name seen', () => {
  it('linking a member over a name Anne wrote meanwhile is refused, naming her; seen as hers, it is stored', async () => {
    wb = createTestWorkbook();
    const anne = createDispatcher(wb.session, () => undefined, { actor: { name: 'Anne Holm', role: 'Formand' } });
    const meeting = await wb.call('meetings.add', { date: '2027-02-10' });
    const action = await wb.call('actions.add', { meetingId: meeting.id, what: 'Finde frivillige' });
    const member = (await wb.call('program.get', {})).members[0]!;
    const stored = () => wb.session.current!.db.prepare('SELECT who, member_id FROM action_item WHERE id = ?').get(action.id);

    expect(await anne('actions.update', { id: action.id, patch: { who: 'Ole Jensen' }, seen: { who: '' } })).toMatchObject({ ok: true });
    const refused = await wb.raw('actions.update', { id: action.id, patch: { memberId: member.id, who: memberLabel(member) }, seen: { who: '' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', changedBy: { author: 'Anne Holm (Formand)' } } });
    expect(refused.ok ? '' : refused.error.message).toContain('nu «Ole Jensen»');
    expect(stored()).toEqual({ who: 'Ole Jensen', member_id: null });

    await wb.call('actions.update', { id: action.id, patch: { memberId: member.id, who: memberLabel(member) }, seen: { who: 'Ole Jensen' } });
    expect(stored()).toEqual({ who: memberLabel(member), member_id: member.id });
  });
});
