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
  const { label, tokens } = splitTrailingAmountTokens(line);
  return { label, amounts: tokens.map((t) => parseDocumentAmount(t) ?? 0) };
}

/** The words before a line's trailing amounts, and those amounts' tokens as printed. */
export function splitTrailingAmountTokens(line: string): { label: string; tokens: string[] } {
  const words = line.trim().split(/\s+/);
  const tokens: string[] = [];
  for (let last = words.at(-1); last !== undefined; last = words.at(-1)) {
    if (typeof parseDocumentAmount(last) !== 'number' || !/^-?[\d.]+$/.test(last)) break;
    tokens.unshift(last);
    words.pop();
  }
  return { label: words.join(' '), tokens };
}

const SPACED_HEAD = /^-?[1-9]\d{0,2}$/;
const SPACED_GROUP = /^\d{3}$/;

/**
 * Every way a run of amount tokens can be read when thousands may be set off by spaces:
 * "1 725 000 100 000" is [1.725.000, 100.000], [1.725, …] is not (»000« stands alone for no
 * amount), [1, 725.000, 100.000] and more – at most `maxAmounts` amounts each. The caller decides
 * among them from the table's totals.
 */
export function spacedAmountReadings(tokens: readonly string[], maxAmounts = Infinity, from = 0): number[][] {
  if (from >= tokens.length) return [[]];
  // Readings longer than the table has columns are of no use: not made (a long run would be many).
  if (maxAmounts <= 0) return [];
  const first = tokens[from] ?? '';
  const readings: number[][] = [];
  const continueWith = (value: number, next: number) => {
    for (const rest of spacedAmountReadings(tokens, maxAmounts - 1, next)) readings.push([value, ...rest]);
  };
  if (!SPACED_HEAD.test(first)) {
    // "1.725.000", "1725000" and "0" stand alone; "000" or "050" is no amount of its own.
    const value = parseDocumentAmount(first);
    if (typeof value === 'number' && !/^-?0[\d.]/.test(first)) continueWith(value, from + 1);
    return readings;
  }
  let digits = first;
  // No budget has an amount past what a number holds exactly.
  for (let next = from + 1; Number.isSafeInteger(Number(digits)); next++) {
    continueWith(Number(digits), next);
    const group = tokens[next];
    if (group === undefined || !SPACED_GROUP.test(group)) return readings;
    digits += group;
  }
  return readings;
}
