import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { GetRowIdParams } from 'ag-grid-community';

/** Rows that carry the workbook's row id, so the grid keeps focus and selection across reloads. */
export interface IdentifiedRow {
  id: number;
}

type Props<T extends IdentifiedRow> = AgGridReactProps<T> & { label: string; height?: number | 'auto' };

/** AG Grid with the workbook's defaults: stable row ids, resizable columns, an accessible name. */
export function DataGrid<T extends IdentifiedRow>({ label, height = 'auto', ...props }: Props<T>) {
  const style = height === 'auto' ? undefined : { height };
  return (
    <div className="data-grid" style={style} aria-label={label} role="region">
      <AgGridReact<T>
        getRowId={(params: GetRowIdParams<T>) => String(params.data.id)}
        domLayout={height === 'auto' ? 'autoHeight' : 'normal'}
        defaultColDef={{ resizable: true, sortable: false, suppressMovable: true, wrapHeaderText: true, autoHeaderHeight: true }}
        {...props}
      />
    </div>
  );
}
