import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { Member } from '../../../shared/domain/program';
import { useNotifier } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';
import { cellOutcome, seenField } from '../../grid/cell-edits';

interface Props {
  members: Member[];
  readOnly: boolean;
}

type MemberField = 'name' | 'role' | 'organisation' | 'email';

/** The steering group's members: name, role, organisation, e-mail. */
export function MembersGrid({ members, readOnly }: Props) {
  const { run, attempt } = useNotifier();
  const [selected, setSelected] = useState<Member | null>(null);
  const [confirming, setConfirming] = useState(false);

  const column = (field: MemberField, headerName: string, flex: number): ColDef<Member> => ({
    field, headerName, flex, editable: !readOnly, minWidth: 120,
    ...(field === 'name' ? { cellRenderer: (p: { value: string }) => p.value || <span className="placeholder">Navn mangler</span> } : {}),
  });

  const onCellValueChanged = async (event: CellEdit<Member>) => {
    const field = event.colDef.field as MemberField | undefined;
    if (!event.data || !field) return;
    const result = await attempt('members.update', { id: event.data.id, patch: { [field]: String(event.newValue ?? '').trim() }, seen: seenField(event, field) });
    return cellOutcome(result);
  };

  return (
    <div className="list-grid">
      <DataGrid<Member>
        pendingRows={[{ table: 'member' }]}
        label="Styregruppens medlemmer"
        rowData={members}
        columnDefs={[column('name', 'Navn', 1.2), column('role', 'Rolle', 2), column('organisation', 'Organisation', 1.3), column('email', 'E-mail', 1.4)]}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={onCellValueChanged}
        overlayNoRowsTemplate="Ingen medlemmer endnu"
      />
      {!readOnly && (
        <div className="grid-toolbar">
          <button type="button" onClick={() => void run('members.add', {})}>
            + Tilføj medlem
          </button>
          <button type="button" disabled={!selected} onClick={() => setConfirming(true)}>
            Fjern medlem
          </button>
        </div>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="Fjern medlem"
          message={`Fjern ${selected.name || selected.role || 'medlemmet'} fra styregruppen?`}
          confirmLabel="Fjern"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run('members.remove', { id: selected.id });
          }}
        />
      )}
    </div>
  );
}
