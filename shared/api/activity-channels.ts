import { z } from 'zod';
import {
  ACTIVITY_STATUSES, FOLLOW_UP_FORMS, PARTNER_KINDS,
  type Activity, type FollowUp, type InitiativeLife, type InitiativeOverview, type Partner,
} from '../domain/activity';
import { mutation, query } from './channel';
import { isoDate, longText, noInput, nonEmptyPatch, requiredText, rowId, shortText, strictInput, wholeNumber, neuter, seenValues } from './validation';

const activityStatus = z.enum(ACTIVITY_STATUSES, { error: `Aktivitetens status skal være en af: ${ACTIVITY_STATUSES.join(', ')}` });
const partnerKind = z.enum(PARTNER_KINDS, { error: `Partnerens type skal være en af: ${PARTNER_KINDS.join(', ')}` });
const followUpForm = z.enum(FOLLOW_UP_FORMS, { error: `Opfølgningens form skal være en af: ${FOLLOW_UP_FORMS.join(', ')}` });

const activityShape = {
  name: requiredText(neuter('Aktivitetens navn'), 300),
  status: activityStatus,
  localOwner: shortText('Forankring', 500),
  startDate: isoDate('Startdato').nullable(),
  participants: wholeNumber(neuter('Antal deltagere'), 1_000_000).nullable(),
  note: longText('Note'),
};

const partnerIds = z
  .array(rowId('Partner'), { error: 'Partnerne skal være en liste' })
  .max(500, { error: 'En aktivitet kan højst have 500 partnere' })
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Den samme partner er valgt to gange' });

const partnerShape = {
  name: requiredText(neuter('Partnerens navn'), 300),
  kind: partnerKind,
  contact: shortText('Kontakt', 500),
  note: longText('Note'),
};

const followUpShape = {
  date: isoDate('Dato'),
  form: followUpForm,
  withWhom: shortText('Med hvem', 1000),
  learnt: longText('Hvad vi lærte'),
};

/** Activities, partners and follow-ups: the life of each initiative (Indsatser sheet). */
export const activityChannels = {
  /** One initiative's activities and follow-ups with its overview. */
  'activities.forInitiative': query<InitiativeLife>()(strictInput({ initiativeId: rowId('Indsats') })),
  /** The overview of every initiative, in the initiatives' order. */
  'activities.overview': query<InitiativeOverview[]>()(noInput),
  'activities.add': mutation<Activity>()(
    strictInput({
      initiativeId: rowId('Indsats'),
      name: activityShape.name.optional(),
      status: activityStatus.optional(),
      partnerIds: partnerIds.optional(),
    }, 'aktiviteten'),
  ),
  'activities.update': mutation<Activity>()(
    strictInput({ id: rowId('Aktivitet'), patch: nonEmptyPatch(activityShape, 'aktiviteten'), seen: seenValues(activityShape) }),
  ),
  /** Replaces the activity's partners with exactly these. */
  'activities.setPartners': mutation<Activity>()(strictInput({ id: rowId('Aktivitet'), partnerIds })),
  'activities.remove': mutation<null>()(strictInput({ id: rowId('Aktivitet') })),

  'partners.list': query<Partner[]>()(noInput),
  'partners.add': mutation<Partner>()(
    strictInput({
      name: partnerShape.name,
      kind: partnerKind.optional(),
      contact: partnerShape.contact.optional(),
      note: partnerShape.note.optional(),
    }, 'partneren'),
  ),
  'partners.update': mutation<Partner>()(strictInput({ id: rowId('Partner'), patch: nonEmptyPatch(partnerShape, 'partneren'), seen: seenValues(partnerShape) })),
  'partners.remove': mutation<null>()(strictInput({ id: rowId('Partner') })),

  'followUps.add': mutation<FollowUp>()(
    strictInput({
      initiativeId: rowId('Indsats'),
      date: followUpShape.date,
      form: followUpForm,
      withWhom: followUpShape.withWhom.optional(),
      learnt: followUpShape.learnt.optional(),
    }, 'opfølgningen'),
  ),
  'followUps.update': mutation<FollowUp>()(strictInput({ id: rowId('Opfølgning'), patch: nonEmptyPatch(followUpShape, 'opfølgningen'), seen: seenValues(followUpShape) })),
  'followUps.remove': mutation<null>()(strictInput({ id: rowId('Opfølgning') })),
};
