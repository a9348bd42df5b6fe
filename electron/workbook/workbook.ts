import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { collapseChangedRows, type WorkbookChange } from '../../shared/api/workbook-change';
import type { UndoState } from '../../shared/domain/workbook';
import { copyClosedFileBeside } from './backup';
import { RefusedFileError, UserFacingError } from './errors';
import { inspectWorkbookFile, inspectWorkbookFileForWriting, WORKBOOK_APPLICATION_ID } from './file-format';
import type { StorageKind } from './location';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { assertExpectedSchema, openDatabase } from './schema';
import { recordAppliedCall } from './applied-calls';
import { SchemaInfo, Transaction, type Row, type RowChange } from './transaction';

export interface WorkbookOptions {
  /** Path of better-sqlite3's native module built for Electron (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  readOnly?: boolean;
  readOnlyReason?: string;
  /**
   * 'local' (default): WAL journal. 'network': a rollback journal with SQLite's lock held
   * exclusively for as long as the workbook is open, since WAL is unsafe on network file systems.
   */
  storage?: StorageKind;
  /** Runs before every write and may throw to refuse it (e.g. the lock file was taken over). */
  beforeWrite?: () => void;
}

export type ChangeEvent = WorkbookChange;

/** Where a reader in another thread finds the workbook: see Workbook.readerSource(). */
export type ReaderSource = { kind: 'file'; path: string } | { kind: 'image'; image: Uint8Array };

/** What an undo or redo did: the undo state after it, and the change it undid or redid. */
export interface Replayed {
  state: UndoState;
  change: ChangeEvent;
}

interface ChangeSetRecord {
  id: number;
  description: string;
}

/**
 * One person's Fortryd and Gentag. On the server several members edit one workbook, and Ctrl+Z
 * must undo the caller's own last change, never someone else's; the app has just one of these.
 */
interface UndoHistory {
  undo: ChangeSetRecord[];
  redo: ChangeSetRecord[];
  /** Names this person's earlier changes were recorded under (a local user renamed meanwhile). */
  formerNames: Set<string>;
}

const MAX_UNDO_DEPTH = 500;

const FILE_GONE_MESSAGE =
  'Arbejdsbogens fil er flyttet, slettet eller erstattet, mens den var åben, så ændringen blev ikke gemt. ' +
  'Gem arbejdsbogen, som den står, med Filer → Gem kopi som…, og åbn kopien';

