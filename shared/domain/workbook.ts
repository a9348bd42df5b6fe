import type { SheetId } from '../sheets';
import type { UserProfile } from './user';

/** What the window needs to know about the open workbook. */
export interface WorkbookInfo {
  path: string;
  fileName: string;
  title: string;
  readOnly: boolean;
  readOnlyReason: string | null;
  /** Set when someone else has (or seemed to have) the workbook open for writing. */
  lock?: LockNotice | null;
  /** 'network': on a shared drive, where the workbook is journalled without WAL. */
  storage?: 'local' | 'network';
  /** Set when the workbook is a shared one on a server (the app holds the connection). */
  shared?: { server: string; host: string } | null;
}

/**
 * Why the workbook is not ours to write. 'stale' means the lock looks abandoned (a crash):
 * the window asks whether to take it over (channel workbook.lock.takeOver).
 */
export interface LockNotice {
  state: 'held' | 'stale' | 'unwritable';
  user: string | null;
  machine: string | null;
  /** ISO timestamp: since when the other user has had it open. */
  since: string | null;
  /** Danish, ready to show. */
  message: string;
}

export interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
  /** Danish description of what Fortryd would undo, e.g. "Ændr indsats 1: titel". */
  undoLabel: string | null;
  redoLabel: string | null;
}

/** The answer to Fortryd and Gentag: the new undo state and what was undone or redone. */
export interface UndoOutcome extends UndoState {
  /** The change's own description ("Ret budget 2021 for Løn til 500.000 kr.") and the sheets it touched. */
  replayed: { description: string; sheets: SheetId[] };
}

export interface AppState {
  user: UserProfile | null;
  workbook: WorkbookInfo | null;
  undo: UndoState;
  recentFiles: string[];
}

export interface ChangeLogEntry {
  setId: number;
  at: string;
  author: string;
  description: string;
  kind: 'edit' | 'undo' | 'redo';
  /** The sheets whose tables the set changed, in tab order. */
  sheets: SheetId[];
  changes: ChangeLogDetail[];
}

export interface ChangeLogDetail {
  table: string;
  rowId: number;
  /** Danish summary "felt: før → efter" per changed field. */
  summary: string;
}

export interface CheckProblem {
  severity: 'fejl' | 'advarsel';
  area: string;
  message: string;
}

export interface CheckReport {
  sound: boolean;
  problems: CheckProblem[];
}
