import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { collapseChangedRows, type WorkbookChange } from '../../shared/api/workbook-change';
import type { UndoState } from '../../shared/domain/workbook';
import { recordAppliedCall } from './applied-calls';
import { loadChanges, recordChangeSet } from './change-sets';
import { UserFacingError } from './errors';
import { FILE_GONE_MESSAGE, fileIdentity, settleChangedFile } from './file-identity';
import type { StorageKind } from './location';
import { openReaderConnection, readerSourceOf, type ReaderSource } from './reader-source';
import { assertNoOneElseSince } from './replay-conflicts';
import { openSnapshotConnection } from './snapshot';
import { SchemaInfo, Transaction, type RowChange } from './transaction';
import { UndoHistories, type ChangeSetRecord } from './undo-history';
import { createWorkbookFile, openWorkbookConnection, type WorkbookOptions } from './workbook-connection';

// Callers import these from here, as before the workbook's parts moved to their own modules.
export type { ReaderSource } from './reader-source';
export type { WorkbookOptions } from './workbook-connection';

export type ChangeEvent = WorkbookChange;

/** What an undo or redo did: the undo state after it, and the change it undid or redid. */
export interface Replayed {
  state: UndoState;
  change: ChangeEvent;
}

/**
 * An open workbook file. All writes go through mutate(), which validates nothing itself (the
 * handlers do) but guarantees: one transaction, a change-log row per changed row, an undo entry.
 */
export class Workbook {
  private readonly schema: SchemaInfo;
  /** Fortryd and Gentag, each author's own (see UndoHistories). */
  private readonly histories = new UndoHistories();
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  /** The transaction of the mutate() now running; a mutate() inside it joins it (see mutate). */
  private running: Transaction | null = null;
  /** The client's id of the call now running (see duringCall); recorded with the change it makes. */
  private callId: string | null = null;
  /** The file this connection writes to, as opened: a write first checks the path still names it. */
  private readonly identity: string | null;

  private constructor(
    readonly db: Database.Database,
    readonly filePath: string,
    readonly readOnly: boolean,
    readonly readOnlyReason: string | null,
    readonly storage: StorageKind = 'local',
    private readonly beforeWrite: (() => void) | undefined = undefined,
    /** Set for a read-only snapshot: the local folder holding the copy, removed on close. */
    private readonly snapshotDir: string | null = null,
    /** The better-sqlite3 build this workbook was opened with; a worker thread opens its image with the same. */
    readonly nativeBinding: string | undefined = undefined,
  ) {
    this.schema = new SchemaInfo(db);
    this.identity = readOnly ? null : fileIdentity(filePath);
  }

  get isSnapshot(): boolean {
    return this.snapshotDir !== null;
  }

  /** Creates a new, empty workbook file with the latest schema. Refuses to overwrite. */
  static create(filePath: string, options: WorkbookOptions = {}): Workbook {
    createWorkbookFile(filePath, options.nativeBinding);
    return Workbook.open(filePath, options);
  }

  /** Opens a workbook, refusing foreign, damaged and newer files untouched. Migrates after a backup. */
  static open(filePath: string, options: WorkbookOptions = {}): Workbook {
    return openWorkbookConnection(filePath, options, (db, storage) => new Workbook(
      db, filePath, options.readOnly ?? false,
      options.readOnly ? (options.readOnlyReason ?? 'Filen er åbnet skrivebeskyttet') : null,
      storage, options.beforeWrite, null, options.nativeBinding,
    ));
  }

  /**
   * Opens a read-only copy taken to a local temporary folder. Used where the file itself cannot
   * be read in place: on a network drive while its writer holds SQLite's exclusive lock, or in a
   * read-only folder that cannot hold SQLite's side files. A copy torn by a write in progress
   * fails the integrity check and is taken again.
   */
  static openSnapshot(filePath: string, options: WorkbookOptions = {}): Workbook {
    return openSnapshotConnection(filePath, options.nativeBinding, (db, dir) =>
      new Workbook(db, filePath, true, options.readOnlyReason ?? 'Filen er åbnet skrivebeskyttet', options.storage ?? 'local', undefined, dir, options.nativeBinding));
  }

  /**
   * Where another thread can read this workbook from (a Word document is made in a worker): the
   * database file itself, which WAL lets a second, read-only connection read while this one goes
   * on writing; or, on a network drive, where this connection holds SQLite's lock exclusively, an
   * image of the whole database (SQLite's serialize), taken between two changes.
   */
  readerSource(): ReaderSource {
    return readerSourceOf(this.db, this.storage);
  }

