// The state behind one DataGrid that must survive re-renders without causing them: the grid's
// api, the rows and columns the sheet last gave, what the grid shows of them, and the cells
// whose typed value was refused. One object per grid, so the component stays a thin shell.
import type { ColDef, ColGroupDef, GridApi, IRowNode } from 'ag-grid-community';
import { refusedKey, withRefusedCells, type RefusedCells } from './refused-cells';
import { createRowSyncState, editingRowIds, syncRows, type RowSyncState } from './row-sync';

export type AnyColumn<T> = ColDef<T> | ColGroupDef<T>;

/**
 * What a sheet answers after trying to store an edited cell: nothing when stored; refused (the
 * typed text stays, marked); or conflict – someone else changed the cell meanwhile, so it shows
 * their value again (the notice names them).
 */
export type CellCommitOutcome = void | undefined | { refused: string } | { conflict: string };

/** The parts of AG Grid's edit events a commit needs. */
export interface EditedCell {
  node: IRowNode<unknown> | { id?: string };
  column: { getColId(): string };
  newValue?: unknown;
}

export class GridController<T> {
  api: GridApi<T> | null = null;
  private rows: readonly T[];
  private rowId: (row: T) => string;
  private readonly sync: RowSyncState;
  private readonly refused: { current: RefusedCells } = { current: new Map() };
  private readonly typed = new Map<string, string>();
  private latestColumns: AnyColumn<T>[] | null | undefined;
  private appliedColumns: AnyColumn<T>[] | null | undefined;
  /** Cells to repaint once the editor in their row has closed (row id → column ids). */
  private readonly repaintLater = new Map<string, Set<string>>();

  constructor(rows: readonly T[], rowId: (row: T) => string, columns: AnyColumn<T>[] | null | undefined) {
    this.rows = rows;
    this.rowId = rowId;
    this.sync = createRowSyncState(rows, rowId as (row: never) => string);
    this.latestColumns = columns;
    this.appliedColumns = columns;
  }

  attach(api: GridApi<T>): void {
    this.api = api;
  }

  /** The sheet's columns, wrapped to keep refused text and record what is typed. */
  wrapColumns(columns: AnyColumn<T>[] | null | undefined): AnyColumn<T>[] | undefined {
    return withRecordedTyping(withRefusedCells<T>(columns ?? undefined, this.refused), this.typed);
  }

  /** The sheet gave new rows, row ids or columns; flush() shows them. */
  update(rows: readonly T[], rowId: (row: T) => string, columns: AnyColumn<T>[] | null | undefined): void {
    this.rows = rows;
    this.rowId = rowId;
    this.latestColumns = columns;
  }

  /** Brings the grid up to date as far as no open editor is disturbed. */
  flush(): void {
    const api = this.api;
    if (!api || api.isDestroyed()) return;
    syncRows(api, this.rows, this.rowId, this.sync);
    this.repaintWaitingCells(api);
    // New column definitions rebuild the cells, so they wait while an editor is open. They are
    // given to the grid here, in the same task as the check: handed to React instead, they would
    // land a render later, when an Enter or a key may already have opened an editor, and close it.
    if (this.appliedColumns === this.latestColumns || api.getEditingCells().length > 0) return;
    this.appliedColumns = this.latestColumns;
    api.setGridOption('columnDefs', this.wrapColumns(this.latestColumns));
  }

  /** After a commit: keeps the typed text, marked, when the workbook refused it; else clears the mark. */
  markOutcome(event: EditedCell, outcome: CellCommitOutcome): void {
    const key = refusedKey(event.node.id, event.column.getColId());
    const text = this.typed.get(key) ?? (event.newValue === null || event.newValue === undefined ? '' : String(event.newValue as string));
    this.typed.delete(key);
    const wasMarked = this.refused.current.has(key);
    if (outcome && 'conflict' in outcome) {
      this.refused.current.delete(key);
      if (event.node.id) this.showStoredRow(event.node.id);
      return;
    }
    if (outcome && 'refused' in outcome) this.refused.current.set(key, { text, message: outcome.refused });
    else if (wasMarked) this.refused.current.delete(key);
    else return;
    this.repaint(event.node as IRowNode<T>, event.column.getColId());
  }

