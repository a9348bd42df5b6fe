import type { UndoState } from '../../shared/domain/workbook';

/** One change set on an undo or redo stack: its id in change_set and what it was called. */
export interface ChangeSetRecord {
  id: number;
  description: string;
}

/**
 * One person's Fortryd and Gentag. On the server several members edit one workbook, and Ctrl+Z
 * must undo the caller's own last change, never someone else's; the app has just one of these.
 */
export interface UndoHistory {
  undo: ChangeSetRecord[];
  redo: ChangeSetRecord[];
  /** Names this person's earlier changes were recorded under (a local user renamed meanwhile). */
  formerNames: Set<string>;
}

const MAX_UNDO_DEPTH = 500;

/** Each author's own undo and redo, keyed by the name their changes are recorded under. */
export class UndoHistories {
  private readonly byAuthor = new Map<string, UndoHistory>();

  of(author: string): UndoHistory {
    let history = this.byAuthor.get(author);
    if (!history) {
      history = { undo: [], redo: [], formerNames: new Set() };
      this.byAuthor.set(author, history);
    }
    return history;
  }

  /** A new edit can be undone; what was undone before it can no longer be redone. */
  recordEdit(author: string, entry: ChangeSetRecord): void {
    const history = this.of(author);
    history.undo.push(entry);
    if (history.undo.length > MAX_UNDO_DEPTH) history.undo.shift();
    history.redo = [];
  }

  clear(): void {
    this.byAuthor.clear();
  }

  /**
   * The app's user took another name or role: their changes so far stay theirs to undo, and
   * changes recorded under the old name are not taken for someone else's.
   */
  rename(from: string, to: string): void {
    const history = this.byAuthor.get(from);
    if (from === to || !history) return;
    this.byAuthor.delete(from);
    const existing = this.byAuthor.get(to);
    history.formerNames.add(from);
    if (existing) for (const name of existing.formerNames) history.formerNames.add(name);
    this.byAuthor.set(to, history);
  }

  state(author: string): UndoState {
    const history = this.byAuthor.get(author);
    return {
      canUndo: (history?.undo.length ?? 0) > 0,
      canRedo: (history?.redo.length ?? 0) > 0,
      undoLabel: history?.undo.at(-1)?.description ?? null,
      redoLabel: history?.redo.at(-1)?.description ?? null,
    };
  }
}
