import { Fragment, type ReactNode } from 'react';
import type { PreviewBudget, PreviewBudgetRow, PreviewPlan } from '../../../shared/import/import-preview';
import { formatKroner } from '../../../shared/money';
import { formatQuarter, parseQuarter, type QuarterKey } from '../../../shared/quarters';

/** The years over the quarter columns: [2019, 3] for 2019 K2–K4. */
function yearSpans(quarters: QuarterKey[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const q of quarters) {
    const { year } = parseQuarter(q);
    const last = spans.at(-1);
    if (last && last[0] === year) last[1]++;
    else spans.push([year, 1]);
  }
  return spans;
}

/** The plan as the Plan sheet will show it: a row per initiative, each phase spanning its quarters. */
export function ImportPlanTable({ plan }: { plan: PreviewPlan }) {
  return (
    <div className="import-table-scroll">
      <table className="import-plan" aria-label="Programplan">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>Indsats</th>
            {yearSpans(plan.quarters).map(([year, count]) => (
              <th scope="colgroup" colSpan={count} key={year}>{year}</th>
            ))}
          </tr>
          <tr>
            {plan.quarters.map((q) => (
              <th scope="col" key={q} title={formatQuarter(q)}>K{parseQuarter(q).quarter}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.lanes.map((lane, index) => {
            const cells: ReactNode[] = [];
            let at = 0;
            for (const phase of lane.phases) {
              for (; at < phase.from; at++) cells.push(<td key={`e${at}`} />);
              const title = `${phase.title}: ${formatQuarter(plan.quarters[phase.from]!)} – ${phase.openEnded ? 'programperiodens slutning' : formatQuarter(plan.quarters[phase.to]!)}`;
              cells.push(<td key={`p${at}`} colSpan={phase.to - phase.from + 1} className="import-phase" title={title}>{phase.title}</td>);
              at = phase.to + 1;
            }
            for (; at < plan.quarters.length; at++) cells.push(<td key={`e${at}`} />);
            return (
              <tr key={`${lane.initiative}-${index}`}>
                <th scope="row">{lane.initiative}</th>
                {cells}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function BudgetRow({ row, kind }: { row: PreviewBudgetRow; kind: 'line' | 'group' | 'total' }) {
  return (
    <tr className={`import-budget-${kind}`}>
      <th scope="row">{row.label}</th>
      {row.amounts.map((amount, i) => (
        <td key={i}>{amount === null ? '–' : formatKroner(amount)}</td>
      ))}
      <td>{formatKroner(row.total)}</td>
    </tr>
  );
}

/** The budget in whole kroner: each group's lines, the group's total and the programme's, per year and in all. */
export function ImportBudgetTable({ budget }: { budget: PreviewBudget }) {
  return (
    <div className="import-table-scroll">
      <table className="import-budget" aria-label="Budget">
        <thead>
          <tr>
            <th scope="col">Linje (kr.)</th>
            {budget.years.map((year) => (
              <th scope="col" key={year}>{year}</th>
            ))}
            <th scope="col">I alt</th>
          </tr>
        </thead>
        <tbody>
          {budget.groups.map((group, g) => (
            <Fragment key={g}>
              <tr className="import-budget-heading">
                <th scope="rowgroup" colSpan={budget.years.length + 2}>
                  {group.title}
                  {group.initiatives.length > 0 && <span className="hint"> · indsats {group.initiatives.join(' og ')}</span>}
                </th>
              </tr>
              {group.lines.map((line, l) => (
                <BudgetRow key={l} row={line} kind="line" />
              ))}
              <BudgetRow row={group.totals} kind="group" />
            </Fragment>
          ))}
          <BudgetRow row={budget.totals} kind="total" />
        </tbody>
      </table>
    </div>
  );
}
