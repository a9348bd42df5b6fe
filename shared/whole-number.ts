// Whole numbers typed or pasted into a field or a cell: minutes, counts, an initiative's number.
// One reader for all of them, so "1,5" is never read as 15 in one field and refused in another.
// Danish conventions: "." (or a space) groups thousands and "," is the decimal sign, so
// "1.200" is twelve hundred, while "1,5" and "1.5" are not whole numbers and are refused.

export interface WholeNumberRules {
  /** The field's name as the user sees it, e.g. "Minutter". */
  label: string;
  /** What the field takes, e.g. "et helt antal minutter"; "et helt tal" when not given. */
  expected?: string;
  /** A typical value, shown in the message: "…, fx 15". */
  example: number;
  min?: number;
  max?: number;
  /** Whether an empty field means "not known" (null) rather than a mistake. */
  optional?: boolean;
}

export type WholeNumberReading = { ok: true; value: number | null } | { ok: false; message: string };

const numberFormat = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** 1200 → "1.200", whatever grouping space the runtime's Intl prefers. */
function formatWhole(value: number): string {
  return numberFormat.format(value).replace(/[\s\u00a0\u202f]/g, '.').replace('−', '-');
}

/** Digits, optionally grouped by thousands with "." or a (no-break) space: "1200", "1.200", "1 200". */
const WHOLE = /^(?:\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+)$/;

/** Reads a whole number, or says in Danish why the text is not one. */
export function readWholeNumber(text: string, rules: WholeNumberRules): WholeNumberReading {
  const s = text.replace(/[\u00a0\u202f\t]/g, ' ').trim();
  const refusal = `${rules.label} skal være ${rules.expected ?? 'et helt tal'}, fx ${formatWhole(rules.example)}`;
  if (s === '') return rules.optional ? { ok: true, value: null } : { ok: false, message: refusal };
  const negative = /^[-−–]\s*/.exec(s);
  const digits = negative ? s.slice(negative[0].length) : s;
  if (!WHOLE.test(digits)) return { ok: false, message: refusal };
  const value = Number(digits.replace(/[. ]/g, '')) * (negative ? -1 : 1);
  if (!Number.isSafeInteger(value)) return { ok: false, message: refusal };
  if (rules.min !== undefined && value < rules.min) return { ok: false, message: `${rules.label} skal være mindst ${formatWhole(rules.min)}` };
  if (rules.max !== undefined && value > rules.max) return { ok: false, message: `${rules.label} må højst være ${formatWhole(rules.max)}` };
  return { ok: true, value };
}
