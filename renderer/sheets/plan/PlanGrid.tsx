import { useCallback, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import type { PlacedMilestone, PlanLayout } from '../../../shared/plan-layout';
import { formatQuarter } from '../../../shared/quarters';
import { MilestoneMarker } from './MilestoneMarker';
import { PhaseBar, type DragKind } from './PhaseBar';
import type { PlanSelection } from './PlanSheet';

interface Props {
  layout: PlanLayout;
  selection: PlanSelection | null;
  readOnly: boolean;
  onSelect: (selection: PlanSelection) => void;
  onEdit: (selection: PlanSelection) => void;
  onPhaseDrag: (phaseId: number, kind: DragKind, by: number) => void;
  onPhaseKey: (phaseId: number, event: KeyboardEvent<HTMLButtonElement>) => void;
  onMilestoneKey: (milestoneId: number, event: KeyboardEvent<HTMLButtonElement>) => void;
  onAddPhase: (initiativeId: number) => void;
  onAddMilestone: () => void;
}

const HEADER_ROWS = 2;

/** Milestones of one row, each with its place in the stack of its quarter. */
function stacked(milestones: PlacedMilestone[]): Array<{ placed: PlacedMilestone; stack: number }> {
  const seen = new Map<number, number>();
  return milestones.map((placed) => {
    const stack = seen.get(placed.column) ?? 0;
    seen.set(placed.column, stack + 1);
    return { placed, stack };
  });
}

/** Arrow keys without modifiers walk between the bars and markers like cells of a sheet. */
function focusNeighbour(from: HTMLElement, key: string): boolean {
  const grid = from.closest('.plan-grid');
  if (!grid) return false;
  const items = [...grid.querySelectorAll<HTMLElement>('.phase-body, .milestone')];
  const index = items.indexOf(from);
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const next = items[index + (key === 'ArrowRight' ? 1 : -1)];
    next?.focus();
    return Boolean(next);
  }
  const box = (el: HTMLElement) => el.getBoundingClientRect();
  const here = box(from);
  const down = key === 'ArrowDown';
  const candidates = items.filter((el) => (down ? box(el).top > here.bottom - 2 : box(el).bottom < here.top + 2));
  if (!candidates.length) return false;
  const rowEdge = down ? Math.min(...candidates.map((el) => box(el).top)) : Math.max(...candidates.map((el) => box(el).bottom));
  const inRow = candidates.filter((el) => Math.abs((down ? box(el).top : box(el).bottom) - rowEdge) < 8);
  const centre = (r: DOMRect) => r.left + r.width / 2;
  inRow.sort((a, b) => Math.abs(centre(box(a)) - centre(here)) - Math.abs(centre(box(b)) - centre(here)));
  inRow[0]?.focus();
  return true;
}

/**
 * The plan as in the programme document's table: a column per quarter, a row per initiative,
 * phases as coloured spans with their text. Drawn with CSS grid rather than AG Grid because
 * spans across columns and stacked lanes are its whole point.
 */
