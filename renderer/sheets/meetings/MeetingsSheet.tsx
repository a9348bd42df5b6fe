import { useEffect, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import { formatDateShort, formatDateWithWeekday, todayIso } from '../../../shared/dates';
import type { MeetingStatus } from '../../../shared/domain/meeting';
import type { MeetingSummary } from '../../../shared/domain/meeting-views';
import { formatClock } from '../../../shared/meetings/time-slots';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { DataGrid } from '../../grid/DataGrid';
import { MeetingStatusPill } from './MeetingStatusPill';
import { MeetingView } from './MeetingView';
import './meetings.css';

/** The meeting to show first: the next one coming up, else the latest. */
function defaultMeeting(meetings: MeetingSummary[], today: string): MeetingSummary | null {
  return meetings.find((m) => m.date >= today) ?? meetings.at(-1) ?? null;
}

export function MeetingsSheet({ user, readOnly }: SheetProps) {
  const { data, error } = useChannel('meetings.list', {});
  const { run } = useNotifier();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [gridApi, setGridApi] = useState<GridApi<MeetingSummary> | null>(null);
  // Bumped when the grid has taken new rows, so the selection is applied to rows that exist.
  const [rowsVersion, setRowsVersion] = useState(0);
  const today = todayIso();
  const selected = data ? (data.find((m) => m.id === selectedId) ?? defaultMeeting(data, today)) : null;
  const shownId = selected?.id ?? null;

  // The meeting shown below is the one selected in the list, also after a new one is added.
  useEffect(() => {
    if (!gridApi || shownId === null) return;
    const node = gridApi.getRowNode(String(shownId));
    if (!node) return;
    if (!node.isSelected()) node.setSelected(true);
    if (node.rowIndex !== null) gridApi.ensureIndexVisible(node.rowIndex);
  }, [gridApi, shownId, rowsVersion]);

  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter møderne …</p>;
  // Newest first: the coming meeting and the latest minutes are what the group works on.
  const rows = [...data].reverse();

  const columns: ColDef<MeetingSummary>[] = [
    { field: 'date', headerName: 'Dato', width: 235, valueFormatter: (p) => (p.value ? formatDateWithWeekday(p.value as string) : ''), tooltipValueGetter: (p) => formatDateShort(p.value as string) },
    { colId: 'time', headerName: 'Tid', width: 110, valueGetter: (p) => (p.data ? `${formatClock(p.data.startTime)}–${formatClock(p.data.endTime)}` : '') },
    { field: 'place', headerName: 'Sted', flex: 1.4, minWidth: 160 },
    { field: 'status', headerName: 'Status', width: 160, cellRenderer: (p: { value: MeetingStatus }) => <MeetingStatusPill status={p.value} /> },
    { field: 'itemCount', headerName: 'Punkter', width: 90, type: 'rightAligned' },
    {
      field: 'pendingProposals', headerName: 'Forslag', width: 95, type: 'rightAligned',
      valueFormatter: (p) => ((p.value as number) > 0 ? `${p.value as number} afventer` : '–'),
    },
    { colId: 'attendance', headerName: 'Til stede / afbud', width: 130, type: 'rightAligned', valueGetter: (p) => (p.data ? `${p.data.present} / ${p.data.absent}` : '') },
    { field: 'openActions', headerName: 'Åbne handlinger', width: 130, type: 'rightAligned', valueFormatter: (p) => ((p.value as number) > 0 ? String(p.value) : '–') },
    {
      colId: 'overrun', headerName: 'Tidsplan', width: 150,
      valueGetter: (p) => (p.data && p.data.overrunMinutes > 0 ? `${p.data.overrunMinutes} min. for lang` : 'passer'),
      cellClassRules: { 'cell-warning': (p) => (p.data?.overrunMinutes ?? 0) > 0 },
    },
  ];

  const add = async () => {
    const created = await run('meetings.add', {});
    if (created) setSelectedId(created.id);
  };

  return (
    <div className="meetings-sheet">
      <section className="card meeting-list-card">
        <div className="card-header">
          <h2>Møder</h2>
          {!readOnly && (
            <div className="grid-toolbar">
              <button type="button" className="primary" onClick={() => void add()}>
                + Nyt møde
              </button>
            </div>
          )}
        </div>
        <DataGrid<MeetingSummary>
          label="Møder"
          rowData={rows}
          columnDefs={columns}
          height={Math.min(262, 50 + Math.max(1, rows.length) * 42)}
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          rowClassRules={{ 'meeting-upcoming': (p) => (p.data?.date ?? '') >= today }}
          onFirstDataRendered={(e) => setGridApi(e.api)}
          onRowDataUpdated={() => setRowsVersion((v) => v + 1)}
          onSelectionChanged={(e) => {
            const row = e.api.getSelectedRows()[0];
            if (row) setSelectedId(row.id);
          }}
          overlayNoRowsTemplate="Ingen møder endnu – opret det første med + Nyt møde"
        />
      </section>
      {selected ? (
        <MeetingView key={selected.id} meetingId={selected.id} user={user} readOnly={readOnly} onRemoved={() => setSelectedId(null)} />
      ) : (
        <p className="hint">Opret et møde for at lægge dagsorden og skrive referat.</p>
      )}
    </div>
  );
}
