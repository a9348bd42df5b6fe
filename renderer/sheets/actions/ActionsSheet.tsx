import { useState } from 'react';
import { mayCall } from '../../../shared/api/permissions';
import type { ColDef } from 'ag-grid-community';
import { formatDateShort, todayIso } from '../../../shared/dates';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/meeting';
import type { ActionRow, DecisionRow } from '../../../shared/domain/meeting-views';
import { ACTION_FILTERS, isOverdue, matchesActionFilter, matchesSearch, type ActionFilter } from '../../../shared/meetings/actions';
import { dissentSummary } from '../../../shared/meetings/point-decisions';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import type { SheetProps } from '../../app/sheet-props';
import { moveFocusInGroup, rovingTabIndex } from '../../components/roving-focus';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';
import '../meetings/meetings.css';

const dateFormatter = (p: { value: unknown }) => (typeof p.value === 'string' && p.value ? formatDateShort(p.value) : '–');

/** All actions across meetings and the decision log, filtered and searched together. */
export function ActionsSheet({ user, readOnly: fileReadOnly }: SheetProps) {
  // Actions: the chair and the secretariat.
  const readOnly = fileReadOnly || !mayCall(user.role, 'actions.update');
  const actions = useChannel('actions.list', {});
  const decisions = useChannel('decisions.list', {});
  const { attempt } = useNotifier();
  const [filter, setFilter] = useState<ActionFilter>('åbne');
  const [search, setSearch] = useState('');
  const error = actions.error ?? decisions.error;
  if (error) return <p className="sheet-error">{error}</p>;
  if (!actions.data || !decisions.data) return <p className="loading">Henter handlinger og beslutninger …</p>;

  const today = todayIso();
  const counts = Object.fromEntries(
    (Object.keys(ACTION_FILTERS) as ActionFilter[]).map((f) => [f, actions.data!.filter((a) => matchesActionFilter(a, f, today)).length]),
  ) as Record<ActionFilter, number>;
  const shownActions = actions.data.filter((a) => matchesActionFilter(a, filter, today) && matchesSearch(search, a.what, a.who, a.itemTitle, a.status));
  const shownDecisions = decisions.data.filter((d) =>
    matchesSearch(search, d.itemTitle, d.decision, formatDateShort(d.meetingDate), d.point, d.outcome, ...d.dissents.map(dissentSummary)),
  );

  const actionColumns: ColDef<ActionRow>[] = [
    { field: 'meetingDate', headerName: 'Møde', width: 110, valueFormatter: dateFormatter },
    { field: 'itemTitle', headerName: 'Punkt', flex: 1.3, minWidth: 160, wrapText: true, autoHeight: true, valueFormatter: (p) => (p.value as string | null) ?? '–' },
    { field: 'what', headerName: 'Handling', flex: 2.2, minWidth: 220, wrapText: true, autoHeight: true },
    { field: 'who', headerName: 'Ansvarlig', flex: 1, minWidth: 130, valueFormatter: (p) => (p.value as string) || '–' },
    {
      field: 'deadline', headerName: 'Frist', width: 190,
      valueFormatter: (p) => `${dateFormatter(p)}${p.data && isOverdue(p.data, today) ? ' – overskredet' : ''}`,
    },
    {
      field: 'status', headerName: 'Status', width: 120, editable: !readOnly,
      cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...ACTION_STATUSES] },
    },
    { field: 'completedOn', headerName: 'Færdig', width: 110, valueFormatter: dateFormatter },
  ];

  const decisionColumns: ColDef<DecisionRow>[] = [
    { field: 'meetingDate', headerName: 'Mødedato', width: 120, valueFormatter: dateFormatter },
    { field: 'itemTitle', headerName: 'Punkt', flex: 1, minWidth: 180, wrapText: true, autoHeight: true },
    // One row per "at" of the Indstilling with its outcome; an item's own decision has no "at".
    { field: 'point', headerName: 'At', flex: 1.3, minWidth: 200, wrapText: true, autoHeight: true, valueFormatter: (p) => (p.value as string | null) ?? '–' },
    { field: 'outcome', headerName: 'Udfald', width: 190, wrapText: true, autoHeight: true, valueFormatter: (p) => (p.value as string | null) ?? '–' },
    { field: 'decision', headerName: 'Beslutning', flex: 2, minWidth: 240, wrapText: true, autoHeight: true, cellClass: 'preline' },
    {
      colId: 'dissents', headerName: 'Afvigende mening', flex: 1.2, minWidth: 160, wrapText: true, autoHeight: true, cellClass: 'preline',
      valueGetter: (p) => (p.data?.dissents ?? []).map(dissentSummary).join('\n'),
    },
  ];

  const onStatusChanged = async (event: CellEdit<ActionRow>) => {
    if (!event.data) return;
    const result = await attempt('actions.update', { id: event.data.id, patch: { status: event.newValue as ActionStatus }, seen: seenField(event, 'status') });
    return cellOutcome(result);
  };

  return (
    <div className="actions-sheet">
      <section className="card">
        <div className="card-header">
          <h2>Handlinger</h2>
          <div className="filters">
            <div className="view-switch" role="group" aria-label="Vis handlinger" onKeyDown={(e) => moveFocusInGroup(e, { select: true })}>
              {(Object.keys(ACTION_FILTERS) as ActionFilter[]).map((f) => (
                <button key={f} type="button" aria-pressed={filter === f} tabIndex={rovingTabIndex(filter === f)} onClick={() => setFilter(f)}>
                  {ACTION_FILTERS[f]} ({counts[f]})
                </button>
              ))}
            </div>
            <input type="search" value={search} placeholder="Søg i handlinger og beslutninger" aria-label="Søg" onChange={(e) => setSearch(e.target.value)} />
          </div>
        </div>
        <DataGrid<ActionRow>
        pendingRows={[{ table: 'action_item' }]}
          label="Handlinger"
          rowData={shownActions}
          columnDefs={actionColumns}
          height={Math.min(420, 60 + Math.max(1, shownActions.length) * 44)}
          rowClassRules={{ 'action-overdue': (p) => !!p.data && isOverdue(p.data, today), 'action-done': (p) => p.data?.status === 'færdig' }}
          onCellValueChanged={onStatusChanged}
          onRowDataUpdated={(e) => e.api.resetRowHeights()}
          overlayNoRowsTemplate={search ? 'Ingen handlinger matcher søgningen' : 'Ingen handlinger her'}
        />
        <p className="hint">
          {counts.overskredne > 0 ? `${counts.overskredne} ${counts.overskredne === 1 ? 'handling har' : 'handlinger har'} overskredet fristen. ` : ''}
          Status kan ændres direkte i tabellen; resten rettes i mødets referat.
        </p>
      </section>
      <section className="card">
        <div className="card-header">
          <h2>Beslutninger</h2>
          <span className="count-badge">
            {shownDecisions.length} af {decisions.data.length}
          </span>
        </div>
        <DataGrid<DecisionRow>
          label="Beslutninger"
          rowData={shownDecisions}
          getRowId={(p) => p.data.key}
          columnDefs={decisionColumns}
          height={Math.min(480, 60 + Math.max(1, shownDecisions.length) * 52)}
          onRowDataUpdated={(e) => e.api.resetRowHeights()}
          overlayNoRowsTemplate={search ? 'Ingen beslutninger matcher søgningen' : 'Ingen beslutninger endnu'}
        />
      </section>
    </div>
  );
}
