import { useState } from 'react';
import { mayCall } from '../../../shared/api/permissions';
import type { ColDef } from 'ag-grid-community';
import { describeActivityCounts } from '../../../shared/initiative-overview';
import { INITIATIVE_NUMBER, INITIATIVE_STATUSES, type InitiativeStatus, type InitiativeWithParticipants } from '../../../shared/domain/initiative';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';
import { InitiativeDetail } from './InitiativeDetail';
import { InitiativeLifeCard } from './InitiativeLifeCard';
import { formatIsoDate, wholeNumberCells, wholeNumberProblem } from './number-cells';
import { PartnersCard } from './PartnersCard';
import { StatusPill } from './StatusCell';
import { LightMarks, TrafficLightsCard } from './TrafficLights';

type GridField = 'number' | 'title' | 'responsible' | 'status' | 'statusReason' | 'targetGroup';

export function InitiativesSheet({ user, readOnly: fileReadOnly }: SheetProps) {
  // Initiatives, activities, partners and follow-ups: the chair and the social innovator.
  const readOnly = fileReadOnly || !mayCall(user.role, 'initiatives.update');
  const { data, error, reload } = useChannel('initiatives.list', {});
  const overviews = useChannel('activities.overview', {});
  // As of today; read again after every change, so a changed rule or amount shows at once.
  const lights = useChannel('status.lights', {});
  const { run, notify, attempt } = useNotifier();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter indsatserne …</p>;

  const selected = data.find((i) => i.id === selectedId) ?? data[0] ?? null;
  const overviewOf = new Map((overviews.data ?? []).map((o) => [o.initiativeId, o]));
  const lightsOf = new Map((lights.data?.initiatives ?? []).map((l) => [l.initiativeId, l.lights]));

  const columns: ColDef<InitiativeWithParticipants>[] = [
    { field: 'number', headerName: 'Nr.', width: 70, editable: !readOnly, ...wholeNumberCells<InitiativeWithParticipants>(INITIATIVE_NUMBER) },
    { field: 'title', headerName: 'Titel', flex: 2, editable: !readOnly, wrapText: true, autoHeight: true },
    { field: 'responsible', headerName: 'Ansvarlig', flex: 1.5, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'status', headerName: 'Status', width: 110, editable: !readOnly,
      cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...INITIATIVE_STATUSES] },
      cellRenderer: (p: { value: InitiativeStatus }) => <StatusPill status={p.value} />,
    },
    { field: 'statusReason', headerName: 'Begrundelse for status', flex: 2, editable: !readOnly, wrapText: true, autoHeight: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true },
    {
      colId: 'activities', headerName: 'Aktiviteter', flex: 1.5, wrapText: true, autoHeight: true,
      valueGetter: (p) => {
        const overview = p.data && overviewOf.get(p.data.id);
        return overview ? describeActivityCounts(overview) : '';
      },
    },
    {
      colId: 'lastFollowUp', headerName: 'Seneste opfølgning', width: 130,
      valueGetter: (p) => (p.data && overviewOf.get(p.data.id)?.lastFollowUp?.date) ?? null,
      valueFormatter: (p) => (p.value ? formatIsoDate(p.value) : 'Ingen'),
    },
    {
      colId: 'lights', headerName: 'Trafiklys', width: 150, wrapText: true, autoHeight: true,
      // Among the computed columns, so a pasted block over the editable ones meets the same. The reasons
      // are in the tooltips and in the Trafiklys card below; the value is for sorting and copying.
      valueGetter: (p) => {
        const l = p.data && lightsOf.get(p.data.id);
        return l ? `Tid: ${l.tid.colour}, økonomi: ${l.økonomi.colour}, indhold: ${l.indhold.colour}` : '';
      },
      cellRenderer: (p: { data?: InitiativeWithParticipants }) => {
        const l = p.data && lightsOf.get(p.data.id);
        return l ? <LightMarks lights={l} /> : null;
      },
    },
    { field: 'targetGroup', headerName: 'Målgruppe', flex: 3, editable: !readOnly, wrapText: true, autoHeight: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 100000, rows: 8, cols: 70 } },
  ];

  const onCellValueChanged = async (event: CellEdit<InitiativeWithParticipants>) => {
    const field = event.colDef.field as GridField | undefined;
    if (!event.data || !field) return;
    const numberProblem = field === 'number' ? wholeNumberProblem(event.newValue, INITIATIVE_NUMBER) : null;
    if (numberProblem) {
      notify('error', numberProblem);
      return { refused: numberProblem };
    }
    const value = field === 'number' ? (event.newValue as number) : String(event.newValue ?? '');
    const result = await attempt('initiatives.update', { id: event.data.id, patch: { [field]: value }, seen: seenField(event, field) });
    return cellOutcome(result);
  };

  const add = async () => {
    const created = await run('initiatives.add', {});
    if (created) setSelectedId(created.id);
  };

  return (
    <div className="initiatives-sheet">
      <section className="card">
        <div className="card-header">
          <h2>Indsatser</h2>
          {!readOnly && (
            <div className="grid-toolbar">
              <button type="button" onClick={() => void add()}>
                + Ny indsats
              </button>
              <button type="button" disabled={!selected} onClick={() => setConfirming(true)}>
                Slet indsats
              </button>
            </div>
          )}
        </div>
        <DataGrid<InitiativeWithParticipants>
        pendingRows={[{ table: 'initiative' }]}
          label="Indsatser"
          rowData={data}
          columnDefs={columns}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          onFirstDataRendered={(e) => {
            if (selected) e.api.getRowNode(String(selected.id))?.setSelected(true);
          }}
          onSelectionChanged={(e) => {
            const row = e.api.getSelectedRows()[0];
            if (row) setSelectedId(row.id);
          }}
          onCellValueChanged={onCellValueChanged}
          overlayNoRowsTemplate="Ingen indsatser endnu – tilføj den første"
        />
      </section>
      {lights.data && <TrafficLightsCard lights={lights.data} initiativeId={selected?.id ?? null} />}
      {selected && <InitiativeDetail key={selected.id} initiative={selected} readOnly={readOnly} onRefused={reload} />}
      {selected && <InitiativeLifeCard key={`life-${selected.id}`} initiative={selected} readOnly={readOnly} />}
      <PartnersCard readOnly={readOnly} />
      {confirming && selected && (
        <ConfirmDialog
          title="Slet indsats"
          message={`Slet indsats ${selected.number}: ${selected.title}? Dens deltagere, aktiviteter, opfølgninger og planens faser og milepæle for indsatsen slettes også. Du kan fortryde med Ctrl+Z.`}
          confirmLabel="Slet"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run('initiatives.remove', { id: selected.id });
            setSelectedId(null);
          }}
        />
      )}
    </div>
  );
}