/** Which file a path names (device and inode), or null when it names none. */
function fileIdentity(filePath: string): string | null {
  try {
    const stat = fs.statSync(filePath, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * An open workbook file. All writes go through mutate(), which validates nothing itself (the
 * handlers do) but guarantees: one transaction, a change-log row per changed row, an undo entry.
 */
export class Workbook {
  private readonly schema: SchemaInfo;
  /** Each author's own undo and redo, keyed by the name their changes are recorded under. */
  private readonly histories = new Map<string, UndoHistory>();
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
    if (fs.existsSync(filePath)) {
      throw new UserFacingError('refused', `Filen "${path.basename(filePath)}" findes allerede og overskrives ikke`);
    }
    // Build in a temporary file and move it into place, so a failed creation leaves nothing behind.
    const temporary = `${filePath}.opretter-${process.pid}`;
    try {
      const db = openDatabase(temporary, { nativeBinding: options.nativeBinding });
      try {
        db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
        migrate(db, 0);
      } finally {
        db.close();
      }
      fs.renameSync(temporary, filePath);
    } catch (error) {
      for (const file of [temporary, `${temporary}-journal`]) fs.rmSync(file, { force: true });
      throw error;
    }
    return Workbook.open(filePath, options);
  }

  /** Opens a workbook, refusing foreign, damaged and newer files untouched. Migrates after a backup. */
  static open(filePath: string, options: WorkbookOptions = {}): Workbook {
    const inspect = options.readOnly ? inspectWorkbookFile : inspectWorkbookFileForWriting;
    const { schemaVersion } = inspect(filePath, options.nativeBinding);
    if (schemaVersion < LATEST_SCHEMA_VERSION) {
      if (options.readOnly) {
        throw new RefusedFileError(`Filen "${path.basename(filePath)}" skal opgraderes og kan ikke åbnes skrivebeskyttet`);
      }
      copyClosedFileBeside(filePath, `før opgradering fra v${schemaVersion}`, new Date(), options.nativeBinding);
    }
    const storage = options.storage ?? 'local';
    const db = openDatabase(filePath, { readonly: options.readOnly ?? false, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('busy_timeout = 5000');
      // Again on this connection: the file may have been swapped since it was inspected.
      assertExpectedSchema(db, schemaVersion, path.basename(filePath), options.nativeBinding);
      if (!options.readOnly) configureWriter(db, storage, path.basename(filePath));
      db.pragma('foreign_keys = ON');
      if (schemaVersion < LATEST_SCHEMA_VERSION) migrate(db, schemaVersion);
      return new Workbook(
        db, filePath, options.readOnly ?? false,
        options.readOnly ? (options.readOnlyReason ?? 'Filen er åbnet skrivebeskyttet') : null,
        storage, options.beforeWrite, null, options.nativeBinding,
      );
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /**
   * Opens a read-only copy taken to a local temporary folder. Used where the file itself cannot
   * be read in place: on a network drive while its writer holds SQLite's exclusive lock, or in a
   * read-only folder that cannot hold SQLite's side files. A copy torn by a write in progress
   * fails the integrity check and is taken again.
   */
  static openSnapshot(filePath: string, options: WorkbookOptions = {}): Workbook {
    const name = path.basename(filePath);
    let lastError: unknown = null;
    for (let attempt = 0; attempt < 5; attempt++) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'arbejdsbogen-kopi-'));
      const copy = path.join(dir, name);
      try {
        const before = fs.statSync(filePath);
        fs.copyFileSync(filePath, copy);
        for (const side of ['-wal', '-journal']) {
          if (fs.existsSync(`${filePath}${side}`)) fs.copyFileSync(`${filePath}${side}`, `${copy}${side}`);
        }
        const after = fs.statSync(filePath);
        if (before.mtimeMs !== after.mtimeMs || before.size !== after.size) throw new Error('changed while copied');
        const { schemaVersion } = inspectWorkbookFile(copy, options.nativeBinding);
        if (schemaVersion < LATEST_SCHEMA_VERSION) {
          throw new RefusedFileError(`Filen "${name}" skal opgraderes og kan ikke åbnes skrivebeskyttet`);
        }
        const db = openDatabase(copy, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
        db.pragma('foreign_keys = ON');
        return new Workbook(db, filePath, true, options.readOnlyReason ?? 'Filen er åbnet skrivebeskyttet', options.storage ?? 'local', undefined, dir, options.nativeBinding);
      } catch (error) {
        fs.rmSync(dir, { recursive: true, force: true });
        if (error instanceof RefusedFileError && !/beskadiget/.test(error.message)) throw error;
        lastError = error;
      }
    }
    if (lastError instanceof UserFacingError) throw lastError;
    throw new RefusedFileError(`Filen "${name}" kan ikke læses lige nu. Prøv igen om lidt`);
  }

  /**
   * Where another thread can read this workbook from (a Word document is made in a worker): the
   * database file itself, which WAL lets a second, read-only connection read while this one goes
   * on writing; or, on a network drive, where this connection holds SQLite's lock exclusively, an
   * image of the whole database (SQLite's serialize), taken between two changes.
   */
  readerSource(): ReaderSource {
    return this.storage === 'network' ? { kind: 'image', image: this.db.serialize() } : { kind: 'file', path: this.db.name };
  }

  /** A read-only workbook over a readerSource(), for reading only (in a worker thread). */
  static openReader(source: ReaderSource, filePath: string, options: Pick<WorkbookOptions, 'nativeBinding'> = {}): Workbook {
    const { nativeBinding } = options;
    let db: Database.Database;
    if (source.kind === 'file') {
      db = openDatabase(source.path, { readonly: true, fileMustExist: true, nativeBinding });
      db.pragma('busy_timeout = 5000');
    } else {
      // Header bytes 18–19 say "WAL", which an in-memory database cannot open. The image already
      // holds every committed change, so it is marked as an ordinary (rollback journal) database.
      const image = Buffer.from(source.image.buffer, source.image.byteOffset, source.image.byteLength);
      image[18] = 1;
      image[19] = 1;
      db = openDatabase(image, { readonly: true, nativeBinding });
    }
    db.pragma('foreign_keys = ON');
    return new Workbook(db, filePath, true, 'Læses til et Word-dokument', 'local', undefined, null, nativeBinding);
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  close(): void {
    if (this.db.open && this.fileChanged()) this.settleChangedFile();
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
      const setId = tx.changes.length ? this.recordChangeSet(author, description, 'edit', tx.changes) : null;
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
      const history = this.historyOf(author);
      history.undo.push({ id: setId, description });
      if (history.undo.length > MAX_UNDO_DEPTH) history.undo.shift();
      history.redo = [];
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
    const history = this.historyOf(author);
    const entry = history.undo.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at fortryde');
    this.assertNoOneElseSince(author, entry, 'backward');
    const replayed = this.replay(author, entry, 'backward');
    history.undo.pop();
    history.redo.push(entry);
    return { state: this.undoState(author), change: { ...replayed, description: entry.description } };
  }

  redo(author: string): Replayed {
    const history = this.historyOf(author);
    const entry = history.redo.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at gentage');
    this.assertNoOneElseSince(author, entry, 'forward');
    const replayed = this.replay(author, entry, 'forward');
    history.redo.pop();
    history.undo.push(entry);
    return { state: this.undoState(author), change: { ...replayed, description: entry.description } };
  }

  /** Used after creating a workbook: its seed is not something to undo. */
  forgetUndoHistory(): void {
    this.histories.clear();
  }

  /**
   * The app's user took another name or role: their changes so far stay theirs to undo, and
   * changes recorded under the old name are not taken for someone else's.
   */
  renameAuthor(from: string, to: string): void {
    const history = this.histories.get(from);
    if (from === to || !history) return;
    this.histories.delete(from);
    const existing = this.histories.get(to);
    history.formerNames.add(from);
    if (existing) for (const name of existing.formerNames) history.formerNames.add(name);
    this.histories.set(to, history);
  }

  undoState(author: string): UndoState {
    const history = this.histories.get(author);
    return {
      canUndo: (history?.undo.length ?? 0) > 0,
      canRedo: (history?.redo.length ?? 0) > 0,
      undoLabel: history?.undo.at(-1)?.description ?? null,
      redoLabel: history?.redo.at(-1)?.description ?? null,
    };
  }

  private historyOf(author: string): UndoHistory {
    let history = this.histories.get(author);
    if (!history) {
      history = { undo: [], redo: [], formerNames: new Set() };
      this.histories.set(author, history);
    }
    return history;
  }

  /**
   * Replaying a change over rows someone else has changed since would silently throw their work
   * away (or bring back what they deleted), so it is refused, naming the latest such person. A
   * row they changed and put back as it was (their own undo) is no obstacle.
   */
  private assertNoOneElseSince(author: string, entry: ChangeSetRecord, direction: 'backward' | 'forward'): void {
    const own = [author, ...this.historyOf(author).formerNames];
    const byOthers = this.db
      .prepare(
        `SELECT c.tbl, c.row_id, cs.author FROM change_set cs JOIN change c ON c.set_id = cs.id
         WHERE cs.id > ? AND cs.author NOT IN (${own.map(() => '?').join(', ')}) ORDER BY cs.id DESC, c.id DESC`,
      )
      .all(entry.id, ...own) as Array<{ tbl: string; row_id: number; author: string }>;
    if (byOthers.length === 0) return;
    // Each row as this change left it (undo) or found it (redo): what the replay expects to find.
    const expected = new Map(
      (collapseChangedRows(this.loadChanges(entry.id), Infinity) ?? []).map((row) => [`${row.table}:${row.id}`, direction === 'backward' ? row.after : row.before]),
    );
    const clash = byOthers.find((change) => {
      const key = `${change.tbl}:${change.row_id}`;
      if (!expected.has(key)) return false;
      const current = this.db.prepare(`SELECT * FROM "${change.tbl.replace(/"/g, '""')}" WHERE id = ?`).get(change.row_id) ?? null;
      return JSON.stringify(current) !== JSON.stringify(expected.get(key));
    });
    if (!clash) return;
    const refusal = direction === 'backward' ? 'Kan ikke fortrydes' : 'Kan ikke gentages';
    throw new UserFacingError('conflict', `${refusal}: ${clash.author} har siden ændret de samme rækker`);
  }

  /** Plays a change set back or forward as a new change set; returns what it told the listeners. */
  private replay(author: string, entry: ChangeSetRecord, direction: 'backward' | 'forward'): ChangeEvent {
    this.assertWritable();
    const recorded = this.loadChanges(entry.id);
    const ordered = direction === 'backward' ? [...recorded].reverse() : recorded;
    const tx = new Transaction(this.db, this.schema);
    const description = `${direction === 'backward' ? 'Fortryd' : 'Gentag'}: ${entry.description}`;
    this.db.transaction(() => {
      // Rows come back in recorded order; checking keys at commit spares us sorting them.
      this.db.pragma('defer_foreign_keys = ON');
      for (const change of ordered) tx.restore(change, direction);
      this.recordChangeSet(author, description, direction === 'backward' ? 'undo' : 'redo', tx.changes);
      this.recordCallOnce();
    }).immediate();
    return this.emit(description, tx.changes);
  }

  private loadChanges(setId: number): RowChange[] {
    const rows = this.db
      .prepare('SELECT tbl, row_id, before_json, after_json FROM change WHERE set_id = ? ORDER BY id')
      .all(setId) as Array<{ tbl: string; row_id: number; before_json: string | null; after_json: string | null }>;
    return rows.map((r) => ({
      table: r.tbl,
      rowId: r.row_id,
      before: r.before_json === null ? null : (JSON.parse(r.before_json) as Row),
      after: r.after_json === null ? null : (JSON.parse(r.after_json) as Row),
    }));
  }

  private recordChangeSet(author: string, description: string, kind: 'edit' | 'undo' | 'redo', changes: RowChange[]): number {
    const setId = Number(
      this.db
        .prepare('INSERT INTO change_set (at, author, description, kind) VALUES (?, ?, ?, ?)')
        .run(new Date().toISOString(), author, description, kind).lastInsertRowid,
    );
    const insert = this.db.prepare('INSERT INTO change (set_id, tbl, row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?)');
    for (const c of changes) {
      insert.run(setId, c.table, c.rowId, c.before && JSON.stringify(c.before), c.after && JSON.stringify(c.after));
    }
    return setId;
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
      this.settleChangedFile();
      throw new UserFacingError('read_only', FILE_GONE_MESSAGE);
    }
    this.beforeWrite?.();
  }

  /** Whether the path no longer names the file this writer opened (moved, deleted, replaced). */
  private fileChanged(): boolean {
    return !this.readOnly && fileIdentity(this.filePath) !== this.identity;
  }

  /**
   * Our WAL still sits under the old name, where SQLite would play it into whatever file is
   * there now (and SQLite skips the checkpoint on close for a moved file). Writing it into the
   * file we have open, and emptying it, takes the confirmed edits along with a moved file and
   * keeps them out of a replacement.
   */
  private settleChangedFile(): void {
    if (this.storage !== 'local') return;
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // Busy or failing: nothing more can be done here; "Gem kopi som…" still has every edit.
    }
  }
}

/**
 * Journal and durability for the one writer. synchronous = FULL: a change the user saw stored
 * survives a power cut too, not only a crash of the app. On a network drive: no WAL (it needs
 * shared memory across machines), and SQLite's lock taken now and kept, so that a second machine
 * can never write between our transactions even if the lock file was bypassed.
 */
function configureWriter(db: Database.Database, storage: StorageKind, name: string): void {
  if (storage === 'network') {
    const mode = db.pragma('journal_mode = DELETE', { simple: true });
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('synchronous = FULL');
    if (mode !== 'delete') throw new UserFacingError('conflict', `Filen "${name}" bruges af et andet program og kan ikke åbnes til skrivning`);
    // An immediate write transaction takes the exclusive lock, which EXCLUSIVE mode then keeps.
    db.exec('BEGIN EXCLUSIVE; COMMIT');
  } else {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
}

function isPromiseLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

function migrate(db: Database.Database, fromVersion: number): void {
  db.transaction(() => {
    for (const migration of MIGRATIONS) {
      if (migration.version <= fromVersion) continue;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }
  }).immediate();
}
