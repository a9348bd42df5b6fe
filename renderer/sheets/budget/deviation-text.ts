// How the Økonomi sheet words an expected overrun that asks for an afvigelsesforklaring.
import { DEFAULT_FORECAST_TOOLTIP, type Deviation } from '../../../shared/budget-forecast';
import { formatKronerExact } from '../../../shared/money';

/** »12,5 %« of the budget, or that there is no budget. */
export function overrunShare(d: Deviation): string {
  return d.percent === null ? 'uden budget' : `${d.percent.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
}

/** The prognose cell's tooltip: how much over, and the explanation or that it is missing. */
export function deviationTooltip(d: Deviation, isDefault: boolean): string {
  const over = `Prognosen overstiger budgettet med ${formatKronerExact(d.overrun)} kr. (${overrunShare(d)})`;
  const source = isDefault ? ` Prognosen er ${DEFAULT_FORECAST_TOOLTIP.toLowerCase()}.` : '';
  return d.note ? `${over}. Afvigelsesforklaring: ${d.note}${source}` : `${over} – skriv en afvigelsesforklaring under arket.${source}`;
}
