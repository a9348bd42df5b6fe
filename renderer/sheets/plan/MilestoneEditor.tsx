import { MILESTONE_KINDS, MILESTONE_STATUSES } from '../../../shared/domain/plan';
import type { PlacedMilestone } from '../../../shared/plan-layout';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableText } from '../../components/EditableText';
import { PlanEditorCard, type PlanEditorProps } from './PlanEditorCard';
import { QuarterSelect } from './QuarterSelect';

interface Props extends PlanEditorProps {
  placed: PlacedMilestone;
}

/** The selected milestone: name, type, quarter, status (foreslået until agreed), whom it concerns. */
export function MilestoneEditor({ placed, layout, periodStart, periodEnd, quarterOptions, actions, readOnly, focusToken, takeFocus, onRemove }: Props) {
  const { milestone } = placed;
  return (
    <PlanEditorCard heading="Milepæl" removeLabel="Slet milepæl" readOnly={readOnly} focusToken={focusToken} takeFocus={takeFocus} onRemove={onRemove}>
      <EditableText label="Milepælens navn" value={milestone.title} readOnly={readOnly} onCommit={(title, seen) => actions.updateMilestone(milestone.id, { title }, { title: seen })} />
      <div className="plan-editor-fields">
        <ChoiceField label="Type" value={milestone.kind} choices={MILESTONE_KINDS} disabled={readOnly} onChange={(kind) => void actions.updateMilestone(milestone.id, { kind }, { kind: milestone.kind })} />
        <QuarterSelect
          label="Kvartal"
          value={milestone.quarter}
          options={quarterOptions}
          disabled={readOnly}
          periodStart={periodStart}
          periodEnd={periodEnd}
          onChange={(q) => q && void actions.updateMilestone(milestone.id, { quarter: q }, { quarter: milestone.quarter })}
        />
        <ChoiceField label="Status" value={milestone.status} choices={MILESTONE_STATUSES} disabled={readOnly} onChange={(status) => void actions.updateMilestone(milestone.id, { status }, { status: milestone.status })} />
        <label className="field">
          <span className="field-label">Gælder</span>
          <select
            aria-label="Gælder"
            value={milestone.initiativeId ?? ''}
            disabled={readOnly}
            onChange={(e) => void actions.updateMilestone(milestone.id, { initiativeId: e.target.value === '' ? null : Number(e.target.value) }, { initiativeId: milestone.initiativeId })}
          >
            <option value="">Hele programmet</option>
            {layout.rows.map((r) => (
              <option key={r.initiative.id} value={r.initiative.id}>
                Indsats {r.initiative.number}: {r.initiative.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EditableText label="Note" multiline rows={2} value={milestone.note} readOnly={readOnly} onCommit={(note, seen) => actions.updateMilestone(milestone.id, { note }, { note: seen })} />
      {placed.overdue && <p className="hint plan-flags">Kvartalet er passeret, men milepælen er ikke markeret som gennemført eller aflyst.</p>}
      {placed.outsidePeriod && <p className="hint plan-flags">Milepælen ligger uden for programperioden.</p>}
    </PlanEditorCard>
  );
}
