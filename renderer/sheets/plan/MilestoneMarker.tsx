import type { CSSProperties, KeyboardEvent } from 'react';
import type { PlacedMilestone } from '../../../shared/plan-layout';
import { formatQuarter } from '../../../shared/quarters';

interface Props {
  placed: PlacedMilestone;
  firstColumnLine: number;
  row: number;
  /** Index among milestones of the same quarter in this row, so they stack instead of overlapping. */
  stack: number;
  selected: boolean;
  onSelect: () => void;
  onKey: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** A milestone as a diamond on its quarter; a proposed one is drawn hollow. */
export function MilestoneMarker({ placed, firstColumnLine, row, stack, selected, onSelect, onKey }: Props) {
  const { milestone } = placed;
  const style: CSSProperties = { gridColumn: firstColumnLine + placed.column, gridRow: row, marginTop: stack * 44 };
  const flags = [placed.overdue && 'tidspunktet er passeret', placed.outsidePeriod && 'uden for programperioden'].filter(Boolean);
  return (
    <button
      type="button"
      className={`milestone milestone-${milestone.status}${selected ? ' milestone-selected' : ''}${placed.overdue ? ' milestone-overdue' : ''}${placed.outsidePeriod ? ' milestone-outside' : ''}`}
      style={style}
      data-milestone-id={milestone.id}
      aria-pressed={selected}
      aria-label={`Milepæl: ${milestone.title}, ${formatQuarter(milestone.quarter)}, ${milestone.status}${flags.length ? `, ${flags.join(', ')}` : ''}`}
      onClick={onSelect}
      onFocus={onSelect}
      onKeyDown={onKey}
    >
      <span className="milestone-diamond" aria-hidden="true" />
      <span className="milestone-text">
        {milestone.title}
        <small>{milestone.status}</small>
      </span>
    </button>
  );
}
