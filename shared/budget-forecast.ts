// Prognose and afvigelsesforklaring: one place says what a year's forecast is when nobody typed
// one (forbrug + disponeret) and when an expected overrun asks for an explanation – the sheet,
// the traffic lights, the statusnotat and the Excel export all ask here, so they never disagree.
// Sums go through integer øre like shared/budget-totals.ts.
import type { BudgetData, YearAmount } from './domain/budget';
import { fromOre, toOre } from './money';

type ForecastParts = Pick<YearAmount, 'actual' | 'committed' | 'forecast'>;

/** The prognose in øre: the typed one, or forbrug + disponeret (0 when neither is entered). */
export function effectiveForecastOre(amount: ForecastParts | undefined): number {
  if (!amount) return 0;
  if (amount.forecast !== null && amount.forecast !== undefined) return toOre(amount.forecast);
  return toOre(amount.actual ?? 0) + toOre(amount.committed ?? 0);
}

/** The prognose in kroner (see effectiveForecastOre). */
export function effectiveForecast(amount: ForecastParts | undefined): number {
  return fromOre(effectiveForecastOre(amount));
}

/** Whether the prognose is the computed default rather than one the user typed. */
export function isDefaultForecast(amount: ForecastParts | undefined): boolean {
  return amount?.forecast === null || amount?.forecast === undefined;
}

/** The prognose a cell shows: the typed one, the default when there is forbrug or disponeret, else empty. */
export function shownForecast(amount: ForecastParts | undefined): number | null {
  if (!amount) return null;
  if (amount.forecast !== null && amount.forecast !== undefined) return amount.forecast;
  return amount.actual === null && (amount.committed ?? null) === null ? null : effectiveForecast(amount);
}

export const DEFAULT_FORECAST_TOOLTIP = 'Forbrug + disponeret';

/**
 * Whether a prognose over the budget asks for an afvigelsesforklaring: the overrun is more than
 * `yellowPercent` percent of the budget – the same boundary as the økonomi light turning yellow
 * (shared/status/traffic-lights.ts). A prognose without any budget asks as soon as it is above 0.
 * Compared in øre so that exactly at the boundary asks nothing.
 */
export function needsDeviationNote(budget: number | null, forecast: number, yellowPercent: number): boolean {
  const budgetOre = toOre(budget ?? 0);
  const overrunOre = toOre(forecast) - budgetOre;
  if (overrunOre <= 0) return false;
  if (budgetOre <= 0) return true;
  // overrun / budget > p / 100, in whole numbers.
  return overrunOre * 100 > budgetOre * yellowPercent;
}

/** A line's year whose prognose exceeds its budget beyond the rule: it asks for an afvigelsesforklaring. */
export interface Deviation {
  lineId: number;
  groupTitle: string;
  costType: string;
  year: number;
  budget: number;
  forecast: number;
  /** prognose − budget, kroner. */
  overrun: number;
  /** The overrun in percent of the budget; null when there is no budget. */
  percent: number | null;
  /** The explanation written; '' when it is missing. */
  note: string;
}

/** Every line's year that asks for an explanation, in the sheet's order (groups, lines, years). */
export function findDeviations(data: Pick<BudgetData, 'groups' | 'years'>, yellowPercent: number, years: readonly number[] = data.years): Deviation[] {
  const found: Deviation[] = [];
  for (const group of data.groups) {
    for (const line of group.lines) {
      for (const year of years) {
        const amount = line.amounts[year];
        if (!amount) continue;
        const forecast = effectiveForecast(amount);
        if (!needsDeviationNote(amount.budget, forecast, yellowPercent)) continue;
        const budget = amount.budget ?? 0;
        const overrun = fromOre(toOre(forecast) - toOre(budget));
        found.push({
          lineId: line.id, groupTitle: group.title, costType: line.costType, year, budget, forecast, overrun,
          percent: budget > 0 ? (overrun / budget) * 100 : null, note: amount.note ?? '',
        });
      }
    }
  }
  return found;
}
