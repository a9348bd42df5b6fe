// What a sheet sends with an edited cell and makes of the answer, the same for every grid.
import type { SeenValue } from '../../shared/api/validation';
import type { Attempt } from '../app/notifications';
import type { CellEdit } from './DataGrid';
import type { CellCommitOutcome } from './grid-controller';

/**
 * `seen` for an edit of one field: the value the person saw before typing, so the workbook can
 * refuse to write over someone else's change made meanwhile. Undefined when the grid has no
 * stored row to tell (the edit then stores as it always did).
 */
export function seenField<T>(event: CellEdit<T>, field: string, read: (row: T) => unknown = (row) => (row as Record<string, unknown>)[field]): Record<string, SeenValue> | undefined {
  if (!event.shown) return undefined;
  const value = read(event.shown);
  return value === undefined ? undefined : { [field]: value as SeenValue };
}

/** The grid's part of an answer: refused keeps the typed text; a conflict shows the stored value again. */
export function cellOutcome(result: Attempt<unknown>): CellCommitOutcome {
  if (result.ok) return undefined;
  return result.changedBy ? { conflict: result.message } : { refused: result.message };
}
