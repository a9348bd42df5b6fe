// Money in Danish kroner. Budgets and salaries are whole kroner; spending (forbrug) may carry øre
// and be negative (a credit note), because finance-system exports do. Amounts travel as kroner
// (12345.67); arithmetic that must be exact (sums) goes through integer øre, and the file stores
// spending as integer øre. Danish conventions: "." groups thousands, "," is the decimal sign.

export const MAX_AMOUNT = 100_000_000;
export const ORE_PER_KRONE = 100;

const groupFormatter = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0, useGrouping: true });

/** 12345.67 → 1234567. Kroner with at most two decimals come back exactly (the float's error is far below ½ øre). */
export function toOre(kroner: number): number {
  return Math.round(kroner * ORE_PER_KRONE);
}

/** 1234567 → 12345.67 */
export function fromOre(ore: number): number {
  return ore / ORE_PER_KRONE;
}

/** Whether kroner hold at most two decimals (float noise far below an øre aside). */
export function hasAtMostTwoDecimals(kroner: number): boolean {
  return Number.isFinite(kroner) && Math.abs(kroner * ORE_PER_KRONE - toOre(kroner)) < 1e-4;
}

/** Whole thousands grouped with "." whatever the runtime's Intl uses; never "-0". */
function groupDigits(whole: number): string {
  return groupFormatter.format(whole).replace(/[\s\u00a0\u202f]/g, '.');
}

/**
 * Rounded to whole kroner, half away from zero as a Danish reader expects: 1725000 → "1.725.000",
 * 12345.5 → "12.346", -0.4 → "0". No currency suffix; the sheets say "kr." in their headers.
 */
export function formatKroner(amount: number): string {
  const ore = toOre(amount);
  const whole = Math.round(Math.abs(ore) / ORE_PER_KRONE);
  return `${ore < 0 && whole > 0 ? '-' : ''}${groupDigits(whole)}`;
}

/** Kroner and øre when the amount is not whole: 12345.67 → "12.345,67", -1250 → "-1.250", 1250.5 → "1.250,50". */
export function formatKronerExact(amount: number): string {
  const ore = toOre(amount);
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / ORE_PER_KRONE);
  const rest = abs % ORE_PER_KRONE;
  return `${ore < 0 ? '-' : ''}${groupDigits(whole)}${rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`}`;
}

/** What a user's text says before any rule about decimals or sign is applied. */
type ReadAmount =
  | { kind: 'empty' }
  | { kind: 'notAmount' }
  | { kind: 'amount'; ore: number; negative: boolean; decimals: number };

/**
 * Reads "1725000", "1.725.000", "1 725 000", "1.725.000 kr.", "12.345,67", "-1.250", "−1.250,50",
 * "575.000,-". Empty text (or a lone dash) means no amount. The øre are counted exactly.
 */
function readAmount(text: string): ReadAmount {
  let s = text.replace(/[\u00a0\u202f\t]/g, ' ').trim();
  if (s === '' || s === '-' || s === '–') return { kind: 'empty' };
  s = s.replace(/\s*(kr\.?|dkk)\s*$/i, '').trim();
  let negative = false;
  if (/^[-−–]/.test(s)) {
    negative = true;
    s = s.slice(1).trim();
  }
  // ",-" is how Danes write a whole amount: "575.000,-".
  s = s.replace(/,-$/, '');
  const match = /^(\d{1,3}(?:[. ]\d{3})*|\d+)(?:,(\d+))?$/.exec(s);
  if (!match) return { kind: 'notAmount' };
  const decimals = match[2] ?? '';
  // Trailing zeros are no precision: "1725000,00" is whole, "1.250,50" has one decimal that counts.
  const significant = decimals.replace(/0+$/, '');
  const whole = Number(match[1]!.replace(/[. ]/g, ''));
  const ore = whole * ORE_PER_KRONE + Number(significant.slice(0, 2).padEnd(2, '0'));
  return { kind: 'amount', ore: negative ? -ore : ore, negative, decimals: significant.length };
}

export type ParsedAmount = { ok: true; value: number | null } | { ok: false; message: string };

function overLimit(ore: number): ParsedAmount | null {
  return Math.abs(ore) > MAX_AMOUNT * ORE_PER_KRONE
    ? { ok: false, message: `Beløbet ${formatKronerExact(fromOre(ore))} kr. er over grænsen på 100 mio. kr.` }
    : null;
}

/** Whole, non-negative kroner (a salary, a budget): "1.725.000" → 1725000; "1725000,00" is whole too. */
export function parseKroner(text: string): ParsedAmount {
  const read = readAmount(text);
  const shown = text.trim();
  if (read.kind === 'empty') return { ok: true, value: null };
  if (read.kind === 'notAmount') return { ok: false, message: `"${shown}" er ikke et beløb (skriv fx 1725000 eller 1.725.000)` };
  if (read.decimals > 0) return { ok: false, message: `"${shown}" er ikke et helt kronebeløb (brug hele kroner, fx 1.725.000)` };
  if (read.negative && read.ore !== 0) return { ok: false, message: `Beløbet må ikke være negativt ("${shown}")` };
  return overLimit(read.ore) ?? { ok: true, value: Math.abs(fromOre(read.ore)) };
}

/**
 * Kroner and øre, negative allowed (spending with a credit note): "12.345,67" → 12345.67,
 * "-1.250" → -1250, "1.250,5" → 1250.5. More than two decimals is refused, not rounded.
 */
export function parseKronerAndOre(text: string): ParsedAmount {
  const read = readAmount(text);
  const shown = text.trim();
  if (read.kind === 'empty') return { ok: true, value: null };
  if (read.kind === 'notAmount') return { ok: false, message: `"${shown}" er ikke et beløb (skriv fx 12.345,67 eller -1.250)` };
  if (read.decimals > 2) {
    return { ok: false, message: `"${shown}" har mere end to decimaler – skriv kroner og øre, fx 12.345,67` };
  }
  // -0 is 0: a cleared correction must not show as "-0".
  return overLimit(read.ore) ?? { ok: true, value: read.ore === 0 ? 0 : fromOre(read.ore) };
}
