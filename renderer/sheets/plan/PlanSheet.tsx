import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { mayCall } from '../../../shared/api/permissions';
import { DamagedRows } from '../../components/DamagedRows';
import { buildPlanLayout } from '../../../shared/plan-layout';
import { addQuarters, positionInPeriod, quartersBetween, type QuarterKey } from '../../../shared/quarters';
import { useChannel } from '../../api/use-channel';
import type { SheetProps } from '../../app/sheet-props';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MilestoneEditor } from './MilestoneEditor';
import { PhaseEditor } from './PhaseEditor';
import type { DragKind } from './PhaseBar';
import { PlanGrid } from './PlanGrid';
import { PlanStatus } from './PlanStatus';
import { usePlanActions } from './use-plan-actions';
import './plan.css';

export type PlanSelection = { kind: 'phase' | 'milestone'; id: number };

/** How far beyond the drawn quarters the pickers reach, so a phase can be moved out of the period. */
const PICKER_MARGIN = 8;

export function PlanSheet({ user, readOnly: fileReadOnly }: SheetProps) {
  // The plan is the chair's.
  const readOnly = fileReadOnly || !mayCall(user.role, 'plan.phases.update');
  const { data, error, reload } = useChannel('plan.get', {});
  const actions = usePlanActions(reload);
  const [selection, setSelection] = useState<PlanSelection | null>(null);
  const [focusToken, setFocusToken] = useState(0);
  const focusPending = useRef(false);
  const takeFocus = useCallback(() => {
    const pending = focusPending.current;
    focusPending.current = false;
    return pending;
  }, []);
  const [confirming, setConfirming] = useState<PlanSelection | null>(null);
  const layout = useMemo(() => (data ? buildPlanLayout(data) : null), [data]);

  if (error) return <p className="sheet-error">{error}</p>;
  if (!data || !layout) return <p className="loading">Henter planen …</p>;

  const phases = layout.rows.flatMap((r) => r.phases);
  const milestones = [...layout.programmeMilestones, ...layout.rows.flatMap((r) => r.milestones)];
  const selectedPhase = selection?.kind === 'phase' ? phases.find((p) => p.phase.id === selection.id) : undefined;
  const selectedMilestone = selection?.kind === 'milestone' ? milestones.find((m) => m.milestone.id === selection.id) : undefined;
  const quarterOptions = quartersBetween(addQuarters(layout.columns[0]!.key, -PICKER_MARGIN), addQuarters(layout.columns.at(-1)!.key, PICKER_MARGIN));

  // New items land on today's quarter, or the nearest edge of the period when today lies outside it.
  const position = positionInPeriod(data.today, data.periodStart, data.periodEnd);
  const newQuarter: QuarterKey = position === 'i' ? data.today : position === 'før' ? data.periodStart : data.periodEnd;

  const edit = (target: PlanSelection) => {
    setSelection(target);
    focusPending.current = true;
    setFocusToken((t) => t + 1);
  };

  const onPhaseDrag = (id: number, kind: DragKind, by: number) => {
    const placed = phases.find((p) => p.phase.id === id);
    if (!placed) return;
    if (kind === 'move') void actions.movePhase(id, by);
    else if (kind === 'end') void actions.stretchEnd(placed.phase, by);
    else void actions.stretchStart(placed.phase, by);
  };

  const onPhaseKey = (id: number, event: KeyboardEvent<HTMLButtonElement>) => {
    const placed = phases.find((p) => p.phase.id === id);
    if (!placed) return;
    const horizontal = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    let handled = true;
    if (event.key === 'Enter' || event.key === 'F2') edit({ kind: 'phase', id });
    else if (readOnly) handled = false;
    else if (event.key === 'Delete') setConfirming({ kind: 'phase', id });
    else if (horizontal && event.altKey && event.shiftKey) void actions.stretchStart(placed.phase, horizontal);
    else if (horizontal && event.altKey) void actions.movePhase(id, horizontal);
    else if (horizontal && event.shiftKey) void actions.stretchEnd(placed.phase, horizontal);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const onMilestoneKey = (id: number, event: KeyboardEvent<HTMLButtonElement>) => {
    const placed = milestones.find((m) => m.milestone.id === id);
    if (!placed) return;
    const horizontal = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : 0;
    let handled = true;
    if (event.key === 'Enter' || event.key === 'F2') edit({ kind: 'milestone', id });
    else if (readOnly) handled = false;
    else if (event.key === 'Delete') setConfirming({ kind: 'milestone', id });
    else if (horizontal && event.altKey) void actions.moveMilestone(id, horizontal);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const addPhase = async (initiativeId: number) => {
    const created = await actions.addPhase(initiativeId, newQuarter);
    if (created) edit({ kind: 'phase', id: created.id });
  };
  const addMilestone = async () => {
    const created = await actions.addMilestone(newQuarter);
    if (created) edit({ kind: 'milestone', id: created.id });
  };

  const confirmText = (() => {
    if (confirming?.kind === 'phase') {
      const p = phases.find((x) => x.phase.id === confirming.id);
      return p ? `Slet fasen «${p.phase.title}»? Du kan fortryde med Ctrl+Z.` : null;
    }
    const m = milestones.find((x) => x.milestone.id === confirming?.id);
    return m ? `Slet milepælen «${m.milestone.title}»? Du kan fortryde med Ctrl+Z.` : null;
  })();

  // What the phase and the milestone editor both need besides the selected thing itself.
  const editorProps = { layout, periodStart: data.periodStart, periodEnd: data.periodEnd, quarterOptions, actions, readOnly, focusToken, takeFocus };

  return (
    <div className={selectedPhase || selectedMilestone ? 'plan-sheet plan-sheet-editing' : 'plan-sheet'}>
      <section className="card">
        <div className="card-header">
          <h2>Plan pr. kvartal</h2>
          <span className={`plan-today-badge plan-today-${layout.today.position}`}>{layout.today.text}</span>
        </div>
        <DamagedRows lines={data.damaged} />
        <PlanGrid
          layout={layout}
          selection={selection}
          readOnly={readOnly}
          onSelect={setSelection}
          onEdit={edit}
          onPhaseDrag={onPhaseDrag}
          onPhaseKey={onPhaseKey}
          onMilestoneKey={onMilestoneKey}
          onAddPhase={(id) => void addPhase(id)}
          onAddMilestone={() => void addMilestone()}
        />
        <p className="hint plan-legend">
          <span className="legend-swatch phase-planned" /> planlagt <span className="legend-swatch phase-running" /> i gang{' '}
          <span className="legend-swatch phase-done" /> afsluttet <span className="legend-swatch phase-late" /> forsinket{' '}
          <span className="legend-swatch legend-overdue" /> overskredet <span className="legend-swatch legend-outside" /> uden for programperioden
        </p>
        <p className="hint">
          Træk en fase for at flytte den, træk i dens kanter for at ændre start og slut. Tastatur: piletaster går mellem faserne · Enter retter ·
          Alt+←/→ flytter · Shift+←/→ ændrer slutkvartal · Alt+Shift+←/→ ændrer startkvartal · Delete sletter · Ctrl+Z fortryder.
        </p>
      </section>
      <div className="plan-panels">
        {selectedPhase ? (
          <PhaseEditor
            key={`p-${selectedPhase.phase.id}`}
            placed={selectedPhase}
            {...editorProps}
            onRemove={() => setConfirming({ kind: 'phase', id: selectedPhase.phase.id })}
          />
        ) : selectedMilestone ? (
          <MilestoneEditor
            key={`m-${selectedMilestone.milestone.id}`}
            placed={selectedMilestone}
            {...editorProps}
            onRemove={() => setConfirming({ kind: 'milestone', id: selectedMilestone.milestone.id })}
          />
        ) : (
          <section className="card plan-editor">
            <h2>Fase eller milepæl</h2>
            <p className="hint">Vælg en fase eller en milepæl i planen for at rette dens tekst, kvartaler og status.</p>
          </section>
        )}
        <PlanStatus layout={layout} onSelect={edit} />
      </div>
      {confirming && confirmText && (
        <ConfirmDialog
          title={confirming.kind === 'phase' ? 'Slet fase' : 'Slet milepæl'}
          message={confirmText}
          confirmLabel="Slet"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const target = confirming;
            setConfirming(null);
            setSelection(null);
            void (target.kind === 'phase' ? actions.removePhase(target.id) : actions.removeMilestone(target.id));
          }}
        />
      )}
    </div>
  );
}
