import { useEffect, useState } from 'react';
import type { CellValueChangedEvent, ColDef, GridApi } from 'ag-grid-community';
import { FOLLOW_UP_FORMS, type FollowUp } from '../../../shared/domain/activity';
import { todayIso } from '../../../shared/dates';
import { useNotifier } from '../../app/notifications';
import { DataGrid } from '../../grid/DataGrid';
import { formatIsoDate } from './number-cells';

interface Props {
  initiativeId: number;
  followUps: FollowUp[];
  readOnly: boolean;
  onRefused: () => void;
}

type Field = 'date' | 'form' | 'withWhom' | 'learnt';

/** The effect follow-up the document asks for: fokusgrupper, dialogmøder, samtaler – and what they taught. */
export function FollowUpsGrid({ initiativeId, followUps, readOnly, onRefused }: Props) {
  const { run, notify } = useNotifier();
  const [selected, setSelected] = useState<FollowUp | null>(null);
  const [api, setApi] = useState<GridApi<FollowUp> | null>(null);
  const [editNew, setEditNew] = useState<number | null>(null);
  const [rowsVersion, setRowsVersion] = useState(0);

  useEffect(() => {
    if (!api || editNew === null) return;
    const node = api.getRowNode(String(editNew));
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    api.ensureIndexVisible(node.rowIndex);
    api.setFocusedCell(node.rowIndex, 'withWhom');
    api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'withWhom' });
    setEditNew(null);
  }, [api, editNew, rowsVersion]);

  const columns: ColDef<FollowUp>[] = [
    {
      field: 'date', headerName: 'Dato', width: 120, editable: !readOnly, cellDataType: 'dateString',
      cellEditor: 'agDateStringCellEditor', valueFormatter: (p) => formatIsoDate(p.value),
    },
    { field: 'form', headerName: 'Form', width: 130, editable: !readOnly, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...FOLLOW_UP_FORMS] } },
    { field: 'withWhom', headerName: 'Med hvem', flex: 1.5, minWidth: 160, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'learnt', headerName: 'Hvad vi lærte', flex: 3, minWidth: 220, editable: !readOnly, wrapText: true, autoHeight: true,
      cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 100000, rows: 8, cols: 70 },
    },
  ];

  const onCellValueChanged = async (event: CellValueChangedEvent<FollowUp>) => {
    if (!event.data) return;
    const field = event.colDef.field as Field;
    const value = String(event.newValue ?? '');
    const result = await run('followUps.update', { id: event.data.id, patch: { [field]: value } });
    if (!result) onRefused();
  };

  const add = async () => {
    const created = await run('followUps.add', { initiativeId, date: todayIso(), form: 'dialogmøde' });
    if (created) setEditNew(created.id);
  };

  const remove = async () => {
    if (!selected) return;
    const done = await run('followUps.remove', { id: selected.id });
    if (done !== undefined) notify('info', 'Opfølgningen er slettet – Ctrl+Z fortryder');
    setSelected(null);
  };

  return (
    <div className="list-grid">
      <DataGrid<FollowUp>
        label="Opfølgning"
        rowData={followUps}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={(e) => void onCellValueChanged(e)}
        onGridReady={(e) => setApi(e.api)}
        onRowDataUpdated={() => setRowsVersion((v) => v + 1)}
        overlayNoRowsTemplate="Ingen opfølgning registreret endnu"
      />
      {!readOnly && (
        <div className="grid-toolbar">
          <span className="hint">Nyeste øverst. Dato, form (fokusgruppe, dialogmøde, samtale), med hvem og hvad I lærte.</span>
          <button type="button" onClick={() => void add()}>
            + Tilføj opfølgning
          </button>
          <button type="button" disabled={!selected} onClick={() => void remove()}>
            Slet opfølgning
          </button>
        </div>
      )}
    </div>
  );
}
