import { z } from 'zod';
import { BUDGET_MEASURES, type BudgetMeasure, type BudgetGroup, type BudgetLine, type BudgetSheet, type Employment } from '../domain/budget';
import { hasAtMostTwoDecimals, MAX_AMOUNT } from '../money';
import { mutation, query } from './channel';
import { noInput, nonEmptyPatch, quarter, requiredText, rowId, shortText, strictInput, wholeNumber, neuter, year as yearSchema, seenValues } from './validation';

/** A paste may fill every cell of a very large budget at once, but not unboundedly many. */
export const MAX_CELLS_PER_CHANGE = 100_000;

/**
 * Kroner, within 100 mio. either way; null clears the cell. The sheet parses Danish text before
 * sending; what each measure allows beyond this is checked per cell (see amountCell).
 */
const amount = z
  .number({ error: 'Beløbet skal være et tal i kroner' })
  .min(-MAX_AMOUNT, { error: 'Beløbet må højst være 100 mio. kroner' })
  .max(MAX_AMOUNT, { error: 'Beløbet må højst være 100 mio. kroner' })
  .nullable();

/** The years a budget may hold amounts for (shared/quarters.ts); the check warns about years outside the period. */
const year = yearSchema(neuter('År'));

/** How a refusal names the measure that has too many decimals. */
const DECIMAL_SUBJECT: Readonly<Record<BudgetMeasure, string>> = { budget: 'Budgettet', actual: 'Forbruget', committed: 'Disponeret', forecast: 'Prognosen' };

/** The budget is whole, non-negative kroner; forbrug, disponeret and prognose may have øre (two decimals) and be negative. */
const amountCell = strictInput(
  {
    lineId: rowId('Linje'),
    year,
    measure: z.enum(BUDGET_MEASURES, { error: 'Feltet skal være budget, forbrug, disponeret eller prognose' }),
    value: amount,
    /** The amount as the person saw it, in kroner: refused when someone else has changed it since. */
    seen: z.number({ error: 'Det viste beløb skal være et tal' }).nullable().optional(),
  },
  'beløbet',
).superRefine((cell, ctx) => {
  const refuse = (message: string) => ctx.addIssue({ code: 'custom', path: ['value'], input: cell.value, message });
  if (cell.value === null) return;
  if (cell.measure === 'budget') {
    if (!Number.isInteger(cell.value)) refuse('Budgettet skal være i hele kroner');
    else if (cell.value < 0) refuse('Budgettet må ikke være negativt');
  } else if (!hasAtMostTwoDecimals(cell.value)) {
    refuse(`${DECIMAL_SUBJECT[cell.measure]} kan højst have to decimaler (kroner og øre)`);
  }
});

/** An afvigelsesforklaring is a few sentences for the statusnotat, not a report. */
export const MAX_DEVIATION_NOTE = 2000;
const deviationNote = shortText(neuter('Afvigelsesforklaringen'), MAX_DEVIATION_NOTE);

const costType = requiredText(neuter('Linjens navn'), 200);
const groupTitle = requiredText(neuter('Gruppens navn'), 200);
const initiativeIds = z
  .array(rowId('Indsats'), { error: 'Indsatserne skal være en liste' })
  .max(100, { error: 'En gruppe kan højst høre til 100 indsatser' });

const employmentShape = {
  title: shortText('Stilling', 200),
  annualSalary: wholeNumber('Årsløn', MAX_AMOUNT),
  startQuarter: quarter('Ansat fra'),
  endQuarter: quarter('Ansat til'),
};

export const budgetChannels = {
  'budget.get': query<BudgetSheet>()(noInput),
  /** Stores budget and spending cells – one typed cell or a whole pasted block – as one change. */
  'budget.amounts.set': mutation<{ changed: number }>()(
    strictInput({
      cells: z
        .array(amountCell, { error: 'Beløbene skal være en liste' })
        .min(1, { error: 'Der er intet at gemme' })
        .max(MAX_CELLS_PER_CHANGE, { error: `Der kan højst gemmes ${MAX_CELLS_PER_CHANGE.toLocaleString('da-DK')} beløb ad gangen` }),
      /** "paste" names the change "Indsæt …" in the change log and on the undo button. */
      source: z.enum(['typed', 'paste'], { error: 'Ukendt kilde' }).optional(),
    }),
  ),
  /** The afvigelsesforklaring for a line's year ('' removes it); seen is the text the person saw. */
  'budget.notes.set': mutation<{ changed: boolean }>()(
    strictInput({ lineId: rowId('Linje'), year, note: deviationNote, seen: deviationNote.optional() }, 'afvigelsesforklaringen'),
  ),
  'budget.lines.add': mutation<BudgetLine>()(
    strictInput({ groupId: rowId('Gruppe'), costType: costType.optional(), afterLineId: rowId('Linje').optional() }),
  ),
  'budget.lines.rename': mutation<BudgetLine>()(strictInput({ id: rowId('Linje'), costType, seen: seenValues({ costType }) })),
  /** Moves a line to a 1-based position within a group (its own, unless another is named). */
  'budget.lines.move': mutation<null>()(
    strictInput({ id: rowId('Linje'), toPosition: wholeNumber('Placering', 100_000), groupId: rowId('Gruppe').optional() }),
  ),
  'budget.lines.remove': mutation<null>()(strictInput({ id: rowId('Linje') })),
  'budget.groups.add': mutation<BudgetGroup>()(
    strictInput({ title: groupTitle.optional(), initiativeIds: initiativeIds.optional() }),
  ),
  'budget.groups.update': mutation<BudgetGroup>()(
    strictInput({ id: rowId('Gruppe'), patch: nonEmptyPatch({ title: groupTitle, initiativeIds }, 'gruppen'), seen: seenValues({ title: groupTitle, initiativeIds }) }),
  ),
  'budget.groups.move': mutation<null>()(strictInput({ id: rowId('Gruppe'), toPosition: wholeNumber('Placering', 100_000) })),
  'budget.groups.remove': mutation<null>()(strictInput({ id: rowId('Gruppe') })),
  'budget.employments.add': mutation<Employment>()(
    strictInput({ lineId: rowId('Linje'), ...employmentShape }, 'ansættelsen').partial({ title: true, annualSalary: true, startQuarter: true, endQuarter: true }),
  ),
  'budget.employments.update': mutation<Employment>()(
    strictInput({ id: rowId('Ansættelse'), patch: nonEmptyPatch(employmentShape, 'ansættelsen'), seen: seenValues(employmentShape) }),
  ),
  'budget.employments.remove': mutation<null>()(strictInput({ id: rowId('Ansættelse') })),
  /** Shows the save dialog in the main process and writes the .xlsx; null when cancelled. */
  'budget.exportXlsxDialog': query<string | null>()(noInput),
};
