import type { ColDef } from 'ag-grid-community';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus, type Partner } from '../../../shared/domain/activity';
import { PARTICIPANT_COUNT } from '../../../shared/domain/initiative';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import type { CellEdit } from '../../grid/DataGrid';
import { EditableListGrid } from '../../grid/EditableListGrid';
import { ActivityStatusPill } from './ActivityStatusPill';
import { dateCells, unreadableDate, wholeNumberCells, wholeNumberProblem } from './number-cells';
import { PartnersCellEditor } from './PartnersCellEditor';
import type { PendingRowsOf } from '../../grid/pending-rows';

/** An activity waits when it or the list of its partners was changed offline. */
const ACTIVITY_PENDING_ROWS: readonly PendingRowsOf[] = [
  { table: 'activity' },
  { table: 'activity_partner', rowKey: (_id, row) => (row?.activity_id == null ? null : String(row.activity_id)) },
];

interface Props {
  initiativeId: number;
  activities: Activity[];
  partners: Partner[];
  readOnly: boolean;
}

type Field = 'name' | 'status' | 'localOwner' | 'startDate' | 'participants' | 'note';

/** The initiative's activities: from idé to forankret, with partners and who owns them locally. */
export function ActivitiesGrid({ initiativeId, activities, partners, readOnly }: Props) {
  const { run, notify, attempt } = useNotifier();
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
      // Inside the picker ↑/↓ walk between the partners and Enter in «Ny partner» adds one; Tab
      // leaves for the next cell as from any other cell, so typing along a row never gets stuck here.
      suppressKeyboardEvent: ({ editing, event }) => {
        const inPicker = event.target instanceof HTMLElement && event.target.closest('.partners-editor') !== null;
        return editing && inPicker && (event.key === 'ArrowUp' || event.key === 'ArrowDown' || (event.key === 'Enter' && (event.target as HTMLElement).dataset.role === 'new-partner'));
      },
      equals: (a: number[] | null, b: number[] | null) => JSON.stringify(a ?? []) === JSON.stringify(b ?? []),
      // Pasted text ("Mørkhøj Bibliotek, Sundhedsplejen", as the cell shows it) names partners.
      valueParser: (p) => (Array.isArray(p.newValue) ? (p.newValue as number[]) : partnersNamed(String(p.newValue ?? ''), partners)),
    },
    { field: 'localOwner', headerName: 'Forankring (lokal ejer)', flex: 1.5, minWidth: 140, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'startDate', headerName: 'Start', width: 115, editable: !readOnly,
      ...dateCells<Activity>(true),
    },
    {
      field: 'participants', headerName: 'Deltagere', width: 105, editable: !readOnly, type: 'rightAligned',
      ...wholeNumberCells<Activity>(PARTICIPANT_COUNT),
    },
    {
      field: 'note', headerName: 'Note', flex: 2, minWidth: 160, editable: !readOnly, wrapText: true, autoHeight: true,
      cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 100000, rows: 6, cols: 60 },
    },
  ];

  const onCellValueChanged = async (event: CellEdit<Activity>) => {
    if (!event.data) return;
    const field = event.colDef.field as Field | 'partnerIds';
    const countProblem = field === 'participants' ? wholeNumberProblem(event.newValue, PARTICIPANT_COUNT) : null;
    if (countProblem) {
      notify('error', countProblem);
      return { refused: countProblem };
    }
    const dateProblem = field === 'startDate' ? unreadableDate(event.newValue) : null;
    if (dateProblem) {
      notify('error', `Start: ${dateProblem}`);
      return { refused: `Start: ${dateProblem}` };
    }
    if (field === 'partnerIds' && !Array.isArray(event.newValue)) {
      const problem = `Partnere: ${String(event.newValue as string)}`;
      notify('error', problem);
      return { refused: problem };
    }
    const result =
      field === 'partnerIds'
        ? await attempt('activities.setPartners', { id: event.data.id, partnerIds: (event.newValue as number[] | null) ?? [] })
        : await attempt('activities.update', { id: event.data.id, patch: { [field]: normalise(field, event.newValue) }, seen: seenField(event, field) });
    return cellOutcome(result);
  };

  const add = async () => (await run('activities.add', { initiativeId }))?.id;

  const remove = async (activity: Activity) => {
    const done = await run('activities.remove', { id: activity.id });
    if (done !== undefined) notify('info', `«${activity.name}» er slettet – Ctrl+Z fortryder`);
  };

  return (
    <EditableListGrid<Activity>
        pendingRows={ACTIVITY_PENDING_ROWS}
      label="Aktiviteter"
      rows={activities}
      columns={columns}
      readOnly={readOnly}
      noRowsText="Ingen aktiviteter endnu – tilføj den første"
      hint="Dobbeltklik eller Enter for at rette en celle. Partnere vælges i en liste."
      addLabel="+ Tilføj aktivitet"
      removeLabel="Slet aktivitet"
      firstEditColumn="name"
      onAdd={add}
      onRemove={remove}
      onCellValueChanged={onCellValueChanged}
    />
  );
}

/** The partners named in a pasted text, or why not (a text) when one of them is not a partner. */
function partnersNamed(text: string, partners: Partner[]): number[] | string {
  const byName = new Map(partners.map((p) => [p.name.trim().toLocaleLowerCase('da'), p.id]));
  const names = text.split(',').map((n) => n.trim()).filter((n) => n !== '' && n !== '–');
  const unknown = names.filter((n) => !byName.has(n.toLocaleLowerCase('da')));
  if (unknown.length > 0) return `»${unknown.join('«, »')}« er ikke ${unknown.length === 1 ? 'en partner' : 'partnere'} på listen`;
  return [...new Set(names.map((n) => byName.get(n.toLocaleLowerCase('da'))!))];
}

function normalise(field: Field, value: unknown): string | number | null {
  if (field === 'participants') return value === null || value === undefined ? null : (value as number);
  if (field === 'startDate') return typeof value === 'string' && value !== '' ? value : null;
  return String(value ?? '');
}
