import { z } from 'zod';
import { ACTION_STATUSES, AGENDA_ITEM_TYPES, MEETING_STATUSES, SUGGESTION_SOURCE_KINDS, type AgendaItem, type Attachment, type MeetingParticipant } from '../domain/meeting';
import type { ActionRecord, ActionRow, DecisionRow, MeetingDetail, MeetingRecord, MeetingSummary } from '../domain/meeting-views';
import { MAX_ITEM_MINUTES } from '../meetings/agenda';
import type { AgendaSuggestions } from '../meetings/agenda-suggestions';
import { POINT_OUTCOMES, type PointDecision, type PointDissent } from '../meetings/point-decisions';
import type { SinceLastMeeting } from '../meetings/since-last';
import { isClockTime } from '../meetings/time-slots';
import { mutation, query } from './channel';
import { isoDate, longText, noInput, nonEmptyPatch, requiredText, rowId, shortText, strictInput, wholeNumber, neuter, plural, seenValues } from './validation';

export function clockTime(label: string) {
  return z.string({ error: `${label} skal være et klokkeslæt` }).refine(isClockTime, {
    error: `${label} skal være et klokkeslæt som 14:00`,
  });
}

function flag(label: string) {
  return z.boolean({ error: `${label} skal være ja eller nej` });
}

const meetingShape = {
  date: isoDate('Dato'),
  startTime: clockTime('Starttidspunkt'),
  endTime: clockTime('Sluttidspunkt'),
  place: requiredText(neuter('Sted'), 200),
};

const participantShape = {
  name: shortText('Navn', 200),
  role: shortText('Rolle', 200),
  present: flag('Til stede'),
  absenceNote: shortText('Bemærkning om afbud', 500),
};

const itemType = z.enum(AGENDA_ITEM_TYPES, { error: `Type skal være en af: ${AGENDA_ITEM_TYPES.join(', ')}` });

const itemShape = {
  title: requiredText('Titel', 300),
  type: itemType,
  presenter: shortText('Fremlægges af', 200),
  minutes: wholeNumber(plural('Minutter'), MAX_ITEM_MINUTES),
  initiativeId: rowId('Indsats').nullable(),
  recommendation: z
    .array(shortText('Indstillingens punkt', 2000), { error: 'Indstillingen skal være en liste af "at …"-punkter' })
    .max(50, { error: 'Indstillingen må højst have 50 punkter' }),
  caseText: longText('Sagsfremstilling'),
  minutesText: longText('Referat'),
  decision: longText('Beslutning'),
};

/** A decision on one "at" of an item's Indstilling. */
const pointDecisionShape = {
  outcome: z.enum(POINT_OUTCOMES, { error: `Udfaldet skal være et af: ${POINT_OUTCOMES.join(', ')}` }).nullable(),
  text: longText('Beslutning'),
};

const dissentShape = {
  memberId: rowId('Medlem').nullable(),
  name: shortText('Navn', 200),
  text: longText('Afvigende mening'),
};

/** Which "at" of the Indstilling, counted from 0 (the Indstilling has at most 50). */
const pointIndex = wholeNumber('Indstillingens punkt', 49);

const actionShape = {
  what: requiredText('Handling', 2000),
  who: shortText('Ansvarlig', 200),
  memberId: rowId('Medlem').nullable(),
  deadline: isoDate('Frist').nullable(),
  status: z.enum(ACTION_STATUSES, { error: `Status skal være en af: ${ACTION_STATUSES.join(', ')}` }),
};

