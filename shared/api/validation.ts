// Building blocks for input schemas: every refusal carries a Danish message naming the field.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isQuarterKey } from '../quarters';

z.config(z.locales.da());

export const MAX_SHORT_TEXT = 500;
/** Long texts (Sagsfremstilling, Baggrund …) may be long, but not unbounded. */
export const MAX_LONG_TEXT = 1_000_000;

export function shortText(label: string, max = MAX_SHORT_TEXT) {
  return z
    .string({ error: `${label} skal være tekst` })
    .max(max, { error: `${label} må højst være ${max.toLocaleString('da-DK')} tegn` });
}

export function requiredText(label: string, max = MAX_SHORT_TEXT) {
  return shortText(label, max).refine((v) => v.trim().length > 0, { error: `${label} må ikke være tom` });
}

export function longText(label: string) {
  return shortText(label, MAX_LONG_TEXT);
}

export function rowId(label = 'Id') {
  return z
    .number({ error: `${label} skal være et tal` })
    .int({ error: `${label} skal være et helt tal` })
    .positive({ error: `${label} skal være positivt` });
}

export function wholeNumber(label: string, max = 1_000_000) {
  return z
    .number({ error: `${label} skal være et tal` })
    .int({ error: `${label} skal være et helt tal` })
    .min(0, { error: `${label} må ikke være negativ` })
    .max(max, { error: `${label} må højst være ${max.toLocaleString('da-DK')}` });
}

export function quarter(label: string) {
  return z.string({ error: `${label} skal være et kvartal` }).refine(isQuarterKey, {
    error: `${label} skal være et kvartal som 2019-K2`,
  });
}

export function isoDate(label: string) {
  return z.string({ error: `${label} skal være en dato` }).refine(isIsoDate, {
    error: `${label} skal være en gyldig dato (ÅÅÅÅ-MM-DD)`,
  });
}

/** Object-level refusals (unknown keys, not an object at all) in Danish. */
function objectError(label: string) {
  return (issue: { code: string; keys?: string[] }) => {
    if (issue.code === 'unrecognized_keys') {
      // The names come from the caller: shorten them so a hostile call cannot fill the message.
      const keys = (issue.keys ?? []).slice(0, 5).map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k));
      return `Ukendt felt i ${label}: ${keys.join(', ')}${(issue.keys ?? []).length > 5 ? ' …' : ''}`;
    }
    if (issue.code === 'invalid_type') return `Oplysningerne om ${label} mangler eller har forkert form`;
    return undefined;
  };
}

/** A call's input: exactly these fields, nothing else. */
export function strictInput<T extends z.ZodRawShape>(shape: T, label = 'kaldet') {
  return z.strictObject(shape, { error: objectError(label) });
}

/** A patch must change at least one field. */
export function nonEmptyPatch<T extends z.ZodRawShape>(shape: T, label: string) {
  return strictInput(shape, label)
    .partial()
    .refine((patch) => Object.keys(patch).length > 0, { error: `Der er intet at ændre i ${label}` });
}

export const noInput = strictInput({});

/** One Danish sentence out of a failed validation. */
export function describeValidationError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Ugyldige oplysninger';
  const message = first.message;
  return message.endsWith('.') ? message.slice(0, -1) : message;
}
