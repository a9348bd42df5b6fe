import type { meetingChannels } from '../../../shared/api/meeting-channels';
import type { ActionRecord } from '../../../shared/domain/meeting-views';
import { todayIso } from '../../../shared/dates';
import { completionAfterStatusChange } from '../../../shared/meetings/actions';
import { notFound, UserFacingError } from '../../workbook/errors';
import type { Row, Transaction } from '../../workbook/transaction';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { nextPosition } from '../positions';
import { assertMinutesEditable, requireMeeting } from './guards';
import { actionFromRow, readAllActions, readDecisions } from './read-meeting';

type ActionChannel = 'actions.add' | 'actions.update' | 'actions.remove' | 'actions.list' | 'decisions.list';

/** Following up on an action (its status) is not editing the minutes it was written in. */
const FOLLOW_UP_FIELDS = new Set(['status']);

function readAction(wb: Workbook, id: number): ActionRecord {
  const row = wb.db.prepare('SELECT * FROM action_item WHERE id = ?').get(id) as Row | undefined;
  if (!row) throw notFound('Handlingen');
  return actionFromRow(row);
}

/** A member chosen as responsible: the member's name (or role, if the name is not filled in). */
export function memberLabel(tx: Transaction, memberId: number): string {
  const member = tx.get('member', memberId);
  if (!member) throw new UserFacingError('not_found', 'Medlemmet findes ikke (måske er det fjernet fra styregruppen)');
  return String(member.name || member.role || '');
}

function shortWhat(what: string): string {
  return what.length > 40 ? `${what.slice(0, 40)}…` : what;
}

export const actionHandlers: HandlerMap<ActionChannel & keyof typeof meetingChannels> = {
  'actions.add': (input, ctx) => {
    const wb = ctx.workbook();
    const id = wb.mutate(ctx.author, `Tilføj handling "${shortWhat(input.what.trim())}"`, (tx) => {
      const meeting = requireMeeting(tx, input.meetingId);
      assertMinutesEditable(meeting);
      if (input.itemId !== undefined && input.itemId !== null) {
        const item = tx.require('agenda_item', input.itemId, 'Punktet');
        if (item.meeting_id !== meeting.id) throw new UserFacingError('invalid_input', 'Punktet hører til et andet møde');
      }
      const memberId = input.memberId ?? null;
      return tx.insert('action_item', {
        meeting_id: meeting.id,
        item_id: input.itemId ?? null,
        position: nextPosition(tx, 'action_item', 'meeting_id = ?', meeting.id),
        what: input.what.trim(),
        who: memberId !== null ? memberLabel(tx, memberId) : (input.who?.trim() ?? ''),
        member_id: memberId,
        deadline: input.deadline ?? null,
        status: 'åben',
        completed_on: null,
      });
    });
    return readAction(wb, id);
  },

  'actions.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const current = readAction(wb, id);
    const description = patch.status && Object.keys(patch).length === 1
      ? `Handling "${shortWhat(current.what)}": ${patch.status}`
      : `Ret handling "${shortWhat(current.what)}"`;
    wb.mutate(ctx.author, description, (tx) => {
      const action = actionFromRow(tx.require('action_item', id, 'Handlingen'));
      const meeting = requireMeeting(tx, action.meetingId);
      if (Object.keys(patch).some((f) => !FOLLOW_UP_FIELDS.has(f))) assertMinutesEditable(meeting);
      const row: Row = {};
      if (patch.what !== undefined) row.what = patch.what.trim();
      if (patch.deadline !== undefined) row.deadline = patch.deadline;
      if (patch.memberId !== undefined && patch.memberId !== null) {
        row.member_id = patch.memberId;
        row.who = memberLabel(tx, patch.memberId);
      } else if (patch.memberId === null || patch.who !== undefined) {
        // Free text: the responsible is no longer tied to a member.
        row.member_id = null;
        if (patch.who !== undefined) row.who = patch.who.trim();
      }
      if (patch.status !== undefined) {
        row.status = patch.status;
        row.completed_on = completionAfterStatusChange(action, patch.status, todayIso());
      }
      tx.update('action_item', id, row);
    });
    return readAction(wb, id);
  },

  'actions.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Slet handling "${shortWhat(readAction(wb, id).what)}"`, (tx) => {
      const action = actionFromRow(tx.require('action_item', id, 'Handlingen'));
      assertMinutesEditable(requireMeeting(tx, action.meetingId));
      tx.remove('action_item', id);
    });
    return null;
  },

  'actions.list': (_input, ctx) => readAllActions(ctx.workbook()),
  'decisions.list': (_input, ctx) => readDecisions(ctx.workbook()),
};


