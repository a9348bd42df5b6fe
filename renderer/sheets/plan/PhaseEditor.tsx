import { PHASE_STATUSES } from '../../../shared/domain/plan';
import type { PlacedPhase } from '../../../shared/plan-layout';
import { describePhaseSpan } from '../../../shared/plan-layout';
import { compareQuarters } from '../../../shared/quarters';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableText } from '../../components/EditableText';
import { PlanEditorCard, type PlanEditorProps } from './PlanEditorCard';
import { phaseFlags } from './phase-labels';
import { QuarterSelect } from './QuarterSelect';

interface Props extends PlanEditorProps {
  placed: PlacedPhase;
}

/** Everything about the selected phase: text, initiative, start and end quarter, status. */
export function PhaseEditor({ placed, layout, periodStart, periodEnd, quarterOptions, actions, readOnly, focusToken, takeFocus, onRemove }: Props) {
  const { phase } = placed;
  const flags = phaseFlags(placed);
  const endOptions = quarterOptions.filter((q) => compareQuarters(q, phase.startQuarter) >= 0);

  return (
    <PlanEditorCard heading="Fase" removeLabel="Slet fase" readOnly={readOnly} focusToken={focusToken} takeFocus={takeFocus} onRemove={onRemove}>
      <EditableText label="Fasens tekst" value={phase.title} readOnly={readOnly} onCommit={(title, seen) => actions.updatePhase(phase.id, { title }, { title: seen })} />
      <div className="plan-editor-fields">
        <label className="field">
          <span className="field-label">Indsats</span>
          <select
            aria-label="Indsats"
            value={phase.initiativeId}
            disabled={readOnly}
            onChange={(e) => void actions.updatePhase(phase.id, { initiativeId: Number(e.target.value) }, { initiativeId: phase.initiativeId })}
          >
            {layout.rows.map((r) => (
              <option key={r.initiative.id} value={r.initiative.id}>
                {r.initiative.number}. {r.initiative.title}
              </option>
            ))}
          </select>
        </label>
        <QuarterSelect
          label="Startkvartal"
          value={phase.startQuarter}
          options={quarterOptions}
          disabled={readOnly}
          periodStart={periodStart}
          periodEnd={periodEnd}
          onChange={(q) => q && void actions.updatePhase(phase.id, { startQuarter: q }, { startQuarter: phase.startQuarter })}
        />
        <QuarterSelect
          label="Slutkvartal"
          value={phase.endQuarter}
          options={endOptions}
          disabled={readOnly}
          openLabel="Til periodens slutning"
          periodStart={periodStart}
          periodEnd={periodEnd}
          onChange={(q) => void actions.updatePhase(phase.id, { endQuarter: q }, { endQuarter: phase.endQuarter })}
        />
        <ChoiceField label="Status" value={phase.status} choices={PHASE_STATUSES} disabled={readOnly} onChange={(status) => void actions.updatePhase(phase.id, { status }, { status: phase.status })} />
      </div>
      <p className="hint">
        {describePhaseSpan(phase, periodEnd)}
        {flags.length > 0 && <strong className="plan-flags"> · {flags.join(' · ')}</strong>}
      </p>
      {!readOnly && (
        <div className="grid-toolbar plan-editor-buttons">
          <button type="button" onClick={() => void actions.movePhase(phase.id, -1)}>
            ◀ Flyt et kvartal tilbage
          </button>
          <button type="button" onClick={() => void actions.movePhase(phase.id, 1)}>
            Flyt et kvartal frem ▶
          </button>
          <button type="button" onClick={() => void actions.stretchEnd(phase, -1)} disabled={compareQuarters(placed.end, phase.startQuarter) <= 0}>
            Forkort med et kvartal
          </button>
          <button type="button" onClick={() => void actions.stretchEnd(phase, 1)}>
            Forlæng med et kvartal
          </button>
        </div>
      )}
    </PlanEditorCard>
  );
}
