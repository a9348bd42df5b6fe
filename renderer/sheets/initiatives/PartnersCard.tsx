import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import { PARTNER_KINDS, type Partner } from '../../../shared/domain/activity';
import { useChannel } from '../../api/use-channel';
import { useNotifier } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellEdit } from '../../grid/DataGrid';

type Field = 'name' | 'kind' | 'contact' | 'note';

/** The partners, one list for all initiatives: boligorganisationer, foreninger, institutioner, borgergrupper. */
export function PartnersCard({ readOnly }: { readOnly: boolean }) {
  const { data, error } = useChannel('partners.list', {});
  const { run, attempt } = useNotifier();
  const [selected, setSelected] = useState<Partner | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return null;

  const columns: ColDef<Partner>[] = [
    { field: 'name', headerName: 'Partner', flex: 2, minWidth: 200, editable: !readOnly, wrapText: true, autoHeight: true },
    { field: 'kind', headerName: 'Type', width: 160, editable: !readOnly, cellEditor: 'agSelectCellEditor', cellEditorParams: { values: [...PARTNER_KINDS] } },
    { field: 'contact', headerName: 'Kontakt', flex: 1.5, minWidth: 160, editable: !readOnly },
    { field: 'note', headerName: 'Note', flex: 2, minWidth: 160, editable: !readOnly, wrapText: true, autoHeight: true },
    {
      field: 'activityCount', headerName: 'Aktiviteter', width: 110, type: 'rightAligned',
      valueFormatter: (p) => (p.value ? String(p.value) : '–'),
    },
  ];

  const onCellValueChanged = async (event: CellEdit<Partner>) => {
    if (!event.data) return;
    const field = event.colDef.field as Field;
    const result = await attempt('partners.update', { id: event.data.id, patch: { [field]: String(event.newValue ?? '') }, seen: seenField(event, field) });
    return cellOutcome(result);
  };

  const add = async () => {
    const existing = new Set(data.map((p) => p.name));
    let name = 'Ny partner';
    for (let n = 2; existing.has(name); n++) name = `Ny partner ${n}`;
    await run('partners.add', { name });
  };

  return (
    <section className="card" aria-label="Partnere">
      <h2>Partnere</h2>
      <p className="hint partners-intro">Fælles for alle indsatser. En partner vælges til en aktivitet i aktivitetens kolonne «Partnere».</p>
      <DataGrid<Partner>
        pendingRows={[{ table: 'partner' }]}
        label="Partnere"
        rowData={data}
        columnDefs={columns}
        rowSelection={{ mode: 'singleRow', checkboxes: false, enableClickSelection: true }}
        onSelectionChanged={(e) => setSelected(e.api.getSelectedRows()[0] ?? null)}
        onCellValueChanged={onCellValueChanged}
        overlayNoRowsTemplate="Ingen partnere endnu"
      />
      {!readOnly && (
        <div className="grid-toolbar partners-toolbar">
          <button type="button" onClick={() => void add()}>
            + Tilføj partner
          </button>
          <button type="button" disabled={!selected} onClick={() => setConfirming(true)}>
            Slet partner
          </button>
        </div>
      )}
      {confirming && selected && (
        <ConfirmDialog
          title="Slet partner"
          message={
            selected.activityCount
              ? `Slet «${selected.name}»? Partneren fjernes også fra ${selected.activityCount} ${selected.activityCount === 1 ? 'aktivitet' : 'aktiviteter'}. Du kan fortryde med Ctrl+Z.`
              : `Slet «${selected.name}»? Du kan fortryde med Ctrl+Z.`
          }
          confirmLabel="Slet"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void run('partners.remove', { id: selected.id });
            setSelected(null);
          }}
        />
      )}
    </section>
  );
}
