// What a change the server refused was, in words a person reads: which sheet, which row, which
// fields, what I sent (mine) and what is stored now (theirs) – derived from the channel and its
// input alone, through the same map of channels to tables that checks `seen` (seen-edits.ts) and
// the Danish names of tables and columns (shared/workbook-tables.ts). And the input to send it
// again with `seen` set to what is stored now, so that it is not refused as a conflict again.
import type { StoredRow } from '../../shared/api/workbook-change';
import { formatChangeValue } from '../../shared/change-values';
import { MEASURE_COLUMNS, MEASURE_LABELS, type BudgetMeasure } from '../../shared/domain/budget';
import type { RefusedChange, RefusedField } from '../../shared/domain/refused-change';
import { SHEET_NAMES } from '../../shared/sheets';
import { columnInfo, tableLabel, WORKBOOK_TABLES, type ColumnInfo } from '../../shared/workbook-tables';
import { EDITED_ROWS } from '../features/seen-edits';
import { columnName } from '../workbook/columns';
import { storedForm } from '../workbook/edit-conflicts';
import type { RefusedEntry } from './outbox';

export type RowWhere = Record<string, string | number>;

/** A stored row now; null when there is none, undefined when it could not be read. */
export type ReadRow = (table: string, where: RowWhere) => StoredRow | null | undefined;

type Input = Record<string, unknown>;

/** Rows named by these columns, in the tables other channels of the same family edit. */
const TABLE_OF_FAMILY: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(EDITED_ROWS).map(([channel, target]) => [family(channel), target!.table])),
  'meetings.attachments': 'attachment',
};

/** Input fields that are a column under another name. */
const FIELD_COLUMNS: Readonly<Record<string, string>> = { toPosition: 'position' };

/** The columns that name a row, in the order tried: "Partner «Jobcenter Gladsaxe»"; a member without a name yet by role. */
const NAMING_COLUMNS = ['title', 'name', 'text', 'cost_type', 'what', 'group_name', 'role'];

/** The last part of a channel's name says what kind of change it was. */
const ACTIONS: Readonly<Record<string, string>> = {
  add: 'ny', update: 'rettelse', rename: 'rettelse', set: 'rettelse', setStatus: 'ny status', setUnlocked: 'låst op eller låst',
  setPartners: 'partnere', stretch: 'rettelse', move: 'flytning', remove: 'sletning', decide: 'beslutning om forslag',
  undo: 'fortryd', redo: 'gentag', paste: 'indsat blok',
};

function family(channel: string): string {
  return channel.slice(0, channel.lastIndexOf('.'));
}

function actionOf(channel: string): string {
  return ACTIONS[channel.slice(channel.lastIndexOf('.') + 1)] ?? 'ændring';
}

