import { useEffect, useRef } from 'react';
import { MILESTONE_KINDS, MILESTONE_STATUSES, type MilestoneKind, type MilestoneStatus } from '../../../shared/domain/plan';
import type { PlacedMilestone, PlanLayout } from '../../../shared/plan-layout';
import type { QuarterKey } from '../../../shared/quarters';
import { EditableText } from '../../components/EditableText';
import { QuarterSelect } from './QuarterSelect';
import type { PlanActions } from './use-plan-actions';

interface Props {
  placed: PlacedMilestone;
  layout: PlanLayout;
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  quarterOptions: QuarterKey[];
  actions: PlanActions;
  readOnly: boolean;
  focusToken: number;
  takeFocus: () => boolean;
  onRemove: () => void;
}

/** The selected milestone: name, type, quarter, status (foreslået until agreed), whom it concerns. */
export function MilestoneEditor({ placed, layout, periodStart, periodEnd, quarterOptions, actions, readOnly, focusToken, takeFocus, onRemove }: Props) {
  const { milestone } = placed;
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus()) panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [focusToken, takeFocus]);

  return (
    <section ref={panelRef} className="card plan-editor" aria-label="Valgt milepæl">
      <div className="card-header">
        <h2>Milepæl</h2>
        {!readOnly && (
          <button type="button" onClick={onRemove}>
            Slet milepæl
          </button>
        )}
      </div>
      <EditableText label="Milepælens navn" value={milestone.title} readOnly={readOnly} onCommit={(title) => actions.updateMilestone(milestone.id, { title })} />
      <div className="plan-editor-fields">
        <label className="field">
          <span className="field-label">Type</span>
          <select aria-label="Type" value={milestone.kind} disabled={readOnly} onChange={(e) => void actions.updateMilestone(milestone.id, { kind: e.target.value as MilestoneKind })}>
            {MILESTONE_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <QuarterSelect
          label="Kvartal"
          value={milestone.quarter}
          options={quarterOptions}
          disabled={readOnly}
          periodStart={periodStart}
          periodEnd={periodEnd}
          onChange={(q) => q && void actions.updateMilestone(milestone.id, { quarter: q })}
        />
        <label className="field">
          <span className="field-label">Status</span>
          <select aria-label="Status" value={milestone.status} disabled={readOnly} onChange={(e) => void actions.updateMilestone(milestone.id, { status: e.target.value as MilestoneStatus })}>
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Gælder</span>
          <select
            aria-label="Gælder"
            value={milestone.initiativeId ?? ''}
            disabled={readOnly}
            onChange={(e) => void actions.updateMilestone(milestone.id, { initiativeId: e.target.value === '' ? null : Number(e.target.value) })}
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
      <EditableText label="Note" multiline rows={2} value={milestone.note} readOnly={readOnly} onCommit={(note) => actions.updateMilestone(milestone.id, { note })} />
      {placed.overdue && <p className="hint plan-flags">Kvartalet er passeret, men milepælen er ikke markeret som gennemført eller aflyst.</p>}
      {placed.outsidePeriod && <p className="hint plan-flags">Milepælen ligger uden for programperioden.</p>}
    </section>
  );
}
