import { useEffect, useState } from 'react';
import type { CellValueChangedEvent, ColDef, GridApi } from 'ag-grid-community';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus, type Partner } from '../../../shared/domain/activity';
import { useNotifier } from '../../app/notifications';
import { DataGrid } from '../../grid/DataGrid';
import { ActivityStatusPill } from './ActivityStatusPill';
import { formatCount, formatIsoDate, parseCount } from './number-cells';
import { PartnersCellEditor } from './PartnersCellEditor';

interface Props {
  initiativeId: number;
  activities: Activity[];
  partners: Partner[];
  readOnly: boolean;
  onRefused: () => void;
}

type Field = 'name' | 'status' | 'localOwner' | 'startDate' | 'participants' | 'note';

/** The initiative's activities: from idé to forankret, with partners and who owns them locally. */
export function ActivitiesGrid({ initiativeId, activities, partners, readOnly, onRefused }: Props) {
  const { run, notify } = useNotifier();
  const [selected, setSelected] = useState<Activity | null>(null);
  const [api, setApi] = useState<GridApi<Activity> | null>(null);
  const [editNew, setEditNew] = useState<number | null>(null);
  const [rowsVersion, setRowsVersion] = useState(0);

  // A freshly added activity opens for typing its name as soon as the grid shows it.
  useEffect(() => {
    if (!api || editNew === null) return;
    const node = api.getRowNode(String(editNew));
    if (node?.rowIndex === null || node?.rowIndex === undefined) return;
    api.ensureIndexVisible(node.rowIndex);
    api.setFocusedCell(node.rowIndex, 'name');
    api.startEditingCell({ rowIndex: node.rowIndex, colKey: 'name' });
    setEditNew(null);
  }, [api, editNew, rowsVersion]);
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));

  const columns: ColDef<Activity>[] = [
    { field: 'name', headerName: 'Aktivitet', flex: 2, minWidth: 180, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'status', headerName: 'Status', width: 120, editable: !readOnly,
      cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...ACTIVITY_STATUSES] },
      cellRenderer: (p: { value: ActivityStatus }) => <ActivityStatusPill status={p.value} />,
    },
    {
      field: 'partnerIds', headerName: 'Partnere', flex: 2, minWidth: 160, editable: !readOnly, cellDataType: false, wrapText: true, autoHeight: true,
      valueFormatter: (p) => ((p.value as number[] | undefined) ?? []).map((id) => partnerName.get(id) ?? `#${id}`).join(', ') || '–',
      cellEditor: PartnersCellEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under',
      cellEditorParams: { partners },
      // Inside the picker, Tab walks between the partners and Enter in «Ny partner» adds one;
      // elsewhere the grid's own keys apply (Enter saves, Escape cancels).
      suppressKeyboardEvent: ({ editing, event }) => {
        const inPicker = event.target instanceof HTMLElement && event.target.closest('.partners-editor') !== null;
        return editing && inPicker && (event.key === 'Tab' || (event.key === 'Enter' && (event.target as HTMLElement).dataset.role === 'new-partner'));
      },
      equals: (a: number[] | null, b: number[] | null) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []),
    },
    { field: 'localOwner', headerName: 'Forankring (lokal ejer)', flex: 1.5, minWidth: 140, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'startDate', headerName: 'Start', width: 115, editable: !readOnly, cellDataType: 'dateString',
      cellEditor: 'agDateStringCellEditor', valueFormatter: (p) => formatIsoDate(p.value),
    },
    {
      field: 'participants', headerName: 'Deltagere', width: 105, editable: !readOnly, type: 'rightAligned', cellDataType: false,
      valueFormatter: (p) => formatCount(p.value), valueParser: (p) => parseCount(p.newValue),
    },
    {
      field: 'note', headerName: 'Note', flex: 2, minWidth: 160, editable: !readOnly, wrapText: true, autoHeight: true,
      cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 100000, rows: 6, cols: 60 },
    },
  ];

  const onCellValueChanged = async (event: CellValueChangedEvent<Activity>) => {
    if (!event.data) return;
    const field = event.colDef.field as Field | 'partnerIds';
    const result =
      field === 'partnerIds'
        ? await run('activities.setPartners', { id: event.data.id, partnerIds: (event.newValue as number[] | null) ?? [] })
        : await run('activities.update', { id: event.data.id, patch: { [field]: normalise(field, event.newValue) } });
    if (!result) onRefused();
  };

  const add = async () => {
    const created = await run('activities.add', { initiativeId });
    if (created) setEditNew(created.id);
  };

  const remove = async () => {
    if (!selected) return;
    const done = await run('activities.remove', { id: selected.id });
    if (done !== undefined) notify('info', `«${selected.name}» er slettet – Ctrl+Z fortryder`);
    setSelected(null);
  };

  return (
    <div className="list-grid">
      <DataGrid<Activity>
        label="Aktiviteter"
        rowData={activities}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={(e) => void onCellValueChanged(e)}
        onGridReady={(e) => setApi(e.api)}
        onRowDataUpdated={() => setRowsVersion((v) => v + 1)}
        overlayNoRowsTemplate="Ingen aktiviteter endnu – tilføj den første"
      />
      {!readOnly && (
        <div className="grid-toolbar">
          <span className="hint">Dobbeltklik eller Enter for at rette en celle. Partnere vælges i en liste.</span>
          <button type="button" onClick={() => void add()}>
            + Tilføj aktivitet
          </button>
          <button type="button" disabled={!selected} onClick={() => void remove()}>
            Slet aktivitet
          </button>
        </div>
      )}
    </div>
  );
}

function normalise(field: Field, value: unknown): string | number | null {
  if (field === 'participants') return value === null || value === undefined ? null : (value as number);
  if (field === 'startDate') return typeof value === 'string' && value !== '' ? value : null;
  return String(value ?? '');
}
