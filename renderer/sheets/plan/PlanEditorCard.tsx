import { useEffect, useRef, type ReactNode } from 'react';
import type { PlanLayout } from '../../../shared/plan-layout';
import type { QuarterKey } from '../../../shared/quarters';
import type { PlanActions } from './use-plan-actions';

/** What the phase and the milestone editor both get from the plan sheet, besides the selected thing. */
export interface PlanEditorProps {
  layout: PlanLayout;
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  quarterOptions: QuarterKey[];
  actions: PlanActions;
  readOnly: boolean;
  /** Changes when the user asks to edit (Enter, double click). */
  focusToken: number;
  /** True once after such a request: then the first field takes focus (not on mere selection). */
  takeFocus: () => boolean;
  onRemove: () => void;
}

interface Props extends Pick<PlanEditorProps, 'readOnly' | 'focusToken' | 'takeFocus' | 'onRemove'> {
  /** "Fase" or "Milepæl": the card's heading; the accessible name is "Valgt <lowercase>". */
  heading: string;
  removeLabel: string;
  children: ReactNode;
}

/** The card beside the plan that edits the selected phase or milestone. */
export function PlanEditorCard({ heading, removeLabel, readOnly, focusToken, takeFocus, onRemove, children }: Props) {
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (takeFocus()) panelRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [focusToken, takeFocus]);

  return (
    <section ref={panelRef} className="card plan-editor" aria-label={`Valgt ${heading.toLowerCase()}`}>
      <div className="card-header">
        <h2>{heading}</h2>
        {!readOnly && (
          <button type="button" onClick={onRemove}>
            {removeLabel}
          </button>
        )}
      </div>
      {children}
    </section>
  );
}