const MAX_NAME = 60;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME)}…` : flat;
}

/** "Partner «Jobcenter Gladsaxe»", "Partner nr. 3", "Program". */
function rowSubject(table: string, row: Input | null | undefined, mine: Input, id: unknown): string {
  const label = tableLabel(table);
  if (table === 'program') return label;
  for (const column of NAMING_COLUMNS) {
    const value = row?.[column] ?? mine[column];
    if (typeof value === 'string' && value.trim()) return `${label} «${shortened(value)}»`;
  }
  return typeof id === 'number' ? `${label} nr. ${id}` : label;
}

function asInput(value: unknown): Input {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Input) : {};
}

/** A value as the sheet would show it, from what is stored. */
function shown(column: ColumnInfo, stored: unknown): string {
  return formatChangeValue(column, stored);
}

/** What the server holds now for one field: undefined row (not read) → null; no row → "(findes ikke længere)". */
function theirsOf(column: ColumnInfo, row: StoredRow | null | undefined, name: string): string | null {
  if (row === undefined) return null;
  if (row === null) return '(findes ikke længere)';
  return shown(column, row[name]);
}

/** A value stored in a column, in the form a sheet sends as `seen` (lists as arrays, yes/no as true/false, øre as kroner). */
function seenForm(column: ColumnInfo, stored: StoredRow[string] | undefined): unknown {
  if (stored === undefined || stored === null) return null;
  if (column.kind === 'list' && typeof stored === 'string') {
    try {
      const parsed: unknown = JSON.parse(stored);
      return Array.isArray(parsed) ? parsed : stored;
    } catch {
      return stored;
    }
  }
  if (column.kind === 'yesNo') return stored === 1;
  if (column.kind === 'øre' && typeof stored === 'number') return stored / 100;
  return stored;
}

interface Described {
  sheet: string | null;
  subject: string;
  fields: RefusedField[];
}

interface ChannelKind {
  describe(channel: string, input: Input, read: ReadRow): Described;
  /** The input to send again, with `seen` (where it had one) set to what is stored now. */
  withSeenNow(channel: string, input: Input, read: ReadRow): Input;
}

function sheetOf(table: string | undefined): string | null {
  const sheet = table ? WORKBOOK_TABLES[table]?.sheet : undefined;
  return sheet ? SHEET_NAMES[sheet] : null;
}

/** A change to one row's fields, found by its id (an edit, a status, a move, a removal, a new row). */
const rowChange: ChannelKind = {
  describe(channel, input, read) {
    const table = tableOfChannel(channel);
    if (!table) return { sheet: null, subject: 'Ændring', fields: [] };
    const { id, row } = targetRow(channel, input, read, table);
    const fields = editedColumns(input, table).map(({ column, value }) => {
      const info = columnInfo(table, column);
      return { label: info.label, mine: shown(info, storedForm(info, value)), theirs: id === undefined ? null : theirsOf(info, row, column) };
    });
    return { sheet: sheetOf(table), subject: rowSubject(table, row, mineColumns(input, table), id), fields };
  },
  withSeenNow(channel, input, read) {
    const table = tableOfChannel(channel);
    const seen = input.seen;
    if (!table || typeof seen !== 'object' || seen === null) return input;
    const { row } = targetRow(channel, input, read, table);
    if (!row) return input;
    const now = Object.fromEntries(
      Object.entries(seen).map(([field, value]) => {
        const column = columnName(field);
        const info = WORKBOOK_TABLES[table]?.columns[column];
        return [field, info ? seenForm(info, row[column]) : value];
      }),
    );
    return { ...input, seen: now };
  },
};

function tableOfChannel(channel: string): string | undefined {
  return (EDITED_ROWS as Record<string, { table: string } | undefined>)[channel]?.table ?? TABLE_OF_FAMILY[family(channel)];
}

function targetRow(channel: string, input: Input, read: ReadRow, table: string): { id: number | undefined; row: StoredRow | null | undefined } {
  const fixed = (EDITED_ROWS as Record<string, { id?: number } | undefined>)[channel]?.id;
  const id = fixed ?? (typeof input.id === 'number' && !channel.endsWith('.add') ? input.id : undefined);
  return { id, row: id === undefined ? null : read(table, { id }) };
}

/** The fields a change sets, as columns of its table (others – a group's initiatives – have nothing stored to compare). */
function editedColumns(input: Input, table: string): Array<{ column: string; value: unknown }> {
  const edited = input.patch !== undefined ? asInput(input.patch) : input;
  const columns = WORKBOOK_TABLES[table]?.columns ?? {};
  return Object.entries(edited)
    .filter(([field]) => field !== 'seen' && field !== 'id')
    .map(([field, value]) => ({ column: FIELD_COLUMNS[field] ?? columnName(field), value }))
    .filter(({ column }) => column in columns);
}

function mineColumns(input: Input, table: string): Input {
  return Object.fromEntries(editedColumns(input, table).map(({ column, value }) => [column, value]));
}

const AMOUNT_COLUMNS = MEASURE_COLUMNS;

interface AmountCell {
  lineId: number;
  year: number;
  measure: BudgetMeasure;
  value: number | null;
  seen?: number | null;
}

function amountCells(input: Input): AmountCell[] {
  return Array.isArray(input.cells) ? (input.cells as AmountCell[]) : [];
}

/** Budget and forbrug cells: each amount is found by its line and year. */
const budgetAmounts: ChannelKind = {
  describe(_channel, input, read) {
    const cells = amountCells(input);
    const lineName = (lineId: number) => {
      const line = read('budget_line', { id: lineId });
      return typeof line?.cost_type === 'string' && line.cost_type ? `«${shortened(line.cost_type)}»` : `linje nr. ${lineId}`;
    };
    const fields = cells.map((cell) => {
      const column = AMOUNT_COLUMNS[cell.measure];
      const info = columnInfo('budget_amount', column);
      const row = read('budget_amount', { line_id: cell.lineId, year: cell.year });
      // No amount stored for the year is an empty cell, as the sheet shows it.
      const theirs = row === undefined ? null : shown(info, row?.[column] ?? null);
      return { label: `${MEASURE_LABELS[cell.measure]} ${cell.year} for ${lineName(cell.lineId)}`, mine: shown(info, storedForm(info, cell.value)), theirs };
    });
    const lines = new Set(cells.map((c) => c.lineId));
    const subject = lines.size === 1 ? `Beløb for ${lineName([...lines][0]!)}` : 'Beløb';
    return { sheet: SHEET_NAMES.budget, subject, fields };
  },
  withSeenNow(_channel, input, read) {
    const cells = amountCells(input).map((cell) => {
      if (!('seen' in cell)) return cell;
      const row = read('budget_amount', { line_id: cell.lineId, year: cell.year });
      if (row === undefined) return cell;
      const column = AMOUNT_COLUMNS[cell.measure];
      return { ...cell, seen: seenForm(columnInfo('budget_amount', column), row?.[column]) as number | null };
    });
    return { ...input, cells };
  },
};

/** The decision on one "at", whose row is found by its item and point (it may not exist yet). */
function pointWhere(input: Input): RowWhere {
  return { item_id: Number(input.itemId), point_index: Number(input.pointIndex) };
}

/** A decision on an "at": mine beside what is stored for the point now (none stored is empty). */
const pointDecision: ChannelKind = {
  describe(_channel, input, read) {
    const where = pointWhere(input);
    const row = read('point_decision', where);
    const item = read('agenda_item', { id: where.item_id! });
    const fields = editedColumns(input, 'point_decision').map(({ column, value }) => {
      const info = columnInfo('point_decision', column);
      return { label: info.label, mine: shown(info, storedForm(info, value)), theirs: row === undefined ? null : shown(info, row?.[column] ?? null) };
    });
    const title = typeof item?.title === 'string' && item.title.trim() ? ` i «${shortened(item.title)}»` : '';
    return { sheet: SHEET_NAMES.meetings, subject: `Beslutning om ${Number(where.point_index) + 1}. "at"${title}`, fields };
  },
  withSeenNow(_channel, input, read) {
    if (typeof input.seen !== 'object' || input.seen === null) return input;
    const row = read('point_decision', pointWhere(input));
    if (row === undefined) return input;
    const now = Object.fromEntries(Object.keys(input.seen).map((field) => [field, seenForm(columnInfo('point_decision', field), row?.[field] ?? null)]));
    return { ...input, seen: now };
  },
};

interface PastedCell {
  channel: string;
  input: unknown;
  where: string;
}

function pastedCells(input: Input): PastedCell[] {
  return Array.isArray(input.cells) ? (input.cells as PastedCell[]) : [];
}

/** A pasted block: each cell is described and sent again as the channel it was typed with. */
const pastedBlock: ChannelKind = {
  describe(_channel, input, read) {
    const cells = pastedCells(input).map((cell) => ({ where: cell.where, described: kindOf(cell.channel).describe(cell.channel, asInput(cell.input), read) }));
    const fields = cells.flatMap(({ where, described }) =>
      described.fields.map((field) => ({ ...field, label: described.fields.length === 1 ? where : `${where}, ${field.label}` })),
    );
    const grid = typeof input.grid === 'string' ? input.grid : 'gitteret';
    return { sheet: cells[0]?.described.sheet ?? null, subject: `Indsat i «${grid}»`, fields };
  },
  withSeenNow(_channel, input, read) {
    const cells = pastedCells(input).map((cell) => ({ ...cell, input: kindOf(cell.channel).withSeenNow(cell.channel, asInput(cell.input), read) }));
    return { ...input, cells };
  },
};

/** Undo and redo name no row: they are what they are. */
const wholeChange: ChannelKind = {
  describe: (channel) => ({ sheet: null, subject: channel === 'workbook.undo' ? 'Fortryd' : channel === 'workbook.redo' ? 'Gentag' : 'Ændring', fields: [] }),
  withSeenNow: (_channel, input) => input,
};

function kindOf(channel: string): ChannelKind {
  if (channel === 'budget.amounts.set') return budgetAmounts;
  if (channel === 'grid.paste') return pastedBlock;
  if (channel === 'meetings.points.decide') return pointDecision;
  if (tableOfChannel(channel)) return rowChange;
  return wholeChange;
}

/** Mine as plain text: one field's value alone, several as "felt: værdi" lines. */
function mineText(fields: RefusedField[]): string {
  return fields.length === 1 ? fields[0]!.mine : fields.map((f) => `${f.label}: ${f.mine}`).join('\n');
}

/** A refused change as the Konflikter list shows it. */
export function describeRefused(entry: RefusedEntry, read: ReadRow): RefusedChange {
  const described = kindOf(entry.channel).describe(entry.channel, asInput(entry.input), read);
  return {
    callId: entry.callId,
    sheet: described.sheet,
    subject: described.subject,
    action: actionOf(entry.channel),
    fields: described.fields,
    mineText: mineText(described.fields),
    message: entry.message,
    at: entry.at,
    refusedAt: entry.refusedAt,
  };
}

/** The refused change's input to send again, having seen what is stored now. */
export function withSeenNow(entry: RefusedEntry, read: ReadRow): unknown {
  return kindOf(entry.channel).withSeenNow(entry.channel, asInput(entry.input), read);
}

/** The rows describing and sending again these changes read, each once. */
export function rowsToRead(entries: readonly RefusedEntry[]): Array<{ table: string; where: RowWhere }> {
  const wanted = new Map<string, { table: string; where: RowWhere }>();
  const record: ReadRow = (table, where) => {
    wanted.set(rowKey(table, where), { table, where });
    return undefined;
  };
  for (const entry of entries) {
    describeRefused(entry, record);
    withSeenNow(entry, record);
  }
  return [...wanted.values()];
}

export function rowKey(table: string, where: RowWhere): string {
  return JSON.stringify([table, Object.entries(where).sort(([a], [b]) => a.localeCompare(b))]);
}