export const meetingChannels = {
  'meetings.list': query<MeetingSummary[]>()(noInput),
  'meetings.get': query<MeetingDetail>()(strictInput({ id: rowId('Møde') })),
  /** »Forslag til dagsorden«: what the workbook says is due at the meeting, not yet on its agenda. */
  'meetings.suggestions': query<AgendaSuggestions>()(strictInput({ meetingId: rowId('Møde') })),
  /** »Siden sidst«: what changed between the previous meeting and this one. */
  'meetings.sinceLast': query<SinceLastMeeting>()(strictInput({ meetingId: rowId('Møde') })),
  /** Takes one suggestion, named by its source, onto the agenda as the chair's item (a proposal: accepted). */
  'meetings.suggestions.take': mutation<AgendaItem>()(
    strictInput({
      meetingId: rowId('Møde'),
      sourceKind: z.enum(SUGGESTION_SOURCE_KINDS, { error: `Forslagets kilde skal være en af: ${SUGGESTION_SOURCE_KINDS.join(', ')}` }),
      sourceId: rowId('Kilde'),
    }),
  ),
  /** A new meeting with the standing items and the steering group's members as participants. */
  'meetings.add': mutation<MeetingRecord>()(strictInput(meetingShape, 'mødet').partial()),
  'meetings.update': mutation<MeetingRecord>()(strictInput({ id: rowId('Møde'), patch: nonEmptyPatch(meetingShape, 'mødet'), seen: seenValues(meetingShape) })),
  'meetings.setStatus': mutation<MeetingRecord>()(
    strictInput({ id: rowId('Møde'), status: z.enum(MEETING_STATUSES, { error: `Status skal være en af: ${MEETING_STATUSES.join(', ')}` }) }),
  ),
  /** Unlocks a held meeting or approved minutes for a correction, or locks them again. */
  'meetings.setUnlocked': mutation<MeetingRecord>()(strictInput({ id: rowId('Møde'), unlocked: flag('Låst op') })),
  'meetings.remove': mutation<null>()(strictInput({ id: rowId('Møde') })),

  'meetings.participants.add': mutation<MeetingParticipant>()(
    strictInput({ meetingId: rowId('Møde'), name: requiredText(neuter('Navn'), 200), role: shortText('Rolle', 200).optional() }),
  ),
  'meetings.participants.update': mutation<MeetingParticipant>()(
    strictInput({ id: rowId('Deltager'), patch: nonEmptyPatch(participantShape, 'deltageren'), seen: seenValues(participantShape) }),
  ),
  'meetings.participants.remove': mutation<null>()(strictInput({ id: rowId('Deltager') })),

  /** The chair's item goes on the agenda; anyone else's is a proposal awaiting the chair. */
  'meetings.items.add': mutation<AgendaItem>()(
    strictInput({
      meetingId: rowId('Møde'),
      title: itemShape.title.optional(),
      type: itemType.optional(),
      presenter: itemShape.presenter.optional(),
      minutes: itemShape.minutes.optional(),
      initiativeId: itemShape.initiativeId.optional(),
    }),
  ),
  'meetings.items.update': mutation<AgendaItem>()(strictInput({ id: rowId('Punkt'), patch: nonEmptyPatch(itemShape, 'punktet'), seen: seenValues(itemShape) })),
  'meetings.items.move': mutation<AgendaItem[]>()(strictInput({ id: rowId('Punkt'), toPosition: wholeNumber('Placering', 10_000) })),
  'meetings.items.remove': mutation<null>()(strictInput({ id: rowId('Punkt') })),
  /** The chair accepts a proposal or declines it with a reason. */
  'meetings.items.decide': mutation<AgendaItem>()(
    strictInput({ id: rowId('Punkt'), accept: flag('Accepter'), reason: shortText('Begrundelse', 2000).optional() }),
  ),

  /** The outcome and text of one "at" of an item's Indstilling, written in the minutes. */
  'meetings.points.decide': mutation<PointDecision>()(
    strictInput({ itemId: rowId('Punkt'), pointIndex, patch: nonEmptyPatch(pointDecisionShape, 'beslutningen'), seen: seenValues(pointDecisionShape) }),
  ),
  /** A member's dissent (afvigende mening) on one "at": a member of the group, or a name. */
  'meetings.dissents.add': mutation<PointDissent>()(
    strictInput({ itemId: rowId('Punkt'), pointIndex, memberId: dissentShape.memberId.optional(), name: dissentShape.name.optional(), text: dissentShape.text.optional() }),
  ),
  'meetings.dissents.update': mutation<PointDissent>()(strictInput({ id: rowId('Afvigende mening'), patch: nonEmptyPatch(dissentShape, 'den afvigende mening'), seen: seenValues(dissentShape) })),
  'meetings.dissents.remove': mutation<null>()(strictInput({ id: rowId('Afvigende mening') })),

  /** Asks for a file with the native dialog; null when the user cancels. */
  'meetings.attachments.add': mutation<Attachment | null>()(strictInput({ itemId: rowId('Punkt') })),
  'meetings.attachments.rename': mutation<Attachment>()(strictInput({ id: rowId('Bilag'), name: requiredText(neuter('Bilagets navn'), 300) })),
  'meetings.attachments.remove': mutation<null>()(strictInput({ id: rowId('Bilag') })),
  /** Opens a stored attachment by its id; the renderer never names a path. */
  'meetings.attachments.open': query<null>()(strictInput({ id: rowId('Bilag') })),

  'actions.add': mutation<ActionRecord>()(
    strictInput({
      meetingId: rowId('Møde'),
      itemId: rowId('Punkt').nullable().optional(),
      what: actionShape.what,
      who: actionShape.who.optional(),
      memberId: actionShape.memberId.optional(),
      deadline: actionShape.deadline.optional(),
    }),
  ),
  'actions.update': mutation<ActionRecord>()(strictInput({ id: rowId('Handling'), patch: nonEmptyPatch(actionShape, 'handlingen'), seen: seenValues(actionShape) })),
  'actions.remove': mutation<null>()(strictInput({ id: rowId('Handling') })),
  'actions.list': query<ActionRow[]>()(noInput),
  'decisions.list': query<DecisionRow[]>()(noInput),
};
