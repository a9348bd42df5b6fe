// Taking one »Forslag til dagsorden« onto the agenda. The suggestion is worked out again here from
// the workbook as it is now – the renderer names only which one – so what lands on the agenda is
// what the rules say, never text the caller made up.
import type { SuggestionSourceKind } from '../../../shared/domain/meeting';
import type { AgendaSuggestion } from '../../../shared/meetings/agenda-suggestions';
import { DEFAULT_ITEM_MINUTES } from '../../../shared/meetings/agenda';
import { proposalDecisionPatch } from '../../../shared/meetings/proposals';
import { toRow } from '../../workbook/columns';
import { UserFacingError } from '../../workbook/errors';
import type { Transaction } from '../../workbook/transaction';
import type { HandlerMap } from '../handler';
import { markItemNew, recordWithdrawal } from './agenda-revisions';
import { readAgendaSuggestions } from './agenda-suggestions';
import { assertAgendaEditable, meetingName, requireItem, requireMeeting } from './guards';
import { assertInitiative, insertAgendaItem } from './insert-agenda-item';
import { readItem } from './item-handlers';

/** A proposal made for this meeting is accepted as it is; one made for an earlier meeting moves here. */
function takeProposal(tx: Transaction, meetingId: number, proposalId: number, date: string): number | null {
  const { item, meeting: origin } = requireItem(tx, proposalId);
  if (item.meetingId !== meetingId) {
    // Declined there with a reason saying where it went, so that meeting's record stays true.
    const stored = tx.require('agenda_item', proposalId, 'Punktet');
    tx.update('agenda_item', proposalId, toRow(proposalDecisionPatch({ accept: false, reason: `Taget med på dagsordenen til ${meetingName({ date })}` })));
    recordWithdrawal(tx, stored, origin, 'declined');
    return null;
  }
  tx.update('agenda_item', proposalId, { ...toRow(proposalDecisionPatch({ accept: true, reason: '' })), source_kind: 'forslag', source_id: proposalId });
  markItemNew(tx, proposalId, origin);
  return proposalId;
}

function findSuggestion(suggestions: AgendaSuggestion[], kind: SuggestionSourceKind, id: number): AgendaSuggestion {
  const found = suggestions.find((s) => s.source.kind === kind && s.source.id === id);
  if (!found) throw new UserFacingError('not_found', 'Forslaget er her ikke længere – det er måske allerede på dagsordenen, eller det, det byggede på, er ændret. Listen er opdateret.');
  return found;
}

export const takeSuggestionHandlers: HandlerMap<'meetings.suggestions.take'> = {
  'meetings.suggestions.take': ({ meetingId, sourceKind, sourceId }, ctx) => {
    const wb = ctx.workbook();
    const { meetingDate, suggestions } = readAgendaSuggestions(wb, meetingId);
    const suggestion = findSuggestion(suggestions, sourceKind, sourceId);
    const id = wb.mutate(ctx.author, `Tag forslaget »${suggestion.title}« med på dagsordenen for ${meetingName({ date: meetingDate })}`, (tx) => {
      const meeting = requireMeeting(tx, meetingId);
      assertAgendaEditable(meeting);
      // A proposal keeps its proposer's name wherever it lands.
      let proposedBy = '';
      if (sourceKind === 'forslag') {
        proposedBy = tx.require('agenda_item', sourceId, 'Forslaget').proposed_by as string;
        const accepted = takeProposal(tx, meetingId, sourceId, meeting.date);
        if (accepted !== null) return accepted;
      }
      assertInitiative(tx, suggestion.initiativeId);
      return insertAgendaItem(tx, meeting, {
        title: suggestion.title,
        type: suggestion.type,
        presenter: '',
        minutes: DEFAULT_ITEM_MINUTES,
        initiative_id: suggestion.initiativeId,
        recommendation: JSON.stringify(suggestion.recommendation),
        case_text: suggestion.caseText,
        proposed_by: proposedBy,
        proposal_state: 'accepteret',
        source_kind: sourceKind,
        source_id: sourceId,
      });
    });
    return readItem(wb, id);
  },
};
