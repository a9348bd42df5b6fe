import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import type { PlacedPhase } from '../../../shared/plan-layout';
import { PHASE_STATUS_CLASS, phaseDescription } from './phase-labels';

export type DragKind = 'move' | 'start' | 'end';

interface Props {
  placed: PlacedPhase;
  initiativeNumber: number;
  /** Grid line of the first quarter column (the label column comes first). */
  firstColumnLine: number;
  columnCount: number;
  /** First and last column of the programme period (the drawn columns may reach beyond it). */
  periodColumns: [number, number];
  row: number;
  selected: boolean;
  readOnly: boolean;
  columnWidth: () => number;
  onSelect: () => void;
  onEdit: () => void;
  onDrag: (kind: DragKind, by: number) => void;
  onKey: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

interface Drag {
  kind: DragKind;
  startX: number;
  by: number;
  moved: boolean;
}

/** Applies a drag preview to the bar's columns, kept within the drawn columns. */
function previewColumns(placed: PlacedPhase, drag: Drag | null, columnCount: number): [number, number] {
  let start = placed.startColumn;
  let end = placed.endColumn;
  if (drag?.kind === 'move') {
    start += drag.by;
    end += drag.by;
  } else if (drag?.kind === 'start') start = Math.min(end, start + drag.by);
  else if (drag?.kind === 'end') end = Math.max(start, end + drag.by);
  const clamp = (n: number) => Math.max(0, Math.min(columnCount - 1, n));
  return [clamp(start), clamp(end)];
}

/**
 * One phase drawn across its quarters. Drag the bar to move it, its edges to stretch it; the
 * keyboard does the same (see the hint under the plan).
 */
export function PhaseBar({ placed, initiativeNumber, firstColumnLine, columnCount, periodColumns, row, selected, readOnly, columnWidth, onSelect, onEdit, onDrag, onKey }: Props) {
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const { phase } = placed;
  const [start, end] = previewColumns(placed, drag, columnCount);
  const narrow = end === start;
  // Only the quarters outside the period are hatched, so a partly outside phase shows where it crosses the edge.
  const span = end - start + 1;
  const outsideBefore = Math.max(0, Math.min(span, periodColumns[0] - start));
  const outsideAfter = Math.max(0, Math.min(span, end - periodColumns[1]));

  const begin = (kind: DragKind, event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    onSelect();
    if (readOnly) return;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    dragRef.current = { kind, startX: event.clientX, by: 0, moved: false };
    setDrag(dragRef.current);
  };
  const track = (event: PointerEvent<HTMLElement>) => {
    const current = dragRef.current;
    if (!current) return;
    const dx = event.clientX - current.startX;
    const by = Math.round(dx / Math.max(1, columnWidth()));
    if (by !== current.by || (!current.moved && Math.abs(dx) > 4)) {
      dragRef.current = { ...current, by, moved: current.moved || Math.abs(dx) > 4 };
      setDrag(dragRef.current);
    }
  };
  const finish = () => {
    const current = dragRef.current;
    dragRef.current = null;
    setDrag(null);
    if (current && current.by !== 0) onDrag(current.kind, current.by);
  };

  const style: CSSProperties = { gridColumn: `${firstColumnLine + start} / ${firstColumnLine + end + 1}`, gridRow: row };
  const classes = [
    'phase-bar',
    PHASE_STATUS_CLASS[phase.status],
    placed.overdue && 'phase-overdue',
    placed.outsidePeriod && 'phase-outside',
    placed.openEnded && 'phase-open',
    narrow && 'phase-narrow',
    selected && 'phase-selected',
    drag?.moved && 'phase-dragging',
  ].filter(Boolean).join(' ');

  return (
    <div className={classes} style={style} data-phase-id={phase.id}>
      {!readOnly && <span className="phase-handle phase-handle-start" aria-hidden="true" onPointerDown={(e) => begin('start', e)} onPointerMove={track} onPointerUp={finish} onPointerCancel={finish} />}
      <button
        type="button"
        className="phase-body"
        aria-label={phaseDescription(placed, initiativeNumber)}
        aria-pressed={selected}
        title={phaseDescription(placed, initiativeNumber)}
        data-start={phase.startQuarter}
        data-end={placed.end}
        onPointerDown={(e) => begin('move', e)}
        onPointerMove={track}
        onPointerUp={finish}
        onPointerCancel={finish}
        onFocus={onSelect}
        onDoubleClick={onEdit}
        onKeyDown={onKey}
      >
        <span className="phase-title">{phase.title}</span>
        <span className="phase-meta">
          <span className="phase-status">{phase.status}</span>
          {placed.overdue && <span className="phase-flag">⚠{narrow ? '' : ' overskredet'}</span>}
          {placed.outsidePeriod && <span className="phase-flag">{narrow ? '⇥' : 'uden for perioden'}</span>}
          {placed.openEnded && <span className="phase-open-mark" title="Ingen slutdato: løber til periodens slutning">→ periodens slutning</span>}
        </span>
      </button>
      {outsideBefore > 0 && <span className="phase-outside-part" aria-hidden="true" style={{ left: 0, width: `${(outsideBefore / span) * 100}%` }} />}
      {outsideAfter > 0 && <span className="phase-outside-part" aria-hidden="true" style={{ right: 0, width: `${(outsideAfter / span) * 100}%` }} />}
      {!readOnly && <span className="phase-handle phase-handle-end" aria-hidden="true" onPointerDown={(e) => begin('end', e)} onPointerMove={track} onPointerUp={finish} onPointerCancel={finish} />}
    </div>
  );
}
