import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { PROGRAM_LISTS, type ProgramListItem, type ProgramListKind } from '../../../shared/domain/program';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';
import type { GoalLinksView } from '../../../shared/domain/goal';
import { GoalLinksCellEditor, goalLinksText, type GoalLinkKey } from './GoalLinksCellEditor';

/**
 * »Indsatser og aktiviteter«: what serves each goal, chosen in a popup like the partners of an
 * activity; the statusnotat's goal section reads these links.
 */
function goalLinksColumn(view: GoalLinksView, readOnly: boolean): ColDef<ListRow> {
  return {
    field: 'links', headerName: 'Indsatser og aktiviteter', flex: 1, minWidth: 200, editable: !readOnly, cellDataType: false, wrapText: true, autoHeight: true,
    valueFormatter: (p) => goalLinksText((p.value as GoalLinkKey[] | undefined) ?? [], view.choices),
    cellEditor: GoalLinksCellEditor, cellEditorPopup: true, cellEditorPopupPosition: 'under',
    cellEditorParams: { choices: view.choices },
    // Inside the chooser ↑/↓ move between the boxes; Tab leaves for the next cell as from any cell.
    suppressKeyboardEvent: ({ editing, event }) =>
      editing && event.target instanceof HTMLElement && event.target.closest('.goal-links-editor') !== null && (event.key === 'ArrowUp' || event.key === 'ArrowDown'),
    equals: (a: GoalLinkKey[] | null, b: GoalLinkKey[] | null) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...(b ?? [])].sort()),
  };
}

interface Props {
  list: ProgramListKind;
  items: ProgramListItem[];
  readOnly: boolean;
  /** The goals' list only: what each goal is linked to, and whether this user may change it. */
  links?: { view: GoalLinksView; readOnly: boolean };
}

/** A goal's row carries its links as the chooser holds them. */
type ListRow = ProgramListItem & { links?: GoalLinkKey[] };

function linkKeys(view: GoalLinksView, goalId: number): GoalLinkKey[] {
  return view.links
    .filter((l) => l.goalId === goalId)
    .map((l): GoalLinkKey => (l.initiativeId !== null ? `i:${l.initiativeId}` : `a:${l.activityId!}`));
}

/** One of the Program sheet's short lists (goals, focus areas, policies) as an editable grid. */
export function ProgramListGrid({ list, items, readOnly, links }: Props) {
  const { run, attempt } = useNotifier();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = items.find((i) => i.id === selectedId) ?? null;

  const rows: ListRow[] = links ? items.map((i) => ({ ...i, links: linkKeys(links.view, i.id) })) : items;
  const columns: ColDef<ListRow>[] = [
    { headerName: 'Nr.', valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1, width: 64, editable: false },
    { headerName: PROGRAM_LISTS[list], field: 'text', flex: 1, editable: !readOnly, wrapText: true, autoHeight: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 2000, rows: 4, cols: 60 } },
  ];
  if (links) columns.push(goalLinksColumn(links.view, links.readOnly));

  const onCellValueChanged = async (event: CellEdit<ListRow>) => {
    if (!event.data) return;
    if (event.colDef.field === 'links') {
      const keys = (event.newValue as GoalLinkKey[] | null) ?? [];
      const ids = (kind: 'i' | 'a') => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => Number(k.slice(2)));
      return cellOutcome(await attempt('goals.setLinks', { goalId: event.data.id, initiativeIds: ids('i'), activityIds: ids('a') }));
    }
    const result = await attempt('program.list.update', { id: event.data.id, text: String(event.newValue ?? ''), seen: seenField(event, 'text') });
    return cellOutcome(result);
  };

  const move = async (delta: number) => {
    if (!selected) return;
    await run('program.list.move', { id: selected.id, toPosition: Math.max(1, items.indexOf(selected) + 1 + delta) });
  };

  return (
    <div className="list-grid">
      <DataGrid<ListRow>
        pendingRows={[{ table: 'program_list_item' }]}
        label={PROGRAM_LISTS[list]}
        rowData={rows}
        // The goals' chooser is taller than a short list: let it overflow the grid instead of being cut off.
        popupParent={links ? document.body : undefined}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelectedId(e.api.getSelectedRows()[0]?.id ?? null)}
        onCellValueChanged={onCellValueChanged}
      />
      {!readOnly && (
        <div className="grid-toolbar">
          <button type="button" onClick={() => void run('program.list.add', { list, text: 'Nyt punkt' })}>
            + Tilføj
          </button>
          <button type="button" disabled={!selected} onClick={() => void move(-1)} aria-label="Flyt op">
            ↑
          </button>
          <button type="button" disabled={!selected} onClick={() => void move(1)} aria-label="Flyt ned">
            ↓
          </button>
          <button type="button" disabled={!selected} onClick={() => selected && void run('program.list.remove', { id: selected.id })}>
            Slet
          </button>
        </div>
      )}
    </div>
  );
}
