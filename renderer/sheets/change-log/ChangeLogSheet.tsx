import { useState } from 'react';
import type { ColDef } from 'ag-grid-community';
import type { ChangeLogEntry } from '../../../shared/domain/workbook';
import { formatTimestamp } from '../../../shared/dates';
import { SHEET_NAMES } from '../../../shared/sheets';
import { DataGrid } from '../../grid/DataGrid';
import { ChangeLogFilters } from './ChangeLogFilters';
import { useChangeLog, type ChangeLogFilter } from './use-change-log';
import './change-log.css';

type Row = ChangeLogEntry & { id: number; details: string };

const KIND_LABELS: Record<ChangeLogEntry['kind'], string> = { edit: 'Ændring', undo: 'Fortryd', redo: 'Gentag' };

const COLUMNS: ColDef<Row>[] = [
  { field: 'at', headerName: 'Tidspunkt', width: 160, valueFormatter: (p) => formatTimestamp(String(p.value)) },
  { field: 'author', headerName: 'Hvem', width: 200, wrapText: true, autoHeight: true },
  { field: 'kind', headerName: 'Art', width: 90, valueFormatter: (p) => KIND_LABELS[p.value as ChangeLogEntry['kind']] },
  { field: 'sheets', headerName: 'Ark', width: 130, wrapText: true, autoHeight: true, valueFormatter: (p) => (p.value as Row['sheets']).map((s) => SHEET_NAMES[s]).join(', ') },
  { field: 'description', headerName: 'Hvad', flex: 1, wrapText: true, autoHeight: true },
  { field: 'details', headerName: 'Før → efter', flex: 2, wrapText: true, autoHeight: true, cellClass: 'preline' },
];

function toRow(entry: ChangeLogEntry): Row {
  return { ...entry, id: entry.setId, details: entry.changes.map((c) => `${c.table}: ${c.summary}`).join('\n') };
}

/** "De seneste 500 ændringer, der passer til filtrene, nyeste først." */
function shownText(count: number, hasMore: boolean, filtered: boolean): string {
  const matching = filtered ? ', der passer til filtrene' : '';
  if (count === 0) return filtered ? 'Ingen ændringer passer til filtrene.' : 'Ingen ændringer endnu.';
  if (count === 1) return `Én ændring${matching}.`;
  const number = count.toLocaleString('da-DK');
  return `${hasMore ? `De seneste ${number}` : `Alle ${number}`} ændringer${matching}, nyeste først.`;
}

function periodProblem({ from, to }: ChangeLogFilter): string | null {
  return from && to && from > to ? 'Perioden kan ikke slutte, før den begynder' : null;
}

/** Who changed what, when, with before → after; filtered by sheet, person and period. */
export function ChangeLogSheet() {
  const [filter, setFilter] = useState<ChangeLogFilter>({});
  const problem = periodProblem(filter);
  return (
    <section className="card change-log">
      <h2>Ændringslog</h2>
      <ChangeLogFilters filter={filter} onChange={setFilter} />
      {problem ? <p className="change-log-problem" role="alert">{problem}.</p> : <ChangeLogList filter={filter} />}
    </section>
  );
}

function ChangeLogList({ filter }: { filter: ChangeLogFilter }) {
  const { entries, hasMore, loading, error, showMore } = useChangeLog(filter);
  if (error) return <p className="sheet-error">{error}</p>;
  const filtered = Object.keys(filter).length > 0;
  return (
    <>
      <p className="hint">
        {loading && entries.length === 0 ? 'Henter ændringsloggen …' : `${shownText(entries.length, hasMore, filtered)} Hver ændring gemmes i arbejdsbogen med navn og tidspunkt.`}
      </p>
      <DataGrid<Row>
        label="Ændringslog"
        rowData={entries.map(toRow)}
        columnDefs={COLUMNS}
        height={600}
        overlayNoRowsTemplate={filtered ? 'Ingen ændringer passer til filtrene' : 'Ingen ændringer endnu'}
      />
      {hasMore && (
        <div className="change-log-more">
          <button type="button" onClick={showMore} disabled={loading}>
            {loading ? 'Henter …' : 'Vis flere ændringer'}
          </button>
        </div>
      )}
    </>
  );
}
