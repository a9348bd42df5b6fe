import { useEffect, useMemo, useRef, type ClipboardEvent } from 'react';
import type { CellClassParams, GridApi, ColDef, ColGroupDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import { parseCellAmount } from '../../../shared/budget-amount-text';
import { parseClipboardTable, planPaste, type PasteTarget } from '../../../shared/budget-paste';
import { DEFAULT_FORECAST_TOOLTIP, type Deviation } from '../../../shared/budget-forecast';
import { MEASURE_LABELS, type BudgetProblem } from '../../../shared/domain/budget';
import { formatKroner, formatKronerExact } from '../../../shared/money';
import { useNotifier } from '../../app/notifications';
import { cellOutcome, seenField } from '../../grid/cell-edits';
import { DataGrid, type CellCommitOutcome, type CellEdit, type GridHandle } from '../../grid/DataGrid';
import type { PendingRowsOf } from '../../grid/pending-rows';
import {
  amountColumnId, measuresShown, parseAmountColumnId, pasteColumnOf, pasteRowOf, storedShown, type BudgetGridModel, type BudgetRow, type BudgetView, type ColumnMeasure,
} from './budget-rows';
import { deviationTooltip } from './deviation-text';

interface Props {
  model: BudgetGridModel;
  years: number[];
  periodYears: Set<number>;
  problems: BudgetProblem[];
  /** Lines' years whose prognose asks for an afvigelsesforklaring (see DeviationsCard). */
  deviations: readonly Deviation[];
  view: BudgetView;
  readOnly: boolean;
  /** The budget column and the lines' names are read-only, but spending (forbrug) may be typed (Social innovator). */
  budgetReadOnly?: boolean;
  onCurrentRow: (row: BudgetRow | null) => void;
}

/** Room for a line name over two lines. */
const ROW_HEIGHT = 38;
/** Wide enough for "12.345.678" in bold; the grid spreads spare width over the columns (øre make some wider). */
const AMOUNT_WIDTH = 72;
/** "Difference" and "Disponeret" in the header are wider than the figures; headers never break inside a word. */
const DIFFERENCE_WIDTH = 86;
const WIDE_HEADERS: ReadonlySet<ColumnMeasure> = new Set(['difference', 'committed']);
/** Lines (and their amounts) and groups changed offline, by the grid's row keys (budget-rows.ts). */
const BUDGET_PENDING_ROWS: readonly PendingRowsOf[] = [
  { table: 'budget_line', rowKey: (id) => `line-${id}` },
  { table: 'budget_amount', rowKey: (_id, row) => (row?.line_id == null ? null : `line-${row.line_id}`) },
  { table: 'budget_group', rowKey: (id) => `group-${id}` },
];

const LABEL_WIDTH = 250;
/** A group's subtotal name ("I alt – Indsats 3 – Det gode forældresamarbejde") still fits on two lines. */
const LABEL_MIN_WIDTH = 200;
/** Beyond this many rows the grid scrolls inside itself instead of growing with the page. */
const AUTO_HEIGHT_ROWS = 40;

/** Budget in whole kroner; forbrug, differences and totals with øre when they have any. */
function formatAmount(params: ValueFormatterParams<BudgetRow>): string {
  const value = params.value as number | string | null | undefined;
  if (typeof value === 'string') return value;
  return value === null || value === undefined ? '' : formatKronerExact(value);
}

function keyOf(columns: Set<string>): string {
  return [...columns].sort().join(' ');
}

/**
 * The sheet as the user sees it at this moment, for a paste: every displayed row in display
 * order (the pinned grand total last) and every displayed column, with the focused cell's place.
 */
function displayedPasteTarget(api: GridApi<BudgetRow>): PasteTarget | null {
  const focused = api.getFocusedCell();
  if (!focused) return null;
  const displayed: BudgetRow[] = [];
  for (let i = 0; i < api.getDisplayedRowCount(); i++) {
    const data = api.getDisplayedRowAtIndex(i)?.data;
    if (data) displayed.push(data);
  }
  const pinned: BudgetRow[] = [];
  for (let i = 0; i < api.getPinnedBottomRowCount(); i++) {
    const data = api.getPinnedBottomRow(i)?.data;
    if (data) pinned.push(data);
  }
  const colIds = api.getAllDisplayedColumns().map((c) => c.getColId());
  const startRow = focused.rowPinned === 'bottom' ? displayed.length + focused.rowIndex : focused.rowPinned ? -1 : focused.rowIndex;
  return {
    rows: [...displayed, ...pinned].map(pasteRowOf),
    columns: colIds.map(pasteColumnOf),
    startRow,
    startColumn: colIds.indexOf(focused.column.getColId()),
  };
}

/** The Økonomi sheet's grid: typed amounts, computed totals, paste and copy of cells. */
export function BudgetGrid({ model, years, periodYears, problems, deviations, view, readOnly, budgetReadOnly = false, onCurrentRow }: Props) {
  const { run, notify, attempt } = useNotifier();
  const apiRef = useRef<GridApi<BudgetRow> | null>(null);
  const gridRef = useRef<GridHandle | null>(null);
  // Read by a cell class rule; when a column gains or loses øre, every cell in it is restyled,
  // not only the rows whose data changed – through the grid, which leaves a cell being edited
  // alone (refreshed as Enter opened it, the editor never got the focus and the keys were lost).
  const oreColumns = useRef(model.oreColumns);
  useEffect(() => {
    const changed = keyOf(oreColumns.current) !== keyOf(model.oreColumns);
    oreColumns.current = model.oreColumns;
    if (changed) gridRef.current?.repaintAll();
  }, [model.oreColumns]);

  // Column widths follow the widest figure; the columns are rebuilt only when a width changes.
  const widthsKey = JSON.stringify(Object.fromEntries(Object.entries(model.widths).map(([colId, width]) => [colId, Math.max(width, AMOUNT_WIDTH)])));
  const columnWidths = useMemo(() => JSON.parse(widthsKey) as Record<string, number>, [widthsKey]);

  // Salary cells that do not match the employment: "lineId:year" → what the employment costs.
  const salaryWarnings = useMemo(() => {
    const map = new Map<string, number>();
    for (const p of problems) if (p.kind === 'salary' && p.lineId !== undefined && p.year !== undefined) map.set(`${p.lineId}:${p.year}`, p.expected ?? 0);
    return map;
  }, [problems]);

  // Prognose cells that ask for an explanation: "lineId:year" → the deviation. Keyed by its text
  // like the widths, so a typed figure that changes no deviation does not rebuild the columns.
  const deviationKey = JSON.stringify(deviations);
  const deviationMap = useMemo(() => new Map((JSON.parse(deviationKey) as Deviation[]).map((d) => [`${d.lineId}:${d.year}`, d])), [deviationKey]);

  const columnDefs = useMemo<Array<ColDef<BudgetRow> | ColGroupDef<BudgetRow>>>(() => {
    const amountColumn = (year: number | 'total', measure: ColumnMeasure): ColDef<BudgetRow> => {
      const colId = amountColumnId(year, measure);
      const editable = year !== 'total' && measure !== 'difference' && !readOnly && !(budgetReadOnly && measure === 'budget');
      const width = Math.max(columnWidths[colId] ?? AMOUNT_WIDTH, WIDE_HEADERS.has(measure) ? DIFFERENCE_WIDTH : AMOUNT_WIDTH);
      const deviationOf = (row: BudgetRow | undefined) => (measure === 'forecast' && year !== 'total' && row?.kind === 'line' ? deviationMap.get(`${row.lineId}:${year}`) : undefined);
      return {
        colId,
        headerName: MEASURE_LABELS[measure],
        width,
        minWidth: width,
        type: 'rightAligned',
        cellDataType: false,
        pinned: year === 'total' ? 'right' : undefined,
        valueGetter: (p) => p.data?.values[colId] ?? null,
        // The typed amount shows at once, while the workbook stores it; the sheet's next rows replace it.
        valueSetter: (p) => {
          if (!p.data) return false;
          if (measure === 'difference') return false;
          const parsed = parseCellAmount(measure, p.newValue === null || p.newValue === undefined ? '' : String(p.newValue as string));
          // Unreadable text is handed on as typed, for storeCell to refuse in Danish; the grid keeps it in the cell, marked.
          p.data.values = { ...p.data.values, [colId]: parsed.ok ? parsed.value : (String(p.newValue) as unknown as number) };
          // A typed prognose is the user's own until the stored rows say otherwise (cleared: the default again).
          if (p.data.defaults?.includes(colId)) p.data.defaults = p.data.defaults.filter((c) => c !== colId);
          return true;
        },
        valueFormatter: formatAmount,
        editable: editable ? (p) => p.data?.kind === 'line' : false,
        cellEditor: 'agTextCellEditor',
        cellEditorParams: { useFormatter: true },
        headerClass: measure === 'difference' ? 'budget-header-difference' : undefined,
        cellClassRules: {
          'amount-negative': (p: CellClassParams<BudgetRow>) => measure === 'difference' && typeof p.value === 'number' && p.value < 0,
          'amount-input': (p: CellClassParams<BudgetRow>) => editable && p.data?.kind === 'line',
          'amount-computed': () => measure === 'difference' || year === 'total',
          // An untyped prognose shows forbrug + disponeret, muted and italic, so it reads as computed.
          'amount-default': (p: CellClassParams<BudgetRow>) => !!p.data?.defaults?.includes(colId),
          'deviation-missing': (p: CellClassParams<BudgetRow>) => deviationOf(p.data)?.note === '',
          'deviation-explained': (p: CellClassParams<BudgetRow>) => !!deviationOf(p.data)?.note,
          'amount-whole-among-ore': (p: CellClassParams<BudgetRow>) => typeof p.value === 'number' && Number.isInteger(p.value) && oreColumns.current.has(colId),
          'amount-warning': (p: CellClassParams<BudgetRow>) =>
            measure === 'budget' && year !== 'total' && p.data?.kind === 'line' && salaryWarnings.has(`${p.data.lineId}:${year}`),
        },
        tooltipValueGetter: (p: ITooltipParams<BudgetRow>) => {
          if (measure === 'budget' && year !== 'total' && p.data?.kind === 'line') {
            const expected = salaryWarnings.get(`${p.data.lineId}:${year}`);
            if (expected !== undefined) return `Ansættelsen koster ${formatKroner(expected)} kr. i ${year}`;
          }
          const deviation = deviationOf(p.data);
          if (deviation) return deviationTooltip(deviation, !!p.data?.defaults?.includes(colId));
          if (p.data?.defaults?.includes(colId)) return DEFAULT_FORECAST_TOOLTIP;
          if (measure === 'difference' && typeof p.value === 'number' && p.value < 0) return 'Prognosen overstiger budgettet';
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
        minWidth: LABEL_MIN_WIDTH,
        editable: readOnly || budgetReadOnly ? false : (p) => p.data?.kind === 'line' || p.data?.kind === 'group',
        cellClass: (p) => `budget-label budget-label-${p.data?.kind ?? 'line'}`,
        tooltipValueGetter: (p) => (p.data?.kind === 'line' || p.data?.kind === 'group' ? p.data.label : undefined),
      },
      ...yearGroups,
      { groupId: 'total', headerName: 'I alt', headerClass: 'budget-year-header budget-total-header', children: measures.map((m) => amountColumn('total', m)) },
    ];
  }, [years, periodYears, view, readOnly, budgetReadOnly, salaryWarnings, deviationMap, columnWidths]);

  const storeCell = async (event: CellEdit<BudgetRow>): Promise<CellCommitOutcome> => {
    const row = event.data;
    if (!row) return;
    const colId = event.column.getColId();
    const text = event.newValue === null || event.newValue === undefined ? '' : String(event.newValue);
    if (colId === 'label') {
      const result =
        row.kind === 'line' && row.lineId !== null ? await attempt('budget.lines.rename', { id: row.lineId, costType: text, seen: seenField(event, 'costType', (shown) => shown.label) })
        : row.kind === 'group' && row.groupId !== null ? await attempt('budget.groups.update', { id: row.groupId, patch: { title: text }, seen: seenField(event, 'title', (shown) => shown.label) })
        : undefined;
      return result ? cellOutcome(result) : undefined;
    }
    const target = parseAmountColumnId(colId);
    if (!target || target.measure === 'difference' || row.kind !== 'line' || row.lineId === null) return;
    // The valueSetter has already read a number; text is what it could not read.
    const parsed = typeof event.newValue === 'number' ? { ok: true as const, value: event.newValue } : parseCellAmount(target.measure, text);
    if (!parsed.ok) {
      const message = `${row.label}, ${target.year} ${MEASURE_LABELS[target.measure].toLowerCase()}: ${parsed.message}`;
      notify('error', `${message}. Intet er gemt`);
      return { refused: message };
    }
    // The amount as the sheet last showed it (a refused text in the cell is not what is stored).
    const shown = event.shown ? storedShown(event.shown, colId) : undefined;
    const seen = typeof shown === 'number' || shown === null ? { seen: shown } : {};
    const result = await attempt('budget.amounts.set', { cells: [{ lineId: row.lineId, year: target.year, measure: target.measure, value: parsed.value, ...seen }] });
    return cellOutcome(result);
  };

  /** The focused cell and its row (the pinned total row too, which can be copied, never pasted into). */
  const focusedCell = () => {
    const api = apiRef.current;
    const focused = api?.getFocusedCell();
    if (!api || !focused) return null;
    const row = focused.rowPinned ? (focused.rowPinned === 'bottom' ? model.grand : undefined) : api.getDisplayedRowAtIndex(focused.rowIndex)?.data;
    return { api, row, colId: focused.column.getColId() };
  };

  const onPaste = async (event: ClipboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    // While a cell is being edited, the editor takes the paste as ordinary text.
    if (!api || !api.getFocusedCell() || api.getEditingCells().length > 0) return;
    event.preventDefault();
    if (readOnly) {
      notify('error', 'Arbejdsbogen er skrivebeskyttet – der kan ikke sættes noget ind');
      return;
    }
    const target = displayedPasteTarget(api);
    if (!target) return;
    const plan = planPaste(parseClipboardTable(event.clipboardData.getData('text/plain')), target);
    if (!plan.ok) {
      notify('error', plan.message);
      return;
    }
    const result = await run('budget.amounts.set', { cells: plan.cells, source: 'paste' });
    if (result) notify('info', `${plan.cells.length} ${plan.cells.length === 1 ? 'celle' : 'celler'} sat ind: ${plan.where} – fortryd med Ctrl+Z`);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    const target = focusedCell();
    if (!target || target.api.getEditingCells().length > 0) return;
    const row = target.row;
    if (!row) return;
    const value = target.colId === 'label' ? row.label : row.values[target.colId];
    event.preventDefault();
    event.clipboardData.setData('text/plain', value === null || value === undefined ? '' : typeof value === 'number' ? formatKronerExact(value) : value);
  };

  const rowCount = model.rows.length + 1;
  const height = rowCount <= AUTO_HEIGHT_ROWS ? 'auto' : Math.max(420, Math.min(window.innerHeight - 260, rowCount * ROW_HEIGHT + 90));

  return (
    <div className="budget-grid" onPaste={(e) => void onPaste(e)} onCopy={onCopy}>
      <DataGrid<BudgetRow>
        pendingRows={BUDGET_PENDING_ROWS}
        onGridReady={(e) => {
          apiRef.current = e.api;
        }}
        onHandle={(handle) => {
          gridRef.current = handle;
        }}
        label="Budget og forbrug"
        height={height}
        rowData={model.rows}
        pinnedBottomRowData={[model.grand]}
        columnDefs={columnDefs}
        getRowId={(p) => p.data.rowKey}
        getRowClass={(p) => `budget-row-${p.data?.kind ?? 'line'}`}
        rowHeight={ROW_HEIGHT}
        singleClickEdit={false}
        tooltipShowDelay={400}
        onCellValueChanged={storeCell}
        pasteCells={false}
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
