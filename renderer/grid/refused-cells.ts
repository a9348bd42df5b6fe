// Cells whose typed value the workbook refused. What the person typed stays in the cell, marked,
// with the reason as its tooltip, so nothing typed is silently thrown away; the mark goes when
// the cell is saved or the person undoes the typing with Escape on it.
import type { CellClassParams, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';

export interface RefusedCell {
  text: string;
  message: string;
}

export type RefusedCells = Map<string, RefusedCell>;

export const refusedKey = (rowId: string | undefined, colId: string) => `${rowId ?? ''}\u0000${colId}`;

type AnyColDef<T> = ColDef<T> | ColGroupDef<T>;

const isGroup = <T,>(def: AnyColDef<T>): def is ColGroupDef<T> => 'children' in def;

/** Column ids as AG Grid derives them, so a mark can be found from a cell's column. */
const colIdOf = <T,>(def: ColDef<T>) => def.colId ?? (typeof def.field === 'string' ? def.field : undefined);

/** Wraps every column so a refused cell shows the typed text, the class `cell-refused` and the reason. */
export function withRefusedCells<T>(defs: AnyColDef<T>[] | undefined | null, refused: { current: RefusedCells }): AnyColDef<T>[] | undefined {
  if (!defs) return undefined;
  return defs.map((def) => (isGroup(def) ? { ...def, children: withRefusedCells(def.children, refused) ?? [] } : wrapColumn(def, refused)));
}

function wrapColumn<T>(def: ColDef<T>, refused: { current: RefusedCells }): ColDef<T> {
  // Only cells a person can type in can hold refused text; other columns keep AG Grid's own formatting.
  if (!def.editable || (!colIdOf(def) && !def.valueGetter)) return def;
  const find = (rowId: string | undefined, colId: string) => refused.current.get(refusedKey(rowId, colId));
  const { valueFormatter, tooltipValueGetter, cellClassRules } = def;
  return {
    ...def,
    valueFormatter: (params: ValueFormatterParams<T>) => {
      const mark = find(params.node?.id, params.column.getColId());
      if (mark) return mark.text;
      if (typeof valueFormatter === 'function') return valueFormatter(params);
      // No formatter of the column's own: AG Grid shows the value as it is.
      return null as unknown as string;
    },
    tooltipValueGetter: (params: ITooltipParams<T>) => {
      const colId = typeof params.column === 'object' && params.column && 'getColId' in params.column ? params.column.getColId() : undefined;
      const mark = colId ? find(params.node?.id, colId) : undefined;
      if (mark) return `${mark.message}. Intet er gemt – ret teksten, eller tryk Escape på cellen for at vise det gemte`;
      return tooltipValueGetter ? tooltipValueGetter(params) : undefined;
    },
    cellClassRules: {
      ...(typeof cellClassRules === 'object' ? cellClassRules : {}),
      'cell-refused': (params: CellClassParams<T>) => find(params.node?.id, params.column.getColId()) !== undefined,
    },
  };
}
