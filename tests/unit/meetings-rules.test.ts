import { describe, expect, it } from 'vitest';
import type { ActionRecord } from '../../shared/domain/meeting-views';
import { carriedOverActions, previousMeeting } from '../../shared/meetings/carry-over';
import { completionAfterStatusChange, isOverdue, matchesActionFilter, matchesSearch } from '../../shared/meetings/actions';
import { agendaNumbers, normaliseRecommendation, positionForNewItem } from '../../shared/meetings/agenda';
import { agendaLockMessage, canUnlock, isAgendaLocked, isMinutesLocked, minutesLockMessage, statusChangeProblem } from '../../shared/meetings/locking';
import { isOnAgenda, newItemProposal, proposalDecisionPatch, proposalDecisionProblem, proposalLabel } from '../../shared/meetings/proposals';

function action(id: number, meetingId: number, status: ActionRecord['status'], completedOn: string | null = null, deadline: string | null = null): ActionRecord {
  return { id, meetingId, itemId: null, position: id, what: `Handling ${id}`, who: '', memberId: null, deadline, status, completedOn };
}

const meetings = [
  { id: 1, date: '2020-01-15', startTime: '14:00' },
  { id: 2, date: '2020-03-01', startTime: '14:00' },
  { id: 3, date: '2020-04-15', startTime: '14:00' },
];

describe('carry-over of actions', () => {
  it('lists every open action from earlier meetings, not from this or later ones', () => {
    const actions = [action(1, 1, 'åben'), action(2, 2, 'i gang'), action(3, 3, 'åben')];
    expect(carriedOverActions(meetings[2]!, meetings, actions).map((a) => a.id)).toEqual([1, 2]);
    expect(carriedOverActions(meetings[1]!, meetings, actions).map((a) => a.id)).toEqual([1]);
    expect(carriedOverActions(meetings[0]!, meetings, actions)).toEqual([]);
  });

  it('shows an action closed since the previous meeting as done, and drops one closed before it', () => {
    const actions = [action(1, 1, 'færdig', '2020-02-01'), action(2, 1, 'færdig', '2020-03-10'), action(3, 2, 'færdig', '2020-04-15')];
    const carried = carriedOverActions(meetings[2]!, meetings, actions);
    expect(carried.map((a) => [a.id, a.status])).toEqual([[2, 'færdig'], [3, 'færdig']]);
    expect(carried[0]!.meetingDate).toBe('2020-01-15');
  });

  it('is live: reopening an action brings it back', () => {
    const closed = [action(1, 1, 'færdig', '2020-02-01')];
    expect(carriedOverActions(meetings[2]!, meetings, closed)).toEqual([]);
    expect(carriedOverActions(meetings[2]!, meetings, [action(1, 1, 'i gang')])).toHaveLength(1);
  });

  it('orders two meetings on one day by start time', () => {
    const sameDay = [{ id: 7, date: '2020-05-01', startTime: '16:00' }, { id: 8, date: '2020-05-01', startTime: '09:00' }];
    expect(previousMeeting(sameDay[0]!, sameDay)?.id).toBe(8);
    expect(carriedOverActions(sameDay[0]!, sameDay, [action(1, 8, 'åben')]).map((a) => a.id)).toEqual([1]);
  });
});

describe('actions list', () => {
  it('marks open actions past their deadline as overdue, never done ones', () => {
    expect(isOverdue(action(1, 1, 'åben', null, '2026-11-01'), '2026-11-20')).toBe(true);
    expect(isOverdue(action(1, 1, 'åben', null, '2026-11-20'), '2026-11-20')).toBe(false);
    expect(isOverdue(action(1, 1, 'færdig', '2026-11-02', '2026-11-01'), '2026-11-20')).toBe(false);
    expect(isOverdue(action(1, 1, 'i gang'), '2026-11-20')).toBe(false);
    const list = [action(1, 1, 'åben', null, '2026-01-01'), action(2, 1, 'i gang', null, '2027-01-01'), action(3, 1, 'færdig', '2026-01-01')];
    expect(list.filter((a) => matchesActionFilter(a, 'åbne', '2026-11-20')).map((a) => a.id)).toEqual([1, 2]);
    expect(list.filter((a) => matchesActionFilter(a, 'overskredne', '2026-11-20')).map((a) => a.id)).toEqual([1]);
    expect(list.filter((a) => matchesActionFilter(a, 'færdige', '2026-11-20')).map((a) => a.id)).toEqual([3]);
  });

  it('records the day an action is done and forgets it when reopened', () => {
    expect(completionAfterStatusChange(action(1, 1, 'åben'), 'færdig', '2026-11-20')).toBe('2026-11-20');
    expect(completionAfterStatusChange(action(1, 1, 'færdig', '2026-10-01'), 'færdig', '2026-11-20')).toBe('2026-10-01');
    expect(completionAfterStatusChange(action(1, 1, 'færdig', '2026-10-01'), 'i gang', '2026-11-20')).toBeNull();
  });

  it('searches case-insensitively for every word', () => {
    expect(matchesSearch('lektiecafé HOLMEGÅRD', 'Lektiecafé i Holmegård', 'Sara')).toBe(true);
    expect(matchesSearch('lektiecafé bydelshus', 'Lektiecafé i Holmegård')).toBe(false);
    expect(matchesSearch('  ', 'hvad som helst')).toBe(true);
  });
});

