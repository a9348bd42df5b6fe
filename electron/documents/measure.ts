// A rough measure of how wide text is set in Arial, so table columns can be sized to fit
// their longest word instead of breaking words in the middle. Widths in em (Arial's metrics,
// rounded); the estimate errs on the wide side.

const NARROW = new Set([...'iljtfI.,:;!|\'’ ()[]-']);
const WIDE = new Set([...'mwMWÆæ@%']);

function charWidth(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (WIDE.has(ch)) return 0.85;
  if (/[0-9]/.test(ch)) return 0.56;
  if (ch === ch.toLocaleUpperCase('da-DK') && ch !== ch.toLocaleLowerCase('da-DK')) return 0.68;
  return 0.54;
}

/** Width of a text in twips at a size given in half-points. */
export function textWidthTwips(text: string, halfPoints: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return Math.ceil(em * (halfPoints / 2) * 20);
}

/** The widest single word of a text, in twips: a column narrower than this breaks a word. */
export function longestWordTwips(text: string, halfPoints: number): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidthTwips(word, halfPoints)));
}
