// Money is whole Danish kroner, stored as integers. Formatting and parsing follow Danish
// conventions: "." groups thousands, "," is the decimal sign.

export const MAX_AMOUNT = 100_000_000;

const groupFormatter = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0, useGrouping: true });

/** 1725000 → "1.725.000" (no currency suffix; the sheets say "kr." in their headers). */
export function formatKroner(amount: number): string {
  // Intl may use a narrow no-break space in some runtimes; Danish tables use "."
  return groupFormatter.format(Math.round(amount)).replace(/[\s\u00a0\u202f]/g, '.').replace('−', '-');
}

export type ParsedAmount = { ok: true; value: number | null } | { ok: false; message: string };

/**
 * Reads an amount typed or pasted by a user: "1725000", "1.725.000", "1 725 000",
 * "1.725.000 kr.", "1725000,00". Empty text means "no amount" (null).
 */
export function parseKroner(text: string, options: { allowNegative?: boolean } = {}): ParsedAmount {
  let s = text.replace(/[\u00a0\u202f\t]/g, ' ').trim();
  if (s === '' || s === '-' || s === '–') return { ok: true, value: null };
  s = s.replace(/\s*(kr\.?|dkk)\s*$/i, '').trim();
  let negative = false;
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  // Whole kroner only; ",00" or ",-" endings are accepted as whole amounts.
  s = s.replace(/,(00?|-)$/, '');
  if (/,/.test(s)) return { ok: false, message: `"${text.trim()}" er ikke et helt kronebeløb (brug hele kroner, fx 1.725.000)` };
  if (!/^\d{1,3}(?:[. ]\d{3})*$|^\d+$/.test(s)) {
    return { ok: false, message: `"${text.trim()}" er ikke et beløb (skriv fx 1725000 eller 1.725.000)` };
  }
  const value = Number(s.replace(/[. ]/g, ''));
  if (negative && !options.allowNegative) return { ok: false, message: `Beløbet må ikke være negativt ("${text.trim()}")` };
  if (value > MAX_AMOUNT) return { ok: false, message: `Beløbet ${formatKroner(value)} kr. er over grænsen på 100 mio. kr.` };
  return { ok: true, value: negative ? -value : value };
}