export function PlanGrid({ layout, selection, readOnly, onSelect, onEdit, onPhaseDrag, onPhaseKey, onMilestoneKey, onAddPhase, onAddMilestone }: Props) {
  const gridRef = useRef<HTMLDivElement>(null);
  const columnWidth = useCallback(() => gridRef.current?.querySelector('.plan-quarter')?.getBoundingClientRect().width ?? 60, []);
  const { columns, today } = layout;
  // Today outside the drawn quarters gets a marker column of its own, before or after them.
  const todayBefore = today.column === null && today.position === 'før';
  const todayAfter = today.column === null && !todayBefore;
  const firstColumnLine = todayBefore ? 3 : 2;
  const lastLine = firstColumnLine + columns.length;
  const periodColumns: [number, number] = [columns.findIndex((c) => c.inPeriod), columns.findLastIndex((c) => c.inPeriod)];

  let nextRow = HEADER_ROWS + 1;
  const milestoneRow = nextRow++;
  const groups: Array<{ row: PlanLayout['rows'][number]; first: number; rows: number; milestoneRow: number }> = [];
  for (const row of layout.rows) {
    // An initiative's own milestones get a lane of their own under its phases.
    const rows = row.lanes + (row.milestones.length ? 1 : 0);
    groups.push({ row, first: nextRow, rows, milestoneRow: nextRow + row.lanes });
    nextRow += rows;
  }
  const bodyEnd = nextRow;

  const walk = (handler: (event: KeyboardEvent<HTMLButtonElement>) => void) => (event: KeyboardEvent<HTMLButtonElement>) => {
    const plain = !event.altKey && !event.shiftKey && !event.ctrlKey && !event.metaKey;
    if (plain && event.key.startsWith('Arrow') && focusNeighbour(event.currentTarget, event.key)) {
      event.preventDefault();
      return;
    }
    handler(event);
  };

  const cells: ReactNode[] = [];
  // Column stripes behind everything: out-of-period quarters hatched, today's quarter lit.
  columns.forEach((c, i) => {
    const classes = ['plan-stripe', !c.inPeriod && 'plan-stripe-outside', c.isToday && 'plan-stripe-today'].filter(Boolean).join(' ');
    cells.push(<div key={`stripe-${c.key}`} className={classes} style={{ gridColumn: firstColumnLine + i, gridRow: `${HEADER_ROWS + 1} / ${bodyEnd}` }} aria-hidden="true" />);
  });

  layout.years.forEach((y) => {
    cells.push(
      <div key={`year-${y.year}`} className="plan-year" style={{ gridColumn: `${firstColumnLine + y.firstColumn} / span ${y.span}`, gridRow: 1 }}>
        {y.year}
      </div>,
    );
  });
  columns.forEach((c, i) => {
    const classes = ['plan-quarter', !c.inPeriod && 'plan-quarter-outside', c.isToday && 'plan-quarter-today'].filter(Boolean).join(' ');
    cells.push(
      <div key={`q-${c.key}`} className={classes} style={{ gridColumn: firstColumnLine + i, gridRow: 2 }} title={c.inPeriod ? formatQuarter(c.key) : `${formatQuarter(c.key)} – uden for programperioden`}>
        {c.label}
        {c.isToday && <span className="today-tag">i dag</span>}
        {!c.inPeriod && <span className="outside-tag">uden for</span>}
      </div>,
    );
  });
  if (today.column === null) {
    const line = todayBefore ? 2 : lastLine;
    cells.push(
      <div key="today-head" className="plan-today-head" style={{ gridColumn: line, gridRow: '1 / span 2' }}>
        <span className="today-tag">i dag</span>
        {formatQuarter(today.key)}
      </div>,
      <div key="today-body" className="plan-today-column" style={{ gridColumn: line, gridRow: `${HEADER_ROWS + 1} / ${bodyEnd}` }}>
        <span>{today.position === 'før' ? 'før programperioden' : 'efter programperioden'}</span>
      </div>,
    );
  }

  cells.push(
    <div key="corner" className="plan-corner" style={{ gridColumn: 1, gridRow: '1 / span 2' }}>
      Programindsats
    </div>,
    <div key="ms-label" className="plan-label plan-label-milestones" style={{ gridColumn: 1, gridRow: milestoneRow }}>
      <strong>Milepæle</strong>
      <span className="plan-standing">Hele programmet</span>
      {!readOnly && (
        <button type="button" className="plan-add" onClick={onAddMilestone}>
          + Milepæl
        </button>
      )}
    </div>,
    <div key="ms-band" className="plan-band plan-band-milestones" style={{ gridColumn: `2 / ${todayAfter ? lastLine + 1 : lastLine}`, gridRow: milestoneRow }} aria-hidden="true" />,
  );
  for (const { placed, stack } of stacked(layout.programmeMilestones)) {
    cells.push(
      <MilestoneMarker
        key={`m-${placed.milestone.id}`}
        placed={placed}
        firstColumnLine={firstColumnLine}
        row={milestoneRow}
        stack={stack}
        selected={selection?.kind === 'milestone' && selection.id === placed.milestone.id}
        onSelect={() => onSelect({ kind: 'milestone', id: placed.milestone.id })}
        onKey={walk((e) => onMilestoneKey(placed.milestone.id, e))}
      />,
    );
  }

  for (const group of groups) {
    const { row } = group;
    const number = row.initiative.number;
    const rowSpan: CSSProperties = { gridRow: `${group.first} / span ${group.rows}` };
    cells.push(
      <div key={`label-${row.initiative.id}`} className="plan-label" style={{ ...rowSpan, gridColumn: 1 }}>
        <strong>
          {number}. {row.initiative.title}
        </strong>
        <span className="plan-standing">{row.standing}</span>
        {!readOnly && (
          <button type="button" className="plan-add" aria-label={`Tilføj fase til indsats ${number}`} onClick={() => onAddPhase(row.initiative.id)}>
            + Fase
          </button>
        )}
      </div>,
      <div key={`band-${row.initiative.id}`} className="plan-band" style={{ ...rowSpan, gridColumn: `2 / ${todayAfter ? lastLine + 1 : lastLine}` }} aria-hidden="true" />,
    );
    for (const placed of row.phases) {
      const phaseSelection: PlanSelection = { kind: 'phase', id: placed.phase.id };
      cells.push(
        <PhaseBar
          key={`p-${placed.phase.id}`}
          placed={placed}
          initiativeNumber={number}
          firstColumnLine={firstColumnLine}
          columnCount={columns.length}
          periodColumns={periodColumns}
          row={group.first + placed.lane}
          selected={selection?.kind === 'phase' && selection.id === placed.phase.id}
          readOnly={readOnly}
          columnWidth={columnWidth}
          onSelect={() => onSelect(phaseSelection)}
          onEdit={() => onEdit(phaseSelection)}
          onDrag={(kind, by) => onPhaseDrag(placed.phase.id, kind, by)}
          onKey={walk((e) => onPhaseKey(placed.phase.id, e))}
        />,
      );
    }
    for (const { placed, stack } of stacked(row.milestones)) {
      cells.push(
        <MilestoneMarker
          key={`m-${placed.milestone.id}`}
          placed={placed}
          firstColumnLine={firstColumnLine}
          row={group.milestoneRow}
          stack={stack}
          selected={selection?.kind === 'milestone' && selection.id === placed.milestone.id}
          onSelect={() => onSelect({ kind: 'milestone', id: placed.milestone.id })}
          onKey={walk((e) => onMilestoneKey(placed.milestone.id, e))}
        />,
      );
    }
  }

  const template = [
    '190px',
    todayBefore ? '64px' : null,
    `repeat(${columns.length}, minmax(64px, 1fr))`,
    todayAfter ? '64px' : null,
  ].filter(Boolean).join(' ');

  return (
    <div className="plan-scroll">
      <div ref={gridRef} className="plan-grid" style={{ gridTemplateColumns: template }} role="region" aria-label="Plan pr. kvartal" lang="da">
        {cells}
      </div>
    </div>
  );
}
