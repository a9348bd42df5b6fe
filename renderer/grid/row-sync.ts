// Brings the rows a sheet loaded into the grid without disturbing the person using it.
//
// A sheet reloads after every change to the workbook – including the user's own edit a moment
// ago, while they are already typing in the next cell. Handing AG Grid a fresh rowData then
// refreshes the row being edited, and the open editor is reset to the stored value: the keys
// typed so far are lost. So rows are compared by id and content, only rows that really changed
// are updated, and the row someone is typing in waits until the edit ends: news from elsewhere
// to that row is shown then, never under the cursor.
import type { GridApi } from 'ag-grid-community';

export interface RowSyncState {
  /** Row id → the content (as JSON) last given to the grid. */
  applied: Map<string, string>;
  /**
   * Row id → the sheet's row object whose content that was. A sheet that updates changed rows
   * only hands the others back as the same objects, and those are passed over without turning
   * thousands of rows into JSON on every change.
   */
  given: Map<string, unknown>;
  /** Set when a reorder or a removal waits for an edit to end. */
  deferred: boolean;
}

/**
 * AG Grid writes an edited value into its row object. Were that the sheet's own row, the
 * sheet's next render would carry the edit – refused or not – as if it had been loaded, and the
 * stored value could no longer be shown again. So the grid always holds copies.
 */
export function copyRow<T>(row: T): T {
  return structuredClone(row);
}

export function createRowSyncState(rows: readonly unknown[], rowId: (row: never) => string): RowSyncState {
  const applied = new Map<string, string>();
  for (const row of rows) applied.set(rowId(row as never), JSON.stringify(row));
  return { applied, given: new Map(), deferred: false };
}

/** The ids of the rows with an open cell editor. */
export function editingRowIds<T>(api: GridApi<T>): Set<string> {
  const rowIds = new Set<string>();
  for (const cell of api.getEditingCells()) {
    if (cell.rowPinned) continue;
    const id = api.getDisplayedRowAtIndex(cell.rowIndex)?.id;
    if (id !== undefined) rowIds.add(id);
  }
  return rowIds;
}

/**
 * Applies `rows` (in display order) to the grid as a row transaction. Answers true when all of
 * it is shown; false when part waits for the open editor to close (call again then).
 */
export function syncRows<T>(api: GridApi<T>, rows: readonly T[], rowId: (row: T) => string, state: RowSyncState): boolean {
  const editing = editingRowIds(api);
  const nextIds = new Set<string>();
  const add: T[] = [];
  const update: T[] = [];
  let complete = true;

  for (const row of rows) {
    const id = rowId(row);
    nextIds.add(id);
    if (state.given.get(id) === row) continue;
    const json = JSON.stringify(row);
    const previous = state.applied.get(id);
    if (previous === json) {
      state.given.set(id, row);
      continue;
    }
    // Refreshing any cell of the row being edited resets AG Grid's open editor to the stored
    // value, so that row waits, whole, until its editor closes.
    if (previous !== undefined && editing.has(id)) {
      complete = false;
      continue;
    }
    if (previous === undefined) add.push(copyRow(row));
    else update.push(copyRow(row));
    state.applied.set(id, json);
    state.given.set(id, row);
  }

  const remove: T[] = [];
  for (const id of [...state.applied.keys()]) {
    if (nextIds.has(id)) continue;
    if (editing.has(id)) {
      complete = false;
      continue;
    }
    const node = api.getRowNode(id);
    if (node?.data) remove.push(node.data);
    state.applied.delete(id);
    state.given.delete(id);
  }

  if (add.length || update.length || remove.length) api.applyTransaction({ add, update, remove });

  // Rows added or moved elsewhere than the end: put the grid in the sheet's order, unless that
  // would disturb an open editor.
  if (!sameOrder(api, rows, rowId)) {
    if (editing.size === 0) api.setGridOption('rowData', rows.map(copyRow));
    else complete = false;
  }
  state.deferred = !complete;
  return complete;
}

function sameOrder<T>(api: GridApi<T>, rows: readonly T[], rowId: (row: T) => string): boolean {
  let index = 0;
  let same = true;
  api.forEachNode((node) => {
    if (!same) return;
    const expected = rows[index++];
    if (!expected || rowId(expected) !== node.id) same = false;
  });
  return same && index === rows.length;
}
