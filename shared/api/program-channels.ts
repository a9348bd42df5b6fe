import { z } from 'zod';
import {
  PROGRAM_FIELD_NAMES, PROGRAM_LIST_KINDS, PROGRAM_LONG_TEXT_FIELDS, PROGRAM_FIELDS,
  type Member, type ProgramField, type ProgramListItem, type ProgramSheet,
} from '../domain/program';
import { mutation, query } from './channel';
import { longText, noInput, nonEmptyPatch, quarter, requiredText, rowId, shortText, wholeNumber } from './validation';

function programFieldSchema(field: ProgramField) {
  const label = PROGRAM_FIELDS[field];
  if (field === 'periodStart' || field === 'periodEnd') return quarter(label);
  if (field === 'title') return requiredText(label);
  return PROGRAM_LONG_TEXT_FIELDS.includes(field) ? longText(label) : shortText(label);
}

const programPatchShape = Object.fromEntries(
  PROGRAM_FIELD_NAMES.map((field) => [field, programFieldSchema(field)]),
) as Record<ProgramField, z.ZodType<string>>;

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
    z.object({ patch: nonEmptyPatch(programPatchShape, 'programmet') }).strict({ error: 'Ukendt felt' }),
  ),
  'program.list.add': mutation<ProgramListItem>()(
    z.object({ list: listKind, text: shortText('Tekst', 2000), position: wholeNumber('Placering').optional() })
      .strict({ error: 'Ukendt felt' }),
  ),
  'program.list.update': mutation<ProgramListItem>()(
    z.object({ id: rowId(), text: shortText('Tekst', 2000) }).strict({ error: 'Ukendt felt' }),
  ),
  'program.list.move': mutation<ProgramListItem[]>()(
    z.object({ id: rowId(), toPosition: wholeNumber('Placering') }).strict({ error: 'Ukendt felt' }),
  ),
  'program.list.remove': mutation<null>()(z.object({ id: rowId() }).strict({ error: 'Ukendt felt' })),
  'members.add': mutation<Member>()(
    z.object(memberShape).partial().strict({ error: 'Ukendt felt i medlemmet' }),
  ),
  'members.update': mutation<Member>()(
    z.object({ id: rowId(), patch: nonEmptyPatch(memberShape, 'medlemmet') }).strict({ error: 'Ukendt felt' }),
  ),
  'members.remove': mutation<null>()(z.object({ id: rowId() }).strict({ error: 'Ukendt felt' })),
};
