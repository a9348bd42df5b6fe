// Ctrl+V of a block copied from Excel into any of the workbook's grids: the block fills exactly
// the cells the person sees to the right of and below the focused cell. A cell that cannot take
// a value (a computed or locked column, a missing row) refuses the whole block, so nothing is
// half pasted. Each cell goes through the sheet's own handler for a typed value; the calls they
// make are gathered and stored as one `grid.paste` change, so the workbook checks every cell
// and stores all or none, as one undo step.
import type { CellValueChangedEvent, Column, GridApi, IRowNode } from 'ag-grid-community';
import { ApiCallError, call } from '../api/client';
import type { CellCommitOutcome } from './grid-controller';
import { gatherCalls, type GatheredCall } from './paste-batch';

export interface PasteTarget<T> {
  node: IRowNode<T>;
  column: Column;
  text: string;
  /** The cell as the person sees it, e.g. 'række 2, kolonnen "E-mail"', to name it if refused. */
  where: string;
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
      targets.push({ node, column, text: block[r]![c]!, where: `række ${focused.rowIndex + r + 1}, kolonnen "${headerOf(api, column)}"` });
    }
  }
  const firstRow = focused.rowIndex + 1;
  const lastRow = focused.rowIndex + block.length;
  const headers = columns.slice(startColumn, startColumn + width).map((column) => headerOf(api, column));
  const rowsText = firstRow === lastRow ? `række ${firstRow}` : `række ${firstRow}–${lastRow}`;
  const summary = `${targets.length} ${targets.length === 1 ? 'celle' : 'celler'} sat ind i ${headers.join(', ')}, ${rowsText} – fortryd med Ctrl+Z`;
  return { ok: true, targets, summary };
}

/** The value a pasted text becomes: parsed as the column parses typed text. */
export function parsePasteTarget<T>(api: GridApi<T>, target: PasteTarget<T>): { oldValue: unknown; newValue: unknown } {
  const colDef = target.column.getColDef();
  const oldValue: unknown = api.getCellValue({ rowNode: target.node, colKey: target.column });
  const parser = colDef.valueParser;
  const newValue: unknown =
    typeof parser === 'function'
      ? parser({ api, context: undefined, node: target.node, data: target.node.data as T, colDef, column: target.column, oldValue, newValue: target.text })
      : target.text;
  return { oldValue, newValue };
}

/** The edit event a typed value would have given, for the sheet's own handler. */
function pasteEvent<T>(api: GridApi<T>, target: PasteTarget<T>): CellValueChangedEvent<T> {
  const { oldValue, newValue } = parsePasteTarget(api, target);
  return {
    type: 'cellValueChanged', api, context: undefined, source: 'paste',
    node: target.node, data: target.node.data as T, column: target.column, colDef: target.column.getColDef(),
    rowIndex: target.node.rowIndex, rowPinned: target.node.rowPinned ?? null, oldValue, newValue, value: newValue,
  } as CellValueChangedEvent<T>;
}

const refusal = (where: string, message: string) => `Intet er sat ind: ${where} – ${message.replace(/[.\s]+$/, '')}`;

/**
 * Stores a planned block as one change: runs the sheet's handler for each cell while its calls
 * are gathered, then sends them together. A cell the sheet itself refuses (e.g. "1,5" in a whole
 * number) refuses the block before anything is sent. Answers the Danish refusal, if any.
 */
export async function storeGridPaste<T>(
  api: GridApi<T>,
  grid: string,
  targets: PasteTarget<T>[],
  store: (event: CellValueChangedEvent<T>) => Promise<CellCommitOutcome> | CellCommitOutcome,
): Promise<string | null> {
  const gathered = targets.map((target) => ({ target, ...gatherCalls(() => store(pasteEvent(api, target))) }));
  const calls: Array<GatheredCall & { where: string }> = gathered.flatMap((g) => g.calls.map((c) => ({ ...c, where: g.target.where })));
  const answerAll = (answer: Parameters<GatheredCall['answer']>[0]) => calls.forEach((c) => c.answer(answer));

  let refused: string | null = null;
  for (const g of gathered) {
    if (g.refused) refused = refusal(g.target.where, g.refused);
    // A handler that made no call has answered already; one that made a call waits for the block.
    else if (g.calls.length === 0) {
      const outcome = await g.result;
      if (outcome && 'refused' in outcome) refused = refusal(g.target.where, outcome.refused);
    }
    if (refused) break;
  }
  if (!refused && calls.length === 0) refused = 'Intet er sat ind: cellerne kan ikke udfyldes her';
  if (refused) {
    answerAll({ ok: false, message: refused });
    return refused;
  }
  try {
    await call('grid.paste', { grid, cells: calls.map(({ channel, input, where }) => ({ channel, input, where })) });
    answerAll({ ok: true, value: undefined });
    return null;
  } catch (error) {
    const message = error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl. Intet er sat ind';
    answerAll({ ok: false, message });
    return message;
  }
}
