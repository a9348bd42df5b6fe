import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { PROGRAM_LISTS, type ProgramListItem, type ProgramListKind } from '../../../shared/domain/program';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';

interface Props {
  list: ProgramListKind;
  items: ProgramListItem[];
  readOnly: boolean;
}

/** One of the Program sheet's short lists (goals, focus areas, policies) as an editable grid. */
export function ProgramListGrid({ list, items, readOnly }: Props) {
  const { run, attempt } = useNotifier();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = items.find((i) => i.id === selectedId) ?? null;

  const columns: ColDef<ProgramListItem>[] = [
    { headerName: 'Nr.', valueGetter: (p) => (p.node?.rowIndex ?? 0) + 1, width: 64, editable: false },
    { headerName: PROGRAM_LISTS[list], field: 'text', flex: 1, editable: !readOnly, wrapText: true, autoHeight: true, cellEditor: 'agLargeTextCellEditor', cellEditorPopup: true, cellEditorParams: { maxLength: 2000, rows: 4, cols: 60 } },
  ];

  const onCellValueChanged = async (event: CellEdit<ProgramListItem>) => {
    if (!event.data) return;
    const result = await attempt('program.list.update', { id: event.data.id, text: String(event.newValue ?? ''), seen: seenField(event, 'text') });
    return cellOutcome(result);
  };

  const move = async (delta: number) => {
    if (!selected) return;
    await run('program.list.move', { id: selected.id, toPosition: Math.max(1, items.indexOf(selected) + 1 + delta) });
  };

  return (
    <div className="list-grid">
      <DataGrid<ProgramListItem>
        pendingRows={[{ table: 'program_list_item' }]}
        label={PROGRAM_LISTS[list]}
        rowData={items}
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
