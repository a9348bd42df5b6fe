import type { meetingChannels } from '../../../shared/api/meeting-channels';
import type { AgendaItem } from '../../../shared/domain/meeting';
import { DEFAULT_ITEM_MINUTES, normaliseRecommendation } from '../../../shared/meetings/agenda';
import { agendaEditProblem, newItemProposal, proposalDecisionPatch, proposalDecisionProblem, removeItemProblem, reorderProblem } from '../../../shared/meetings/proposals';
import { AGENDA_CONTENT_FIELDS } from '../../../shared/meetings/revisions';
import { columnName, toRow } from '../../workbook/columns';
import { notFound, UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import type { HandlerMap } from '../handler';
import { moveToPosition } from '../positions';
import { changeMark, markItemChanged, markItemNew, recordWithdrawal, unlinkWithdrawals } from './agenda-revisions';
import { assertInitiative, insertAgendaItem } from './insert-agenda-item';
import { assertAgendaEditable, assertMinutesEditable, itemIdsInOrder, meetingName, requireItem, requireMeeting, refuseIf } from './guards';
import { readAgendaItems } from './read-meeting';

type ItemChannel = 'meetings.items.add' | 'meetings.items.update' | 'meetings.items.move' | 'meetings.items.remove' | 'meetings.items.decide';

/** Fields written in the minutes; everything else belongs to the agenda. */
const MINUTES_FIELDS = new Set(['minutesText', 'decision']);

const ITEM_FIELD_LABELS: Record<string, string> = {
  title: 'titel', type: 'type', presenter: 'fremlægges af', minutes: 'minutter', initiativeId: 'indsats',
  recommendation: 'indstilling', caseText: 'sagsfremstilling', minutesText: 'referat', decision: 'beslutning',
};

export function readItem(wb: Workbook, id: number): AgendaItem {
  const meetingId = wb.db.prepare('SELECT meeting_id FROM agenda_item WHERE id = ?').pluck().get(id) as number | undefined;
  const item = meetingId === undefined ? undefined : readAgendaItems(wb, meetingId).find((i) => i.id === id);
  if (!item) throw notFound('Punktet');
  return item;
}

/** The item's title in quotes and its meeting, for change-log descriptions. */
export function itemTitle(wb: Workbook, id: number): string {
  const row = wb.db.prepare('SELECT i.title, m.date FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = ?').get(id) as
    | { title: string; date: string }
    | undefined;
  if (!row) throw notFound('Punktet');
  return `"${row.title}" på ${meetingName(row)}`;
}

export const itemHandlers: HandlerMap<ItemChannel & keyof typeof meetingChannels> = {
  'meetings.items.add': (input, ctx) => {
    const wb = ctx.workbook();
    const proposal = newItemProposal(ctx.user, ctx.author);
    const title = input.title?.trim() || (proposal.proposalState === 'foreslået' ? 'Forslag til punkt' : 'Nyt punkt');
    const date = wb.db.prepare('SELECT date FROM meeting WHERE id = ?').pluck().get(input.meetingId) as string | undefined;
    const verb = proposal.proposalState === 'foreslået' ? 'Foreslå punkt til' : 'Tilføj punkt til';
    const id = wb.mutate(ctx.author, `${verb} dagsordenen for ${date ? meetingName({ date }) : 'mødet'}`, (tx) => {
      const meeting = requireMeeting(tx, input.meetingId);
      assertAgendaEditable(meeting);
      assertInitiative(tx, input.initiativeId);
      return insertAgendaItem(tx, meeting, {
        title,
        type: input.type ?? 'Orientering',
        presenter: input.presenter?.trim() ?? '',
        minutes: input.minutes ?? DEFAULT_ITEM_MINUTES,
        initiative_id: input.initiativeId ?? null,
        recommendation: '[]',
        proposed_by: proposal.proposedBy,
        proposal_state: proposal.proposalState,
      });
    });
    return readItem(wb, id);
  },

  'meetings.items.update': ({ id, patch }, ctx) => {
    const wb = ctx.workbook();
    const fields = Object.keys(patch).map((f) => ITEM_FIELD_LABELS[f] ?? f).join(', ');
    wb.mutate(ctx.author, `Ret ${itemTitle(wb, id)}: ${fields}`, (tx) => {
      const { item, meeting } = requireItem(tx, id);
      const names = Object.keys(patch);
      if (names.some((n) => MINUTES_FIELDS.has(n))) assertMinutesEditable(meeting);
      if (names.some((n) => !MINUTES_FIELDS.has(n))) {
        assertAgendaEditable(meeting);
        refuseIf(agendaEditProblem(ctx.user, item));
      }
      assertInitiative(tx, patch.initiativeId);
      const cleaned = toRow({
        ...patch,
        ...(patch.title !== undefined ? { title: patch.title.trim() } : {}),
        ...(patch.presenter !== undefined ? { presenter: patch.presenter.trim() } : {}),
        ...(patch.recommendation !== undefined ? { recommendation: normaliseRecommendation(patch.recommendation) } : {}),
      });
      // A change to what the dagsorden says, after it went out, is marked in the same update.
      const stored = tx.require('agenda_item', id, 'Punktet');
      const contentChanged = Object.keys(patch).some((f) => AGENDA_CONTENT_FIELDS.has(f) && stored[columnName(f)] !== cleaned[columnName(f)]);
      tx.update('agenda_item', id, { ...cleaned, ...(contentChanged ? changeMark(stored, meeting) : {}) });
    });
    return readItem(wb, id);
  },

  'meetings.items.move': ({ id, toPosition }, ctx) => {
    const wb = ctx.workbook();
    const meetingId = wb.mutate(ctx.author, `Flyt ${itemTitle(wb, id)}`, (tx) => {
      const { item, meeting } = requireItem(tx, id);
      assertAgendaEditable(meeting);
      refuseIf(reorderProblem(ctx.user));
      const before = itemIdsInOrder(tx, item.meetingId);
      moveToPosition(tx, 'agenda_item', id, toPosition, before);
      if (itemIdsInOrder(tx, item.meetingId).indexOf(id) !== before.indexOf(id)) markItemChanged(tx, id, meeting);
      return item.meetingId;
    });
    return readAgendaItems(wb, meetingId);
  },

  'meetings.items.remove': ({ id }, ctx) => {
    const wb = ctx.workbook();
    wb.mutate(ctx.author, `Slet ${itemTitle(wb, id)}`, (tx) => {
      const { item, meeting } = requireItem(tx, id);
      // Whenever the minutes are locked the agenda is too, so this also protects the item's actions.
      assertAgendaEditable(meeting);
      refuseIf(removeItemProblem(ctx.user, item));
      unlinkWithdrawals(tx, id);
      recordWithdrawal(tx, tx.require('agenda_item', id, 'Punktet'), meeting, 'removed');
      tx.remove('agenda_item', id);
      tx.renumber('agenda_item', itemIdsInOrder(tx, item.meetingId));
    });
    return null;
  },

  'meetings.items.decide': ({ id, accept, reason }, ctx) => {
    const wb = ctx.workbook();
    const verb = accept ? 'Acceptér forslag' : 'Afvis forslag';
    wb.mutate(ctx.author, `${verb} ${itemTitle(wb, id)}`, (tx) => {
      const { item, meeting } = requireItem(tx, id);
      assertAgendaEditable(meeting);
      const problem = proposalDecisionProblem(
        ctx.user?.role,
        item,
        { accept, reason: reason ?? '' },
      );
      if (problem) throw new UserFacingError('refused', problem);
      const stored = tx.require('agenda_item', id, 'Punktet');
      tx.update('agenda_item', id, toRow(proposalDecisionPatch({ accept, reason: reason ?? '' })));
      // Accepted after sending: a new item. Declined after being on the sent agenda: withdrawn.
      if (accept) markItemNew(tx, id, meeting);
      else recordWithdrawal(tx, stored, meeting, 'declined');
    });
    return readItem(wb, id);
  },
};
