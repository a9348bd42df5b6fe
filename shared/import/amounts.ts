// Amounts as programme documents write them: "1.725.000", "1 725 000", "1725000", "kr. 600.000",
// "1.725.000,00", "-" or "–" for nothing. Whole kroner; øre other than ,00 are refused (a budget
// in a programme document is in whole kroner, and a figure we cannot read exactly is not guessed).

const AMOUNT = /^-?\d{1,3}(?:[. \u00a0]\d{3})+$|^-?\d+$/;

/** The amount in whole kroner; null for an empty cell or a dash; undefined when it is not an amount. */
export function parseDocumentAmount(text: string): number | null | undefined {
  let t = text.trim().replace(/^kr\.?\s*/i, '').replace(/\s*kr\.?$/i, '').trim();
  if (t === '' || /^[-–—]$/.test(t)) return null;
  t = t.replace(/,0{1,2}$/, '');
  if (!AMOUNT.test(t)) return undefined;
  return Number(t.replace(/[. \u00a0]/g, ''));
}

/** The amounts at the end of a line of text ("Løn 143.750 575.000 …"), and the label before them. */
export function splitTrailingAmounts(line: string): { label: string; amounts: number[] } {
  const tokens = line.trim().split(/\s+/);
  const amounts: number[] = [];
  for (let last = tokens.at(-1); last !== undefined; last = tokens.at(-1)) {
    const value = parseDocumentAmount(last);
    if (typeof value !== 'number' || !/^-?[\d.]+$/.test(last)) break;
    amounts.unshift(value);
    tokens.pop();
  }
  return { label: tokens.join(' '), amounts };
}
