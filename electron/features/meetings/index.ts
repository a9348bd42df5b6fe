import type { meetingChannels } from '../../../shared/api/meeting-channels';
import type { HandlerMap } from '../handler';
import { actionHandlers } from './action-handlers';
import { suggestionHandlers } from './agenda-suggestions';
import { attachmentHandlers } from './attachment-handlers';
import { itemHandlers } from './item-handlers';
import { meetingHandlers } from './meeting-handlers';
import { participantHandlers } from './participant-handlers';
import { sinceLastHandlers } from './since-last';
import { takeSuggestionHandlers } from './take-suggestion';
import { pointDecisionHandlers } from './point-decision-handlers';

/** Møder and Handlinger og beslutninger: one handler per meeting channel. */
export const meetingFeatureHandlers: HandlerMap<keyof typeof meetingChannels> = {
  ...meetingHandlers,
  ...participantHandlers,
  ...itemHandlers,
  ...attachmentHandlers,
  ...actionHandlers,
  ...suggestionHandlers,
  ...takeSuggestionHandlers,
  ...sinceLastHandlers,
  ...pointDecisionHandlers,
};
