// Rows changed on this machine while a shared workbook's server could not be reached, waiting to
// be sent: a sheet marks them. The marks are CSS selectors by row id, so a mark coming or going
// never redraws a row – nor the cell someone is typing in.
import { useSyncExternalStore } from 'react';
import type { PendingRows } from '../../shared/api/bridge';
import type { StoredRow } from '../../shared/api/workbook-change';
import { subscribe } from '../api/client';

/** A workbook table whose waiting rows a grid marks, and the grid's row id for one (default: the row's id). */
export interface PendingRowsOf {
  table: string;
  rowKey?: (id: number, row: StoredRow | null) => string | null;
}

const NONE: PendingRows = { rows: [] };
let latest: PendingRows = NONE;
const listeners = new Set<() => void>();
let listening = false;

/** One subscription for every grid; a grid shown later still gets what is waiting now. */
function listen(): void {
  if (listening) return;
  listening = true;
  const tell = (next: PendingRows) => {
    latest = next;
    for (const listener of listeners) listener();
  };
  subscribe('workbook.pending', tell);
  // Another workbook (or the shared one read again after catching up): nothing of this waits there.
  subscribe('workbook.opened', () => tell(NONE));
}

function subscribeStore(listener: () => void): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The grid row ids of rows waiting to be sent, of the given tables. */
export function usePendingRowKeys(of: readonly PendingRowsOf[] | undefined): string[] {
  const pending = useSyncExternalStore(subscribeStore, () => latest);
  if (!of || pending.rows.length === 0) return [];
  const keys = new Set<string>();
  for (const waiting of pending.rows) {
    for (const source of of) {
      if (source.table !== waiting.table) continue;
      const key = source.rowKey ? source.rowKey(waiting.id, waiting.row) : String(waiting.id);
      if (key !== null) keys.add(key);
    }
  }
  return [...keys];
}

/** A style sheet marking those rows inside the grid whose wrapper carries data-grid-scope=scope. */
export function pendingRowsStyle(scope: string, keys: readonly string[]): string {
  if (keys.length === 0) return '';
  const quote = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
  const selectors = keys.map((key) => `[data-grid-scope=${quote(scope)}] .ag-row[row-id=${quote(key)}]`);
  return `${selectors.join(',\n')} { box-shadow: inset 4px 0 0 var(--pending-mark); background-color: var(--pending-background); }`;
}