describe('locking', () => {
  it('locks the agenda when held and the minutes too when approved; unlocking lifts both', () => {
    expect(isAgendaLocked({ status: 'dagsorden udsendt', unlocked: false })).toBe(false);
    expect(isAgendaLocked({ status: 'afholdt', unlocked: false })).toBe(true);
    expect(isMinutesLocked({ status: 'afholdt', unlocked: false })).toBe(false);
    expect(isMinutesLocked({ status: 'referat godkendt', unlocked: false })).toBe(true);
    expect(isAgendaLocked({ status: 'referat godkendt', unlocked: true })).toBe(false);
    expect(isMinutesLocked({ status: 'referat godkendt', unlocked: true })).toBe(false);
    expect(canUnlock({ status: 'planlagt', unlocked: false })).toBe(false);
    expect(canUnlock({ status: 'afholdt', unlocked: false })).toBe(true);
    expect(minutesLockMessage({ status: 'referat godkendt', unlocked: false })).toMatch(/Referatet er godkendt/);
    expect(agendaLockMessage({ status: 'afholdt', unlocked: false })).toMatch(/Mødet er afholdt/);
  });

  it('approves minutes only for a held meeting', () => {
    expect(statusChangeProblem('planlagt', 'referat godkendt')).toMatch(/afholdt/);
    expect(statusChangeProblem('afholdt', 'referat godkendt')).toBeNull();
    expect(statusChangeProblem('referat godkendt', 'afholdt')).toBeNull();
  });
});

describe('proposals', () => {
  it('puts the chair\'s items on the agenda and stamps everyone else\'s as proposals', () => {
    expect(newItemProposal({ name: 'Lene', role: 'Formand' }, 'x')).toEqual({ proposedBy: '', proposalState: 'accepteret' });
    expect(newItemProposal({ name: 'Sara', role: 'Social innovator' }, 'x')).toEqual({ proposedBy: 'Sara', proposalState: 'foreslået' });
    expect(newItemProposal(null, 'jens (kommandolinje)')).toEqual({ proposedBy: 'jens (kommandolinje)', proposalState: 'foreslået' });
    expect(proposalLabel({ proposedBy: 'Sara', proposalState: 'foreslået' })).toBe('foreslået af Sara');
    expect(isOnAgenda({ proposalState: 'foreslået' })).toBe(false);
  });

  it('lets only the chair decide, and a decline needs a reason', () => {
    const proposal = { proposalState: 'foreslået' as const, standing: null };
    expect(proposalDecisionProblem('Social innovator', proposal, { accept: true, reason: '' })).toMatch(/Kun formanden/);
    expect(proposalDecisionProblem('Formand', proposal, { accept: false, reason: ' ' })).toMatch(/begrundelse/);
    expect(proposalDecisionProblem('Formand', proposal, { accept: true, reason: '' })).toBeNull();
    expect(proposalDecisionProblem('Formand', { proposalState: 'afvist', standing: null }, { accept: true, reason: '' })).toBeNull();
    expect(proposalDecisionPatch({ accept: false, reason: ' Tages op i foråret ' })).toEqual({ proposalState: 'afvist', declineReason: 'Tages op i foråret' });
    expect(proposalDecisionPatch({ accept: true, reason: '' })).toEqual({ proposalState: 'accepteret', declineReason: '' });
  });
});

describe('agenda shape', () => {
  it('inserts new items before Eventuelt and numbers only items on the agenda', () => {
    expect(positionForNewItem([{ standing: 'approveAgenda' }, { standing: 'followUp' }, { standing: 'anyOtherBusiness' }])).toBe(3);
    expect(positionForNewItem([{ standing: 'approveAgenda' }, { standing: null }])).toBe(3);
    const numbers = agendaNumbers([{ id: 10, proposalState: 'accepteret' }, { id: 11, proposalState: 'afvist' }, { id: 12, proposalState: 'accepteret' }]);
    expect([...numbers]).toEqual([[10, 1], [12, 2]]);
  });

  it('writes Indstilling as "at …" points', () => {
    expect(normaliseRecommendation(['Styregruppen godkender planen', '', ' at   orienteringen tages til efterretning', '- SOB-enheden inddrages'])).toEqual([
      'at styregruppen godkender planen',
      'at orienteringen tages til efterretning',
      'at SOB-enheden inddrages',
    ]);
  });
});
