// What a budget or forbrug cell accepts from the keyboard or the clipboard. The budget is
// planned in whole kroner and is never negative; forbrug comes from the finance system with øre
// and with negative corrections (credit notes), so it takes both – and so do disponeret and
// prognose, which are read the same way.
import type { BudgetMeasure } from './domain/budget';
import { formatKroner, parseKroner, parseKronerAndOre, type ParsedAmount } from './money';

/** Reads a cell's text as the measure's amount in kroner; null clears the cell. */
export function parseCellAmount(measure: BudgetMeasure, text: string): ParsedAmount {
  if (measure !== 'budget') return parseKronerAndOre(text);
  // A budget typed with øre or a minus reads as money, so say why the budget cannot hold it.
  const loose = parseKronerAndOre(text);
  if (loose.ok && loose.value !== null && loose.value < 0) {
    return { ok: false, message: `Budgettet kan ikke være negativt ("${text.trim()}") – negative rettelser skrives i forbruget` };
  }
  if (loose.ok && loose.value !== null && !Number.isInteger(loose.value)) {
    return {
      ok: false,
      message: `Budgettet er i hele kroner, så "${text.trim()}" kan ikke bruges – skriv fx ${formatKroner(Math.trunc(loose.value))} (øre hører til forbruget)`,
    };
  }
  return parseKroner(text);
}