  /**
   * Repaints one cell, or – when its row has an open editor – waits: repainting any cell of the
   * row being edited resets AG Grid's editor to the stored value and loses what is typed.
   */
  private repaint(node: IRowNode<T>, colId: string): void {
    const api = this.api;
    if (!api || api.isDestroyed() || !node.id) return;
    if (editingRowIds(api).has(node.id)) {
      this.repaintWhenClosed(node.id, [colId]);
      return;
    }
    api.refreshCells({ rowNodes: [node], columns: [colId], force: true });
  }

  /** Remembers cells of a row with an open editor, to repaint once it has closed (see flush()). */
  private repaintWhenClosed(rowId: string, colIds: readonly string[]): void {
    const waiting = this.repaintLater.get(rowId) ?? new Set<string>();
    for (const colId of colIds) waiting.add(colId);
    this.repaintLater.set(rowId, waiting);
  }

  /**
   * Repaints every cell, for class rules that read something beyond their row (a column that
   * gained øre restyles all of it). Rows with an open editor wait until it closes: repainting
   * such a row as the editor opens leaves it without the focus, and the keys typed next are lost.
   */
  repaintAll(): void {
    const api = this.api;
    if (!api || api.isDestroyed()) return;
    const editing = editingRowIds(api);
    const colIds = (api.getColumns() ?? []).map((column) => column.getColId());
    const nodes: IRowNode<T>[] = [];
    const take = (node: IRowNode<T> | undefined) => {
      if (!node?.id) return;
      if (editing.has(node.id)) this.repaintWhenClosed(node.id, colIds);
      else nodes.push(node);
    };
    api.forEachNode(take);
    for (let i = 0; i < api.getPinnedTopRowCount(); i++) take(api.getPinnedTopRow(i));
    for (let i = 0; i < api.getPinnedBottomRowCount(); i++) take(api.getPinnedBottomRow(i));
    api.refreshCells({ rowNodes: nodes, force: true });
  }

  private repaintWaitingCells(api: GridApi<T>): void {
    if (this.repaintLater.size === 0) return;
    const editing = editingRowIds(api);
    for (const [rowId, colIds] of [...this.repaintLater]) {
      if (editing.has(rowId)) continue;
      this.repaintLater.delete(rowId);
      const node = api.getRowNode(rowId);
      if (node) api.refreshCells({ rowNodes: [node], columns: [...colIds], force: true });
    }
  }

  /**
   * The row as the grid last had it from the sheet – what the person saw before typing over it
   * (the grid's own copy already holds the typed value, or a refused text).
   */
  shownRow(rowId: string | undefined): T | undefined {
    const shown = rowId === undefined ? undefined : this.sync.applied.get(rowId);
    return shown ? (JSON.parse(shown) as T) : undefined;
  }

  /**
   * Gives the row the sheet's stored version again (waiting, as any news does, while its editor is
   * open): the grid's copy holds a value the workbook did not take.
   */
  private showStoredRow(rowId: string): void {
    if (!this.sync.applied.has(rowId)) return;
    this.sync.applied.set(rowId, '');
    this.sync.given.delete(rowId);
    this.flush();
  }

  /** Escape on a refused cell: forget the typed text and show what is stored. Answers whether it did. */
  forgetRefused(node: IRowNode<T>, colId: string): boolean {
    if (!node.id || !this.refused.current.delete(refusedKey(node.id, colId))) return false;
    const stored = this.sync.applied.get(node.id);
    if (stored) this.api?.applyTransaction({ update: [JSON.parse(stored) as T] });
    this.api?.refreshCells({ rowNodes: [node], force: true });
    return true;
  }
}

/** Remembers the text a person typed in each cell, so a refused value can be shown as typed. */
function withRecordedTyping<T>(defs: AnyColumn<T>[] | undefined, typed: Map<string, string>): AnyColumn<T>[] | undefined {
  return defs?.map((def): AnyColumn<T> => {
    if ('children' in def) return { ...def, children: withRecordedTyping(def.children, typed) ?? [] };
    if (!def.editable) return def;
    const parser = def.valueParser;
    return {
      ...def,
      valueParser: (params) => {
        typed.set(refusedKey(params.node?.id, params.column.getColId()), params.newValue === null || params.newValue === undefined ? '' : String(params.newValue as string));
        return typeof parser === 'function' ? parser(params) : params.newValue;
      },
    };
  });
}
