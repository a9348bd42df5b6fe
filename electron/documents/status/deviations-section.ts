// The statusnotat's afvigelsesforklaringer (issue 16): every line and year up to the period's end
// whose prognose exceeds its budget by more than the økonomi yellow threshold, with the
// explanation written on the Økonomi sheet – or, plainly, that none is written. Kept in its own
// file like the traffic lights, so the notat's other sections can change without touching it.
import { findDeviations } from '../../../shared/budget-forecast';
import type { BudgetData } from '../../../shared/domain/budget';
import { formatKroner } from '../../../shared/money';
import { DEFAULT_STATUS_RULES, type StatusRules } from '../../../shared/status/traffic-lights';
import { label, note, type Block } from '../blocks';
import { gridTable, type Cell } from '../tables';
import { cleanLine } from '../text';
import { COLOURS } from '../theme';

const MISSING = 'Mangler – der er ikke skrevet en afvigelsesforklaring.';

function share(percent: number | null): string {
  return percent === null ? 'uden budget' : `${percent.toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;
}

/**
 * The explanations for the years in `budget` (already cut to the period's end, see budgetAsOf),
 * judged by the rules the notat's lights use. The prognose is the year's as it stands in the
 * workbook: like forbrug it is one figure per year, not dated, so the notat says so.
 */
export function deviationsSection(budget: BudgetData, rules: StatusRules | undefined, widths: number[]): Block[] {
  const yellow = (rules ?? DEFAULT_STATUS_RULES).economyYellowPercent;
  const deviations = findDeviations(budget, yellow);
  const blocks: Block[] = [label('Afvigelsesforklaringer')];
  const basis =
    `Prognosen er forbrug + disponeret, medmindre en prognose er skrevet ind. En linje, hvor prognosen overstiger budgettet med mere end ${yellow} %, ` +
    'skal have en afvigelsesforklaring. Prognosen registreres som ét beløb pr. år og dateres ikke, så den vises, som den står i arbejdsbogen, da notatet skrives.';
  if (deviations.length === 0) return [...blocks, note(`Ingen prognose overstiger budgettet med mere end ${yellow} %. ${basis}`)];
  const missing = deviations.filter((d) => !d.note.trim()).length;
  const body: Cell[][] = deviations.map((d) => [
    `${cleanLine(d.groupTitle)}: ${cleanLine(d.costType)}`,
    { text: String(d.year), align: 'center' },
    { text: formatKroner(d.budget), align: 'right' },
    { text: formatKroner(d.forecast), align: 'right' },
    { text: `${formatKroner(d.overrun)} (${share(d.percent)})`, align: 'right', colour: COLOURS.status.rød.text },
    d.note.trim() ? cleanLine(d.note) : { text: MISSING, bold: true, colour: COLOURS.status.rød.text },
  ]);
  blocks.push(
    gridTable({ widths, header: [['Linje', 'År', 'Budget (kr.)', 'Prognose (kr.)', 'Overskridelse (kr.)', 'Forklaring']], body }),
    note(`${missing === 0 ? 'Alle afvigelser er forklaret.' : `${missing} af ${deviations.length} afvigelser mangler en forklaring.`} ${basis}`),
  );
  return blocks;
}
