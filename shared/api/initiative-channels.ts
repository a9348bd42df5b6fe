import { z } from 'zod';
import {
  INITIATIVE_STATUSES, type InitiativeParticipant, type InitiativeWithParticipants,
} from '../domain/initiative';
import { mutation, query } from './channel';
import { longText, noInput, nonEmptyPatch, requiredText, rowId, shortText, wholeNumber, strictInput, neuter, seenValues } from './validation';

const initiativeShape = {
  number: wholeNumber(neuter('Nummer'), 999).refine((n) => n >= 1, { error: 'Nummer skal være mindst 1' }),
  title: requiredText('Titel'),
  responsible: shortText('Ansvarlig'),
  status: z.enum(INITIATIVE_STATUSES, { error: 'Status skal være grøn, gul eller rød' }),
  statusReason: shortText('Begrundelse for status', 5000),
  targetGroup: longText('Målgruppe'),
  description: longText('Beskrivelse'),
  effects: z
    .array(shortText('Effekt', 5000), { error: 'Forventede effekter skal være en liste' })
    .max(200, { error: 'Der må højst være 200 effekter' }),
  effectFollowUp: longText('Opfølgning på effekt'),
};

const participantShape = {
  groupName: requiredText('Deltagergruppe'),
  count: wholeNumber(neuter('Antal deltagere'), 1_000_000).nullable(),
};

export const initiativeChannels = {
  'initiatives.list': query<InitiativeWithParticipants[]>()(noInput),
  'initiatives.add': mutation<InitiativeWithParticipants>()(
    strictInput({ title: requiredText('Titel').optional() }),
  ),
  'initiatives.update': mutation<InitiativeWithParticipants>()(
    strictInput({ id: rowId(), patch: nonEmptyPatch(initiativeShape, 'indsatsen'), seen: seenValues(initiativeShape) }),
  ),
  'initiatives.remove': mutation<null>()(strictInput({ id: rowId() })),
  'initiatives.participants.add': mutation<InitiativeParticipant>()(
    strictInput({ initiativeId: rowId('Indsats'), groupName: requiredText('Deltagergruppe'), count: participantShape.count.optional() }),
  ),
  'initiatives.participants.update': mutation<InitiativeParticipant>()(
    strictInput({ id: rowId(), patch: nonEmptyPatch(participantShape, 'deltagergruppen'), seen: seenValues(participantShape) }),
  ),
  'initiatives.participants.remove': mutation<null>()(strictInput({ id: rowId() })),
};