  /** A read-only workbook over a readerSource(), for reading only (in a worker thread). */
  static openReader(source: ReaderSource, filePath: string, options: Pick<WorkbookOptions, 'nativeBinding'> = {}): Workbook {
    const { nativeBinding } = options;
    const db = openReaderConnection(source, nativeBinding);
    return new Workbook(db, filePath, true, 'Læses til et Word-dokument', 'local', undefined, null, nativeBinding);
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  close(): void {
    if (this.db.open && this.fileChanged()) settleChangedFile(this.db, this.storage);
    if (this.db.open) this.db.close();
    if (this.snapshotDir) fs.rmSync(this.snapshotDir, { recursive: true, force: true });
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The one mutation path: fn runs in a transaction; its row changes are logged and undoable.
   * A mutate() called while another runs (a pasted block running each cell's own handler) joins
   * the outer one: its rows land in the outer change, so the block is one change and one undo
   * step, and a refusal anywhere in it rolls back every cell.
   */
  mutate<T>(author: string, description: string, fn: (tx: Transaction) => T): T {
    if (this.running) return fn(this.running);
    this.assertWritable();
    const tx = new Transaction(this.db, this.schema);
    const run = this.db.transaction(() => {
      const result = fn(tx);
      if (isPromiseLike(result)) throw new Error('A mutation must finish inside its transaction; it answered a promise');
      const setId = tx.changes.length ? recordChangeSet(this.db, author, description, 'edit', tx.changes) : null;
      if (setId !== null) this.recordCallOnce();
      return { result, setId };
    });
    this.running = tx;
    let outcome: { result: T; setId: number | null };
    try {
      outcome = run.immediate();
    } finally {
      this.running = null;
    }
    const { result, setId } = outcome;
    if (setId !== null) {
      this.histories.recordEdit(author, { id: setId, description });
      this.emit(description, tx.changes);
    }
    return result;
  }

  /**
   * Runs the synchronous part of a client's call with its id: the first change it makes records
   * the id in the same transaction (applied_call), so the call is known as applied exactly when
   * its change is stored. A call that changes nothing records nothing (sending it again is harmless).
   */
  duringCall<T>(callId: string, run: () => T): T {
    this.callId = callId;
    try {
      return run();
    } finally {
      this.callId = null;
    }
  }

  /** Inside a change's transaction: the running client call (if any) is applied with it. */
  private recordCallOnce(): void {
    if (this.callId === null) return;
    recordAppliedCall(this.db, this.callId, new Date().toISOString());
    this.callId = null;
  }

  /**
   * Undoes the author's own newest change; says which (its own description) and which tables it
   * touched. Refused, and kept for later, when someone else has changed the same rows since.
   */
  undo(author: string): Replayed {
    const history = this.histories.of(author);
    const entry = history.undo.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at fortryde');
    this.assertReplayable(author, entry, 'backward');
    const replayed = this.replay(author, entry, 'backward');
    history.undo.pop();
    history.redo.push(entry);
    return { state: this.undoState(author), change: { ...replayed, description: entry.description } };
  }

  redo(author: string): Replayed {
    const history = this.histories.of(author);
    const entry = history.redo.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at gentage');
    this.assertReplayable(author, entry, 'forward');
    const replayed = this.replay(author, entry, 'forward');
    history.redo.pop();
    history.undo.push(entry);
    return { state: this.undoState(author), change: { ...replayed, description: entry.description } };
  }

  /** Used after creating a workbook: its seed is not something to undo. */
  forgetUndoHistory(): void {
    this.histories.clear();
  }

  /** The app's user took another name or role: their changes so far stay theirs to undo. */
  renameAuthor(from: string, to: string): void {
    this.histories.rename(from, to);
  }

  undoState(author: string): UndoState {
    return this.histories.state(author);
  }

  /** Refuses to replay over rows someone else has changed since, counting the author's former names as theirs. */
  private assertReplayable(author: string, entry: ChangeSetRecord, direction: 'backward' | 'forward'): void {
    assertNoOneElseSince(this.db, [author, ...this.histories.of(author).formerNames], entry, direction);
  }

  /** Plays a change set back or forward as a new change set; returns what it told the listeners. */
  private replay(author: string, entry: ChangeSetRecord, direction: 'backward' | 'forward'): ChangeEvent {
    this.assertWritable();
    const recorded = loadChanges(this.db, entry.id);
    const ordered = direction === 'backward' ? [...recorded].reverse() : recorded;
    const tx = new Transaction(this.db, this.schema);
    const description = `${direction === 'backward' ? 'Fortryd' : 'Gentag'}: ${entry.description}`;
    this.db.transaction(() => {
      // Rows come back in recorded order; checking keys at commit spares us sorting them.
      this.db.pragma('defer_foreign_keys = ON');
      for (const change of ordered) tx.restore(change, direction);
      recordChangeSet(this.db, author, description, direction === 'backward' ? 'undo' : 'redo', tx.changes);
      this.recordCallOnce();
    }).immediate();
    return this.emit(description, tx.changes);
  }

  /** Tells the listeners which tables and rows changed (see WorkbookChange). */
  private emit(description: string, changes: RowChange[]): ChangeEvent {
    const event = { description, tables: [...new Set(changes.map((c) => c.table))], rows: collapseChangedRows(changes) };
    for (const listener of this.listeners) listener(event);
    return event;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new UserFacingError('read_only', `Arbejdsbogen er skrivebeskyttet: ${this.readOnlyReason ?? ''}`.trim());
    // One stat per write: a file moved, deleted or replaced under us would take every edit
    // written from now on with it (or we would write into someone else's file).
    if (this.fileChanged()) {
      settleChangedFile(this.db, this.storage);
      throw new UserFacingError('read_only', FILE_GONE_MESSAGE);
    }
    this.beforeWrite?.();
  }

  /** Whether the path no longer names the file this writer opened (moved, deleted, replaced). */
  private fileChanged(): boolean {
    return !this.readOnly && fileIdentity(this.filePath) !== this.identity;
  }

}

function isPromiseLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
