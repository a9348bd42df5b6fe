import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { UndoState } from '../../shared/domain/workbook';
import { copyClosedFileBeside } from './backup';
import { RefusedFileError, UserFacingError } from './errors';
import { inspectWorkbookFile, WORKBOOK_APPLICATION_ID } from './file-format';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { SchemaInfo, Transaction, type Row, type RowChange } from './transaction';

export interface WorkbookOptions {
  /** Path of better-sqlite3's native module built for Electron (see scripts/electron-native.mjs). */
  nativeBinding?: string;
  readOnly?: boolean;
  readOnlyReason?: string;
}

export interface ChangeEvent {
  description: string;
  tables: string[];
}

interface ChangeSetRecord {
  id: number;
  description: string;
}

const MAX_UNDO_DEPTH = 500;

/**
 * An open workbook file. All writes go through mutate(), which validates nothing itself (the
 * handlers do) but guarantees: one transaction, a change-log row per changed row, an undo entry.
 */
export class Workbook {
  private readonly schema: SchemaInfo;
  private undoStack: ChangeSetRecord[] = [];
  private redoStack: ChangeSetRecord[] = [];
  private readonly listeners = new Set<(event: ChangeEvent) => void>();

  private constructor(
    readonly db: Database.Database,
    readonly filePath: string,
    readonly readOnly: boolean,
    readonly readOnlyReason: string | null,
  ) {
    this.schema = new SchemaInfo(db);
  }

  /** Creates a new, empty workbook file with the latest schema. Refuses to overwrite. */
  static create(filePath: string, options: WorkbookOptions = {}): Workbook {
    if (fs.existsSync(filePath)) {
      throw new UserFacingError('refused', `Filen "${path.basename(filePath)}" findes allerede og overskrives ikke`);
    }
    // Build in a temporary file and move it into place, so a failed creation leaves nothing behind.
    const temporary = `${filePath}.opretter-${process.pid}`;
    try {
      const db = new Database(temporary, { nativeBinding: options.nativeBinding });
      try {
        db.pragma(`application_id = ${WORKBOOK_APPLICATION_ID}`);
        migrate(db, 0);
      } finally {
        db.close();
      }
      fs.renameSync(temporary, filePath);
    } catch (error) {
      fs.rmSync(temporary, { force: true });
      throw error;
    }
    return Workbook.open(filePath, options);
  }

  /** Opens a workbook, refusing foreign, damaged and newer files untouched. Migrates after a backup. */
  static open(filePath: string, options: WorkbookOptions = {}): Workbook {
    const { schemaVersion } = inspectWorkbookFile(filePath, options.nativeBinding);
    if (schemaVersion < LATEST_SCHEMA_VERSION) {
      if (options.readOnly) {
        throw new RefusedFileError(`Filen "${path.basename(filePath)}" skal opgraderes og kan ikke åbnes skrivebeskyttet`);
      }
      copyClosedFileBeside(filePath, `før opgradering fra v${schemaVersion}`);
    }
    const db = new Database(filePath, { readonly: options.readOnly ?? false, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      if (!options.readOnly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
      }
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      if (schemaVersion < LATEST_SCHEMA_VERSION) migrate(db, schemaVersion);
      return new Workbook(db, filePath, options.readOnly ?? false, options.readOnly ? (options.readOnlyReason ?? 'Filen er åbnet skrivebeskyttet') : null);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  get fileName(): string {
    return path.basename(this.filePath);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  onChange(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The one mutation path: fn runs in a transaction; its row changes are logged and undoable. */
  mutate<T>(author: string, description: string, fn: (tx: Transaction) => T): T {
    this.assertWritable();
    const tx = new Transaction(this.db, this.schema);
    const run = this.db.transaction(() => {
      const result = fn(tx);
      const setId = tx.changes.length ? this.recordChangeSet(author, description, 'edit', tx.changes) : null;
      return { result, setId };
    });
    const { result, setId } = run.immediate();
    if (setId !== null) {
      this.undoStack.push({ id: setId, description });
      if (this.undoStack.length > MAX_UNDO_DEPTH) this.undoStack.shift();
      this.redoStack = [];
      this.emit(description, tx.changes);
    }
    return result;
  }

  undo(author: string): UndoState {
    const entry = this.undoStack.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at fortryde');
    this.replay(author, entry, 'backward');
    this.undoStack.pop();
    this.redoStack.push(entry);
    return this.undoState();
  }

  redo(author: string): UndoState {
    const entry = this.redoStack.at(-1);
    if (!entry) throw new UserFacingError('conflict', 'Der er intet at gentage');
    this.replay(author, entry, 'forward');
    this.redoStack.pop();
    this.undoStack.push(entry);
    return this.undoState();
  }

  /** Used after creating a workbook: its seed is not something to undo. */
  forgetUndoHistory(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  undoState(): UndoState {
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoLabel: this.undoStack.at(-1)?.description ?? null,
      redoLabel: this.redoStack.at(-1)?.description ?? null,
    };
  }

  private replay(author: string, entry: ChangeSetRecord, direction: 'backward' | 'forward'): void {
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
    }).immediate();
    this.emit(description, tx.changes);
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

  private emit(description: string, changes: RowChange[]): void {
    const event = { description, tables: [...new Set(changes.map((c) => c.table))] };
    for (const listener of this.listeners) listener(event);
  }

  private assertWritable(): void {
    if (this.readOnly) throw new UserFacingError('read_only', `Arbejdsbogen er skrivebeskyttet: ${this.readOnlyReason ?? ''}`.trim());
  }
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
