// Ctrl+V of a block copied from Excel into any of the workbook's grids: the block fills exactly
// the cells the person sees to the right of and below the focused cell. A cell that cannot take
// a value (a computed or locked column, a missing row) refuses the whole block, so nothing is
// half pasted.
import type { Column, GridApi, IRowNode } from 'ag-grid-community';

export interface PasteTarget<T> {
  node: IRowNode<T>;
  column: Column;
  text: string;
}

export type GridPastePlan<T> = { ok: true; targets: PasteTarget<T>[]; summary: string } | { ok: false; message: string };

const headerOf = (api: GridApi, column: Column) => api.getDisplayNameForColumn(column, 'header') || column.getColId();

/** Plans a paste of `block` (rows of cells) from the focused cell; answers why not when it cannot. */
export function planGridPaste<T>(api: GridApi<T>, block: string[][]): GridPastePlan<T> {
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return { ok: false, message: 'Vælg den celle, blokken skal sættes ind fra' };
  if (block.length === 0 || block.every((r) => r.length === 0)) return { ok: false, message: 'Udklipsholderen er tom' };
  const columns = api.getAllDisplayedColumns();
  const startColumn = columns.indexOf(focused.column);
  const width = Math.max(...block.map((r) => r.length));
  const rowCount = api.getDisplayedRowCount();

  if (focused.rowIndex + block.length > rowCount) {
    const room = rowCount - focused.rowIndex;
    return { ok: false, message: `Blokken har ${block.length} rækker, men der er kun ${room} ${room === 1 ? 'række' : 'rækker'} fra den valgte celle og ned. Intet er sat ind` };
  }
  if (startColumn < 0 || startColumn + width > columns.length) {
    const room = columns.length - Math.max(0, startColumn);
    return { ok: false, message: `Blokken har ${width} kolonner, men der er kun ${room} ${room === 1 ? 'kolonne' : 'kolonner'} fra den valgte celle og til højre. Intet er sat ind` };
  }

  const targets: PasteTarget<T>[] = [];
  for (let r = 0; r < block.length; r++) {
    const node = api.getDisplayedRowAtIndex(focused.rowIndex + r);
    if (!node) return { ok: false, message: 'En af rækkerne kan ikke tage imod værdier. Intet er sat ind' };
    for (let c = 0; c < block[r]!.length; c++) {
      const column = columns[startColumn + c]!;
      if (!column.isCellEditable(node)) {
        return { ok: false, message: `Kolonnen "${headerOf(api, column)}" kan ikke udfyldes (den beregnes eller er låst). Intet er sat ind` };
      }
      targets.push({ node, column, text: block[r]![c]! });
    }
  }
  const firstRow = focused.rowIndex + 1;
  const lastRow = focused.rowIndex + block.length;
  const headers = columns.slice(startColumn, startColumn + width).map((column) => headerOf(api, column));
  const rowsText = firstRow === lastRow ? `række ${firstRow}` : `række ${firstRow}–${lastRow}`;
  const summary = `${targets.length} ${targets.length === 1 ? 'celle' : 'celler'} sat ind i ${headers.join(', ')}, ${rowsText}`;
  return { ok: true, targets, summary };
}

/** Parses a pasted text as the column would parse typed text, then stores it through the grid. */
export function applyPasteTarget<T>(api: GridApi<T>, target: PasteTarget<T>): void {
  const colDef = target.column.getColDef();
  const oldValue = api.getCellValue({ rowNode: target.node, colKey: target.column });
  const parser = colDef.valueParser;
  const value =
    typeof parser === 'function'
      ? parser({ api, context: undefined, node: target.node, data: target.node.data as T, colDef, column: target.column, oldValue, newValue: target.text })
      : target.text;
  target.node.setDataValue(target.column, value, 'paste');
}
