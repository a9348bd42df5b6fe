import { useEffect, useState } from 'react';
import { mayCall } from '../../../shared/api/permissions';
import type { ColDef, GridApi } from 'ag-grid-community';
import { formatDateWithWeekday, todayIso } from '../../../shared/dates';
import type { MeetingSummary } from '../../../shared/domain/meeting-views';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { DataGrid } from '../../grid/DataGrid';
import { MeetingListItem, meetingListTooltip } from './MeetingListItem';
import { MeetingView } from './MeetingView';
import { SeriesDialog } from './series/SeriesDialog';
import './meetings.css';

/** The meeting to show first: the next one coming up, else the latest. */
function defaultMeeting(meetings: MeetingSummary[], today: string): MeetingSummary | null {
  return meetings.find((m) => m.date >= today) ?? meetings.at(-1) ?? null;
}

export function MeetingsSheet({ user, readOnly, openSheet }: SheetProps) {
  const { data, error } = useChannel('meetings.list', {});
  const mayAdd = !readOnly && mayCall(user.role, 'meetings.add');
  const mayPlan = !readOnly && mayCall(user.role, 'meetings.series.add');
  const [planning, setPlanning] = useState(false);
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

  // One column: the list is narrow, beside the agenda; the tooltip has time, place and attendance.
  const columns: ColDef<MeetingSummary>[] = [
    {
      colId: 'meeting', headerName: 'Møde', flex: 1, autoHeight: true, wrapText: true,
      valueGetter: (p) => (p.data ? formatDateWithWeekday(p.data.date) : ''),
      cellRenderer: (p: { data?: MeetingSummary }) => (p.data ? <MeetingListItem meeting={p.data} /> : null),
      tooltipValueGetter: (p) => (p.data ? meetingListTooltip(p.data) : ''),
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
          {mayAdd && (
            <div className="grid-toolbar">
              <button type="button" className="primary" onClick={() => void add()}>
                + Nyt møde
              </button>
              {mayPlan && (
                <button type="button" onClick={() => setPlanning(true)}>
                  Mødeplan…
                </button>
              )}
            </div>
          )}
        </div>
        <DataGrid<MeetingSummary>
        pendingRows={[{ table: 'meeting' }]}
          label="Møder"
          rowData={rows}
          columnDefs={columns}
          // The list fills its column (CSS) and scrolls inside itself.
          domLayout="normal"
          // One column needs no header; the card says "Møder".
          headerHeight={0}
          // The scrollbar's room is kept from the start, so the rows are never laid out wider than shown.
          alwaysShowVerticalScroll
          rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
          rowClassRules={{ 'meeting-upcoming': (p) => (p.data?.date ?? '') >= today }}
          onGridReady={(e) => setGridApi(e.api)}
          onRowDataUpdated={() => setRowsVersion((v) => v + 1)}
          onSelectionChanged={(e) => {
            const row = e.api.getSelectedRows()[0];
            if (row) setSelectedId(row.id);
          }}
          overlayNoRowsTemplate="Ingen møder endnu"
        />
      </section>
      {selected ? (
        <MeetingView
          key={selected.id}
          meetingId={selected.id}
          user={user}
          readOnly={readOnly}
          onRemoved={() => setSelectedId(null)}
          openSheet={openSheet}
          openMeeting={setSelectedId}
        />
      ) : (
        <section className="card meeting-empty">
          <h2>Ingen møder endnu</h2>
          <p>
            Et nyt møde får de faste punkter på dagsordenen og styregruppens medlemmer som deltagere. Her lægges dagsordenen før mødet, og referat,
            beslutninger og handlinger skrives efter det.
          </p>
          {mayAdd && (
            <button type="button" onClick={() => void add()}>
              Opret det første møde
            </button>
          )}
          {mayPlan && (
            <button type="button" onClick={() => setPlanning(true)}>
              Opret en mødeplan for året…
            </button>
          )}
        </section>
      )}
      {planning && (
        <SeriesDialog
          onClose={() => setPlanning(false)}
          onCreated={(firstMeetingId) => {
            setPlanning(false);
            setSelectedId(firstMeetingId);
          }}
        />
      )}
    </div>
  );
}
