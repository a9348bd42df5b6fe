import { useEffect, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { PendingRowsOf } from './pending-rows';
import { DataGrid, type CellCommitOutcome, type CellEdit, type IdentifiedRow } from './DataGrid';

interface Props<T extends IdentifiedRow> {
  label: string;
  rows: T[];
  columns: ColDef<T>[];
  readOnly: boolean;
  noRowsText: string;
  /** The workbook tables whose rows changed offline are marked (see DataGrid). */
  pendingRows?: readonly PendingRowsOf[];
  hint: string;
  addLabel: string;
  removeLabel: string;
  /** The column a new row opens in for typing, so adding and naming is one motion. */
  firstEditColumn: keyof T & string;
  /** Adds a row and answers its id, or undefined when the workbook refused. */
  onAdd: () => Promise<number | undefined>;
  onRemove: (row: T) => Promise<void>;
  onCellValueChanged: (event: CellEdit<T>) => Promise<CellCommitOutcome>;
}

/** A grid of an initiative's rows (activities, follow-ups) with add and remove under it. */
export function EditableListGrid<T extends IdentifiedRow>(props: Props<T>) {
  const { label, rows, columns, readOnly, noRowsText, pendingRows, hint, addLabel, removeLabel, firstEditColumn, onAdd, onRemove, onCellValueChanged } = props;
  const [selected, setSelected] = useState<T | null>(null);
  const [api, setApi] = useState<GridApi<T> | null>(null);
  const [editNew, setEditNew] = useState<number | null>(null);
  const [rowsVersion, setRowsVersion] = useState(0);

  // A freshly added row opens for typing as soon as the grid shows it; the grid may get the
  // new row data a moment after the add answers, hence the wait on rowsVersion.
  useEffect(() => {
    if (!api || editNew === null) return;
    const node = api.getRowNode(String(editNew));
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    api.ensureIndexVisible(node.rowIndex);
    api.setFocusedCell(node.rowIndex, firstEditColumn);
    api.startEditingCell({ rowIndex: node.rowIndex, colKey: firstEditColumn });
    setEditNew(null);
  }, [api, editNew, rowsVersion, firstEditColumn]);

  const add = async () => {
    const createdId = await onAdd();
    if (createdId !== undefined) setEditNew(createdId);
  };

  const remove = async () => {
    if (!selected) return;
    await onRemove(selected);
    setSelected(null);
  };

  return (
    <div className="list-grid">
      <DataGrid<T>
        label={label}
        rowData={rows}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={onCellValueChanged}
        onGridReady={(e) => setApi(e.api)}
        onRowDataUpdated={() => setRowsVersion((v) => v + 1)}
        overlayNoRowsTemplate={noRowsText}
        pendingRows={pendingRows}
      />
      {!readOnly && (
        <div className="grid-toolbar">
          <span className="hint">{hint}</span>
          <button type="button" onClick={() => void add()}>
            {addLabel}
          </button>
          <button type="button" disabled={!selected} onClick={() => void remove()}>
            {removeLabel}
          </button>
        </div>
      )}
    </div>
  );
}
