import { z } from 'zod';
import {
  PROGRAM_FIELD_NAMES, PROGRAM_LIST_KINDS, PROGRAM_LONG_TEXT_FIELDS, PROGRAM_FIELDS,
  type Member, type ProgramField, type ProgramListItem, type ProgramSheet,
} from '../domain/program';
import { isIsoDate } from '../dates';
import { mutation, query } from './channel';
import { longText, noInput, nonEmptyPatch, quarter, requiredText, rowId, shortText, wholeNumber, strictInput, seenValues } from './validation';

function programFieldSchema(field: ProgramField) {
  const label = PROGRAM_FIELDS[field];
  if (field === 'periodStart' || field === 'periodEnd') return quarter(label);
  if (field === 'title') return requiredText(label);
  // Empty until the programme is approved; the sheet types it dd.mm.åååå and stores ISO.
  if (field === 'approvedOn') {
    return z.string({ error: `${label} skal være en dato` }).refine((v) => v === '' || isIsoDate(v), { error: `${label} skal være en gyldig dato (dd.mm.åååå) eller tom` });
  }
  return PROGRAM_LONG_TEXT_FIELDS.includes(field) ? longText(label) : shortText(label);
}

const programPatchShape = Object.fromEntries(
  PROGRAM_FIELD_NAMES.map((field) => [field, programFieldSchema(field)]),
) as unknown as Record<ProgramField, z.ZodType<string>>;

const listKind = z.enum(PROGRAM_LIST_KINDS, { error: 'Ukendt liste' });

const memberShape = {
  name: shortText('Navn', 200),
  role: shortText('Rolle', 200),
  organisation: shortText('Organisation', 200),
  email: shortText('E-mail', 200).refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
    error: 'E-mail skal være en gyldig e-mailadresse (fx navn@gladsaxe.dk)',
  }),
};

export const programChannels = {
  'program.get': query<ProgramSheet>()(noInput),
  'program.update': mutation<ProgramSheet>()(
    strictInput({ patch: nonEmptyPatch(programPatchShape, 'programmet'), seen: seenValues(programPatchShape) }),
  ),
  'program.list.add': mutation<ProgramListItem>()(
    strictInput({ list: listKind, text: shortText('Tekst', 2000), position: wholeNumber('Placering').optional() }),
  ),
  'program.list.update': mutation<ProgramListItem>()(
    strictInput({ id: rowId(), text: shortText('Tekst', 2000), seen: seenValues({ text: shortText('Tekst', 2000) }) }),
  ),
  'program.list.move': mutation<ProgramListItem[]>()(
    strictInput({ id: rowId(), toPosition: wholeNumber('Placering') }),
  ),
  'program.list.remove': mutation<null>()(strictInput({ id: rowId() })),
  'members.add': mutation<Member>()(
    strictInput(memberShape, "medlemmet").partial(),
  ),
  'members.update': mutation<Member>()(
    strictInput({ id: rowId(), patch: nonEmptyPatch(memberShape, 'medlemmet'), seen: seenValues(memberShape) }),
  ),
  'members.remove': mutation<null>()(strictInput({ id: rowId() })),
};
