import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { PARTICIPANT_COUNT, type InitiativeParticipant } from '../../../shared/domain/initiative';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';
import { wholeNumberCells, wholeNumberProblem } from './number-cells';

interface Props {
  initiativeId: number;
  participants: InitiativeParticipant[];
  readOnly: boolean;
}

const numberFormat = new Intl.NumberFormat('da-DK');

/** Who takes part in an initiative, with how many where the document says so. */
export function ParticipantsGrid({ initiativeId, participants, readOnly }: Props) {
  const { run, notify, attempt } = useNotifier();
  const [selected, setSelected] = useState<InitiativeParticipant | null>(null);
  const total = participants.reduce((sum, p) => sum + (p.count ?? 0), 0);

  const columns: ColDef<InitiativeParticipant>[] = [
    { field: 'groupName', headerName: 'Deltagergruppe', flex: 3, editable: !readOnly },
    {
      field: 'count', headerName: 'Antal', flex: 1, editable: !readOnly, type: 'rightAligned',
      ...wholeNumberCells<InitiativeParticipant>(PARTICIPANT_COUNT),
    },
  ];

  const onCellValueChanged = async (event: CellEdit<InitiativeParticipant>) => {
    if (!event.data) return;
    const countProblem = event.colDef.field === 'count' ? wholeNumberProblem(event.newValue, PARTICIPANT_COUNT) : null;
    if (countProblem) {
      notify('error', countProblem);
      return { refused: countProblem };
    }
    const patch = event.colDef.field === 'count' ? { count: event.newValue as number | null } : { groupName: String(event.newValue ?? '') };
    const result = await attempt('initiatives.participants.update', { id: event.data.id, patch, seen: seenField(event, Object.keys(patch)[0]!) });
    return cellOutcome(result);
  };

  return (
    <div className="list-grid">
      <DataGrid<InitiativeParticipant>
        pendingRows={[{ table: 'initiative_participant' }]}
        label="Deltagere"
        rowData={participants}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={onCellValueChanged}
        overlayNoRowsTemplate="Ingen deltagergrupper registreret"
      />
      <div className="grid-toolbar">
        <span className="hint">I alt {numberFormat.format(total)} deltagere med kendt antal</span>
        {!readOnly && (
          <>
            <button type="button" onClick={() => void run('initiatives.participants.add', { initiativeId, groupName: 'Ny deltagergruppe' })}>
              + Tilføj deltagergruppe
            </button>
            <button type="button" disabled={!selected} onClick={() => selected && void run('initiatives.participants.remove', { id: selected.id })}>
              Fjern
            </button>
          </>
        )}
      </div>
    </div>
  );
}
