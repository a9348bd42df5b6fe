import { useMemo, useRef, type ClipboardEvent } from 'react';
import type { CellClassParams, GridApi, CellEditRequestEvent, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { parseClipboardTable, planPaste } from '../../../shared/budget-paste';
import { MEASURE_LABELS, type BudgetProblem } from '../../../shared/domain/budget';
import { formatKroner, parseKroner } from '../../../shared/money';
import { useNotifier } from '../../app/notifications';
import { DataGrid } from '../../grid/DataGrid';
import {
  amountColumnId, measuresShown, parseAmountColumnId, pasteColumns, type BudgetGridModel, type BudgetRow, type BudgetView, type ColumnMeasure,
} from './budget-rows';

interface Props {
  model: BudgetGridModel;
  years: number[];
  periodYears: Set<number>;
  problems: BudgetProblem[];
  view: BudgetView;
  readOnly: boolean;
  onCurrentRow: (row: BudgetRow | null) => void;
}

/** Room for a line name over two lines. */
const ROW_HEIGHT = 38;
/** Wide enough for "12.345.678" in bold; the grid spreads spare width over the columns. */
const AMOUNT_WIDTH = 72;
/** "Difference" in the header is one word wider than the figures; headers never break inside a word. */
const DIFFERENCE_WIDTH = 86;
const LABEL_WIDTH = 250;
/** Beyond this many rows the grid scrolls inside itself instead of growing with the page. */
const AUTO_HEIGHT_ROWS = 40;

function formatAmount(params: ValueFormatterParams<BudgetRow>): string {
  const value = params.value as number | null | undefined;
  return value === null || value === undefined ? '' : formatKroner(value);
}

/** The Økonomi sheet's grid: typed amounts, computed totals, paste and copy of cells. */
export function BudgetGrid({ model, years, periodYears, problems, view, readOnly, onCurrentRow }: Props) {
  const { run, notify } = useNotifier();
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);

  // Salary cells that do not match the employment: "lineId:year" → what the employment costs.
  const salaryWarnings = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of problems) if (p.kind === 'salary' && p.lineId !== undefined && p.year !== undefined) map.set(`${p.lineId}:${p.year}`, p.expected ?? 0);
    return map;
  }, [problems]);

  const columnDefs = useMemo<Array<ColDef<BudgetRow> | ColGroupDef<BudgetRow>>>(() => {
    const amountColumn = (year: number | 'total', measure: ColumnMeasure): ColDef<BudgetRow> => {
      const colId = amountColumnId(year, measure);
      const editable = year !== 'total' && measure !== 'difference' && !readOnly;
      return {
        colId,
        headerName: MEASURE_LABELS[measure],
        width: measure === 'difference' ? DIFFERENCE_WIDTH : AMOUNT_WIDTH,
        minWidth: measure === 'difference' ? DIFFERENCE_WIDTH : AMOUNT_WIDTH,
        type: 'rightAligned',
        cellDataType: false,
        pinned: year === 'total' ? 'right' : undefined,
        valueGetter: (p) => p.data?.values[colId] ?? null,
        valueFormatter: formatAmount,
        editable: editable ? (p) => p.data?.kind === 'line' : false,
        cellEditor: 'agTextCellEditor',
        cellEditorParams: { useFormatter: true },
        headerClass: measure === 'difference' ? 'budget-header-difference' : undefined,
        cellClassRules: {
          'amount-negative': (p: CellClassParams<BudgetRow>) => measure === 'difference' && typeof p.value === 'number' && p.value < 0,
          'amount-input': (p: CellClassParams<BudgetRow>) => editable && p.data?.kind === 'line',
          'amount-computed': () => measure === 'difference' || year === 'total',
          'amount-warning': (p: CellClassParams<BudgetRow>) =>
            measure === 'budget' && year !== 'total' && p.data?.kind === 'line' && salaryWarnings.has(`${p.data.lineId}:${year}`),
        },
        tooltipValueGetter: (p: ITooltipParams<BudgetRow>) => {
          if (measure === 'budget' && year !== 'total' && p.data?.kind === 'line') {
            const expected = salaryWarnings.get(`${p.data.lineId}:${year}`);
            if (expected !== undefined) return `Ansættelsen koster ${formatKroner(expected)} kr. i ${year}`;
          }
          if (measure === 'difference' && typeof p.value === 'number' && p.value < 0) return 'Forbruget overstiger budgettet';
          return undefined;
        },
      };
    };
    const measures = measuresShown(view);
    const yearGroups: ColGroupDef<BudgetRow>[] = years.map((year) => {
      const outside = !periodYears.has(year);
      return {
        groupId: `y${year}`,
        headerName: outside ? `${year} · uden for perioden` : String(year),
        headerClass: outside ? 'budget-year-header year-outside' : 'budget-year-header',
        headerTooltip: outside ? `${year} ligger uden for programperioden` : undefined,
        children: measures.map((m) => amountColumn(year, m)),
      };
    });
    return [
      {
        colId: 'label',
        headerName: 'Linje',
        field: 'label',
        pinned: 'left',
        width: LABEL_WIDTH,
        minWidth: 180,
        editable: readOnly ? false : (p) => p.data?.kind === 'line' || p.data?.kind === 'group',
        cellClass: (p) => `budget-label budget-label-${p.data?.kind ?? 'line'}`,
        tooltipValueGetter: (p) => (p.data?.kind === 'line' || p.data?.kind === 'group' ? p.data.label : undefined),
      },
      ...yearGroups,
      { groupId: 'total', headerName: 'I alt', headerClass: 'budget-year-header budget-total-header', children: measures.map((m) => amountColumn('total', m)) },
    ];
  }, [years, periodYears, view, readOnly, salaryWarnings]);

  const editRequest = async (event: CellEditRequestEvent<BudgetRow>) => {
    const row = event.data;
    if (!row) return;
    const colId = event.column.getColId();
    const text = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
    if (colId === 'label') {
      if (row.kind === 'line' && row.lineId !== null) await run('budget.lines.rename', { id: row.lineId, costType: text });
      if (row.kind === 'group' && row.groupId !== null) await run('budget.groups.update', { id: row.groupId, patch: { title: text } });
      return;
    }
    const target = parseAmountColumnId(colId);
    if (!target || target.measure === 'difference' || row.kind !== 'line' || row.lineId === null) return;
    const parsed = parseKroner(text);
    if (!parsed.ok) {
      notify('error', `${row.label}, ${target.year} ${MEASURE_LABELS[target.measure].toLowerCase()}: ${parsed.message}. Intet er gemt`);
      return;
    }
    await run('budget.amounts.set', { cells: [{ lineId: row.lineId, year: target.year, measure: target.measure, value: parsed.value }] });
  };

  /** The focused cell as a paste target: its line's index and its editable column's index. */
  const focusedTarget = () => {
    const api = apiRef.current;
    const focused = api?.getFocusedCell();
    if (!api || !focused) return null;
    // The pinned total row is not among the displayed rows; it can be copied, never pasted into.
    const row = focused.rowPinned ? (focused.rowPinned === 'bottom' ? model.grand : undefined) : api.getDisplayedRowAtIndex(focused.rowIndex)?.data;
    return { api, row, colId: focused.column.getColId() };
  };

  const onPaste = async (event: ClipboardEvent<HTMLDivElement>) => {
    const target = focusedTarget();
    // While a cell is being edited, the editor takes the paste as ordinary text.
    if (!target || target.api.getEditingCells().length > 0) return;
    event.preventDefault();
    if (readOnly) {
      notify('error', 'Arbejdsbogen er skrivebeskyttet – der kan ikke sættes noget ind');
      return;
    }
    const block = parseClipboardTable(event.clipboardData.getData('text/plain'));
    const columns = pasteColumns(years, view);
    const amount = parseAmountColumnId(target.colId);
    const startColumn = amount ? columns.findIndex((c) => c.year === amount.year && c.measure === amount.measure) : -1;
    const startRow = target.row?.kind === 'line' ? model.pasteRows.findIndex((r) => r.lineId === target.row!.lineId) : -1;
    const plan = planPaste(block, { rows: model.pasteRows, columns, startRow, startColumn });
    if (!plan.ok) {
      notify('error', plan.message);
      return;
    }
    const result = await run('budget.amounts.set', { cells: plan.cells, source: 'paste' });
    if (result) notify('info', `${plan.cells.length} ${plan.cells.length === 1 ? 'celle' : 'celler'} sat ind – fortryd med Ctrl+Z`);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    const target = focusedTarget();
    if (!target || target.api.getEditingCells().length > 0) return;
    const row = target.row;
    if (!row) return;
    const value = target.colId === 'label' ? row.label : row.values[target.colId];
    event.preventDefault();
    event.clipboardData.setData('text/plain', value === null || value === undefined ? '' : typeof value === 'number' ? formatKroner(value) : value);
  };

  const rowCount = model.rows.length + 1;
  const height = rowCount <= AUTO_HEIGHT_ROWS ? 'auto' : Math.max(420, Math.min(window.innerHeight - 260, rowCount * ROW_HEIGHT + 90));

  return (
    <div className="budget-grid" onPaste={(e) => void onPaste(e)} onCopy={onCopy}>
      <DataGrid<BudgetRow>
        onGridReady={(e) => {
          apiRef.current = e.api;
        }}
        label="Budget og forbrug"
        height={height}
        rowData={model.rows}
        pinnedBottomRowData={[model.grand]}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.rowKey}
        getRowClass={(p) => `budget-row-${p.data?.kind ?? 'line'}`}
        rowHeight={ROW_HEIGHT}
        readOnlyEdit
        singleClickEdit={false}
        tooltipShowDelay={400}
        onCellEditRequest={(e) => void editRequest(e)}
        onCellFocused={(e) => {
          if (e.rowIndex === null || e.rowPinned) {
            onCurrentRow(null);
            return;
          }
          onCurrentRow(e.api.getDisplayedRowAtIndex(e.rowIndex)?.data ?? null);
        }}
        suppressColumnVirtualisation={years.length <= 6}
        autoSizeStrategy={{ type: 'fitGridWidth' }}
        onGridSizeChanged={(e) => e.api.sizeColumnsToFit()}
        onNewColumnsLoaded={(e) => e.api.sizeColumnsToFit()}
      />
    </div>
  );
}
