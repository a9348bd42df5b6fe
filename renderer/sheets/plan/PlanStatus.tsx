import type { PlanLayout } from '../../../shared/plan-layout';
import { formatQuarter, formatSpan } from '../../../shared/quarters';
import type { PlanSelection } from './PlanSheet';

interface Props {
  layout: PlanLayout;
  onSelect: (selection: PlanSelection) => void;
}

/** Where the programme stands: today against the period, the next milestone, and every flag. */
export function PlanStatus({ layout, onSelect }: Props) {
  const numberOf = new Map(layout.rows.map((r) => [r.initiative.id, r.initiative.number]));
  const next = layout.nextMilestone;
  return (
    <section className="card plan-status" aria-label="Planens stade">
      <h2>Planens stade</h2>
      <p className={`plan-today-text plan-today-${layout.today.position}`}>{layout.today.text}</p>
      <p className="hint">
        {next ? `Næste milepæl: ${next.title}, ${formatQuarter(next.quarter)} (${next.status})` : 'Ingen kommende milepæle i planen'}
      </p>
      {layout.overduePhases.length > 0 && (
        <>
          <h3>Passeret slutkvartal, men ikke afsluttet ({layout.overduePhases.length})</h3>
          <ul className="plan-flag-list">
            {layout.overduePhases.map((p) => (
              <li key={p.phase.id}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'phase', id: p.phase.id })}>
                  Indsats {numberOf.get(p.phase.initiativeId)}: {p.phase.title}
                </button>{' '}
                <span className="hint">
                  {formatSpan(p.phase.startQuarter, p.end)}, {p.phase.status}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {(layout.phasesOutsidePeriod.length > 0 || layout.milestonesOutsidePeriod.length > 0) && (
        <>
          <h3>Uden for programperioden</h3>
          <ul className="plan-flag-list">
            {layout.phasesOutsidePeriod.map((p) => (
              <li key={`p-${p.phase.id}`}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'phase', id: p.phase.id })}>
                  Indsats {numberOf.get(p.phase.initiativeId)}: {p.phase.title}
                </button>{' '}
                <span className="hint">{formatSpan(p.phase.startQuarter, p.end)}</span>
              </li>
            ))}
            {layout.milestonesOutsidePeriod.map((m) => (
              <li key={`m-${m.milestone.id}`}>
                <button type="button" className="link-button" onClick={() => onSelect({ kind: 'milestone', id: m.milestone.id })}>
                  Milepæl: {m.milestone.title}
                </button>{' '}
                <span className="hint">{formatQuarter(m.milestone.quarter)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {layout.overduePhases.length === 0 && layout.phasesOutsidePeriod.length === 0 && layout.milestonesOutsidePeriod.length === 0 && (
        <p className="hint">Ingen faser er overskredet, og alt ligger inden for programperioden.</p>
      )}
    </section>
  );
}
