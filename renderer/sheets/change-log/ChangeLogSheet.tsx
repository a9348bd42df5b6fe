import type { ColDef } from 'ag-grid-community';
import type { ChangeLogEntry } from '../../../shared/domain/workbook';
import { formatTimestamp } from '../../../shared/dates';
import { useChannel } from '../../api/use-channel';
import { DataGrid } from '../../grid/DataGrid';

type Row = ChangeLogEntry & { id: number; details: string };

const KIND_LABELS: Record<ChangeLogEntry['kind'], string> = { edit: 'Ændring', undo: 'Fortryd', redo: 'Gentag' };

/** Who changed what, when, with before → after. */
export function ChangeLogSheet() {
  const { data, error } = useChannel('workbook.changeLog', { limit: 500 });
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return <p className="loading">Henter ændringsloggen …</p>;
  const rows: Row[] = data.map((e) => ({
    ...e,
    id: e.setId,
    details: e.changes.map((c) => `${c.table}: ${c.summary}`).join('\n'),
  }));
  const columns: ColDef<Row>[] = [
    { field: 'at', headerName: 'Tidspunkt', width: 170, valueFormatter: (p) => formatTimestamp(String(p.value)) },
    { field: 'author', headerName: 'Hvem', width: 220 },
    { field: 'kind', headerName: 'Art', width: 100, valueFormatter: (p) => KIND_LABELS[p.value as ChangeLogEntry['kind']] },
    { field: 'description', headerName: 'Hvad', flex: 1, wrapText: true, autoHeight: true },
    { field: 'details', headerName: 'Før → efter', flex: 2, wrapText: true, autoHeight: true, cellClass: 'preline' },
  ];
  return (
    <section className="card">
      <h2>Ændringslog</h2>
      <p className="hint">De seneste 500 ændringer, nyeste først. Hver ændring gemmes i arbejdsbogen med navn og tidspunkt.</p>
      <DataGrid<Row> label="Ændringslog" rowData={rows} columnDefs={columns} height={640} overlayNoRowsTemplate="Ingen ændringer endnu" />
    </section>
  );
}
