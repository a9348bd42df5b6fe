import { useEffect, useId, useMemo, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { CellEditRequestEvent, CellValueChangedEvent, GetRowIdParams, GridReadyEvent, IRowNode, TabToNextCellParams } from 'ag-grid-community';
import { parseClipboardTable } from '../../shared/budget-paste';
import { useNotifier } from '../app/notifications';
import { GridController, type AnyColumn, type CellCommitOutcome, type EditedCell } from './grid-controller';
import { planGridPaste, storeGridPaste } from './paste-cells';
import { StableProps } from './stable-props';
import { copyRow } from './row-sync';
import { pendingRowsStyle, usePendingRowKeys, type PendingRowsOf } from './pending-rows';

export type { CellCommitOutcome } from './grid-controller';

/** Rows that carry the workbook's row id, so the grid keeps focus and selection across reloads. */
export interface IdentifiedRow {
  id: number;
}

/** What a sheet may ask of its grid beyond AG Grid's api, keeping the grid's promise not to disturb an open editor. */
export interface GridHandle {
  /** Repaints every cell – class rules that read beyond their row – except rows being edited, which follow when their editor closes. */
  repaintAll(): void;
}

/** An edited (or pasted) cell, with its row as the grid showed it before: see seenField(). */
export type CellEdit<T> = CellValueChangedEvent<T> & { shown?: T };

type Props<T> = Omit<AgGridReactProps<T>, 'onCellValueChanged' | 'onCellEditRequest'> & {
  label: string;
  height?: number | 'auto';
  /** Stores an edited (or pasted) cell; answering { refused } keeps the typed text, marked. */
  onCellValueChanged?: (event: CellEdit<T>) => Promise<CellCommitOutcome> | CellCommitOutcome;
  onCellEditRequest?: (event: CellEditRequestEvent<T>) => Promise<CellCommitOutcome> | CellCommitOutcome;
  /** False when the sheet pastes blocks itself (Økonomi stores a block as one change). */
  pasteCells?: boolean;
  /** The workbook tables whose rows this grid shows: rows changed offline and not yet sent are marked. */
  pendingRows?: readonly PendingRowsOf[];
  /** Called once the grid is ready, with what the sheet may ask of it. */
  onHandle?: (handle: GridHandle) => void;
};

const defaultRowId = (row: unknown) => String((row as IdentifiedRow).id);
const defaultGetRowId = (params: GetRowIdParams<unknown>) => defaultRowId(params.data);
const DEFAULT_COL_DEF = { resizable: true, sortable: false, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true };

/**
 * AG Grid with the workbook's defaults, set up once for every sheet: stable row ids; rows
 * brought in as transactions that never reset a cell someone is typing in; Tab as one stop
 * (arrows move inside, Tab in an editor goes to the next editable cell); refused values kept
 * visible and marked; Ctrl+V of a block from Excel into the editable cells.
 */
export function DataGrid<T>(props: Props<T>) {
  const { label, height = 'auto', pasteCells = true, pendingRows, onHandle, rowData, columnDefs, getRowId, onGridReady, onCellEditingStopped, onCellValueChanged, onCellEditRequest, ...rest } = props;
  const { notify } = useNotifier();
  const rowId = useMemo(() => (getRowId ? (row: T) => getRowId({ data: row } as GetRowIdParams<T>) : (row: T) => defaultRowId(row)), [getRowId]);
  // The grid gets its first rows as a prop; every later set goes through the controller.
  // The grid edits its rows in place, so it gets copies: the sheet's own rows stay what was loaded.
  const [initialRows] = useState(() => (rowData ?? []).map(copyRow));
  const [controller] = useState(() => new GridController<T>(initialRows, rowId, columnDefs as AnyColumn<T>[] | undefined));
  const [stableProps] = useState(() => new StableProps());
  // The grid's first columns; later ones are given to the grid by the controller (see flush()).
  const [initialColumns] = useState(() => controller.wrapColumns(columnDefs as AnyColumn<T>[] | undefined));

  const flush = () => controller.flush();
  const scope = useId();
  const pendingKeys = usePendingRowKeys(pendingRows);

  useEffect(() => {
    controller.update(rowData ?? [], rowId, columnDefs as AnyColumn<T>[] | undefined);
    controller.flush();
  }, [controller, rowData, columnDefs, rowId]);

  const commit = <E extends EditedCell>(handler: ((event: E) => Promise<CellCommitOutcome> | CellCommitOutcome) | undefined) =>
    handler ? async (event: E) => controller.markOutcome(event, await handler(withShownRow(event))) : undefined;
  const withShownRow = <E extends EditedCell>(event: E): E & { shown?: T } => ({ ...event, shown: controller.shownRow(event.node.id) });

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const api = controller.api;
    if (!api || !pasteCells || !onCellValueChanged || api.getEditingCells().length > 0 || event.defaultPrevented) return;
    event.preventDefault();
    const plan = planGridPaste(api, parseClipboardTable(event.clipboardData.getData('text/plain')));
    if (!plan.ok) {
      notify('error', plan.message);
      return;
    }
    void storeGridPaste(api, label, plan.targets, (event) => onCellValueChanged(withShownRow(event))).then((refused) => {
      // A stored cell that was marked refused shows the stored value again, not the old typed text.
      if (!refused) for (const target of plan.targets) controller.markOutcome({ node: target.node as IRowNode<unknown>, column: target.column }, undefined);
      notify(refused ? 'error' : 'info', refused ?? plan.summary);
    });
  };

  // Escape on a refused cell gives up the typed text and shows what is stored again.
  // The cell is found from the element that has the focus: after a sort or a reorder the focused
  // row index may already name another row.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const api = controller.api;
    if (!api || event.key !== 'Escape' || api.getEditingCells().length > 0 || !(event.target instanceof Element)) return;
    const cell = event.target.closest('.ag-cell');
    const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
    const colId = cell?.getAttribute('col-id');
    const node = rowId ? api.getRowNode(rowId) : undefined;
    if (node && colId) controller.forgetRefused(node, colId);
  };

  const gridProps = stableProps.stabilize<AgGridReactProps<T>>({
    domLayout: height === 'auto' ? 'autoHeight' : 'normal',
    defaultColDef: DEFAULT_COL_DEF,
    tabToNextCell,
    getRowId: getRowId ?? (defaultGetRowId as (params: GetRowIdParams<T>) => string),
    ...rest,
    onGridReady: (event: GridReadyEvent<T>) => {
      controller.attach(event.api);
      flush();
      onHandle?.({ repaintAll: () => controller.repaintAll() });
      onGridReady?.(event);
    },
    onCellEditingStopped: (event) => {
      onCellEditingStopped?.(event);
      // Tab closes one editor and opens the next; catch up once that has settled.
      window.setTimeout(flush, 0);
    },
    onCellValueChanged: commit(onCellValueChanged),
    onCellEditRequest: commit(onCellEditRequest),
  });

  const style = height === 'auto' ? undefined : { height };
  return (
    <div className="data-grid" style={style} aria-label={label} role="region" data-grid-scope={scope} onPaste={onPaste} onKeyDown={onKeyDown}>
      {pendingKeys.length > 0 && <style>{pendingRowsStyle(scope, pendingKeys)}</style>}
      <AgGridReact<T> {...gridProps} rowData={initialRows} columnDefs={initialColumns} />
    </div>
  );
}

/** Tab moves between cells only while editing; otherwise a grid is one stop and Tab leaves it. */
function tabToNextCell<T>(params: TabToNextCellParams<T>) {
  return params.editing ? (params.nextCellPosition ?? false) : false;
}
