// Building blocks for input schemas: every refusal carries a Danish message naming the field.
import { z } from 'zod';
import { isIsoDate } from '../dates';
import { isPlausibleYear, LAST_YEAR, quarterProblem, yearRangeMessage } from '../quarters';

z.config(z.locales.da());

export const MAX_SHORT_TEXT = 500;
/**
 * Long texts (Sagsfremstilling, Baggrund …) may be as long as a person writes – a book is under
 * 1 MB – but not unbounded: every sheet, change-log row and Word document carries the whole text.
 * Counted in UTF-8 bytes, as the file stores it, so the cap is the same for æøå, Arabic and emoji.
 */
export const MAX_TEXT_BYTES = 1_000_000;

/** The text's size in UTF-8 bytes (a lone surrogate counts three, as it is stored: U+FFFD). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** "1,2 MB", rounded up to a tenth, so a text one byte over the cap never reads "1 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil(bytes / 100_000) / 10).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
}

/** Whether a text is over the cap. A UTF-16 unit takes one to three bytes, so only a text between a third of the cap and the cap is counted. */
export function isOverTextCap(text: string): boolean {
  return text.length > MAX_TEXT_BYTES || (text.length * 3 > MAX_TEXT_BYTES && utf8ByteLength(text) > MAX_TEXT_BYTES);
}

/**
 * Danish adjectives agree with the field's noun: "Titel må ikke være tom", "Navn må ikke være
 * tomt", "Minutter må ikke være negative". A plain label is a common-gender noun (en titel);
 * neuter() and plural() mark the others.
 */
export type FieldLabel = string | { text: string; form: 'neuter' | 'plural' };

export function neuter(text: string): FieldLabel {
  return { text, form: 'neuter' };
}

export function plural(text: string): FieldLabel {
  return { text, form: 'plural' };
}

const ADJECTIVES = {
  tom: { common: 'tom', neuter: 'tomt', plural: 'tomme' },
  negativ: { common: 'negativ', neuter: 'negativt', plural: 'negative' },
};

function labelText(label: FieldLabel): string {
  return typeof label === 'string' ? label : label.text;
}

function agreeing(label: FieldLabel, adjective: keyof typeof ADJECTIVES): string {
  return ADJECTIVES[adjective][typeof label === 'string' ? 'common' : label.form];
}

export function shortText(label: FieldLabel, max = MAX_SHORT_TEXT) {
  const name = labelText(label);
  return z
    .string({ error: `${name} skal være tekst` })
    .max(max, { error: `${name} må højst være ${max.toLocaleString('da-DK')} tegn` });
}

export function requiredText(label: FieldLabel, max = MAX_SHORT_TEXT) {
  return shortText(label, max).refine((v) => v.trim().length > 0, { error: `${labelText(label)} må ikke være ${agreeing(label, 'tom')}` });
}

export function longText(label: FieldLabel) {
  const name = labelText(label);
  return z.string({ error: `${name} skal være tekst` }).superRefine((value, ctx) => {
    if (isOverTextCap(value)) {
      ctx.addIssue({ code: 'custom', message: `Teksten i »${name}« er for lang: højst ${formatMegabytes(MAX_TEXT_BYTES)} (den fylder ${formatMegabytes(utf8ByteLength(value))})` });
    }
  });
}

export function rowId(label = 'Id') {
  return z
    .number({ error: `${label} skal være et tal` })
    .int({ error: `${label} skal være et helt tal` })
    // "et … tal" carries the adjective, so it agrees whatever the label's gender.
    .positive({ error: `${label} skal være et positivt tal` });
}

export function wholeNumber(label: FieldLabel, max = 1_000_000) {
  const name = labelText(label);
  return z
    .number({ error: `${name} skal være et tal` })
    .int({ error: `${name} skal være et helt tal` })
    .min(0, { error: `${name} må ikke være ${agreeing(label, 'negativ')}` })
    .max(max, { error: `${name} må højst være ${max.toLocaleString('da-DK')}` });
}

/** A quarter key such as 2019-K2, in a plausible year (shared/quarters.ts says which). */
export function quarter(label: string) {
  return z.string({ error: `${label} skal være et kvartal` }).superRefine((value, ctx) => {
    const problem = quarterProblem(value, label);
    if (problem) ctx.addIssue({ code: 'custom', input: value, message: problem });
  });
}

/** A calendar year the workbook may hold amounts for. */
export function year(label: FieldLabel) {
  return wholeNumber(label, LAST_YEAR).refine(isPlausibleYear, { error: yearRangeMessage(labelText(label)) });
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} skal være en dato` })
    .refine(isIsoDate, { error: `${label} skal være en gyldig dato (ÅÅÅÅ-MM-DD)`, abort: true })
    .refine((value) => isPlausibleYear(Number(value.slice(0, 4))), { error: yearRangeMessage(label) });
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

/**
 * A field's value as the person saw it before editing. It is only compared with what is stored
 * (never stored), so any value a field can show is accepted – a damaged one too, or it could not
 * be corrected.
 */
const seenValue = z.union([
  z.string().max(MAX_TEXT_BYTES),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.union([z.string().max(MAX_TEXT_BYTES), z.number()])).max(1000),
], { error: 'Den viste værdi har en form, der ikke kan læses' });

export type SeenValue = z.infer<typeof seenValue>;

/**
 * `seen` beside a patch: for each edited field, the value the person saw. When someone else has
 * changed that field since, the edit is refused ('conflict') instead of overwriting their work.
 * Optional: a caller without it (the CLI, a script) stores as before.
 */
export function seenValues<T extends z.ZodRawShape>(shape: T) {
  const fields = Object.fromEntries(Object.keys(shape).map((field) => [field, seenValue.optional()]));
  return strictInput(fields as { [K in keyof T]: z.ZodOptional<typeof seenValue> }, 'de viste værdier').optional();
}

/** One Danish sentence out of a failed validation. */
export function describeValidationError(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'Ugyldige oplysninger';
  const message = first.message;
  return message.endsWith('.') ? message.slice(0, -1) : message;
}
