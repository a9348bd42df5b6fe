import fs from 'node:fs';
import path from 'node:path';
import type { AppEventName, AppEvents } from '../../shared/api/bridge';
import type { BackupKind, BackupOverview } from '../../shared/domain/backup';
import type { AppState, LockNotice, WorkbookInfo } from '../../shared/domain/workbook';
import { todayIso } from '../../shared/dates';
import {
  BackupWriteError, backupFolderFor, hasBackupOn, KEEP_AUTOMATIC_BACKUPS, KEEP_RESTORE_BACKUPS, listBackups, pruneBackups, readWorkbookIdentity, resolveBackup,
  setWorkbookIdentity, writeBackup, type BackupOwner,
} from '../workbook/backups';
import { removeStaleTemporaries } from '../workbook/backup';
import { saveIndependentCopy } from '../workbook/independent-copy';
import { writeFailureReason } from '../workbook/backup-errors';
import { FileInUseError, UserFacingError } from '../workbook/errors';
import { inspectWorkbookFile, WORKBOOK_EXTENSION } from '../workbook/file-format';
import { LATEST_SCHEMA_VERSION } from '../workbook/migrations';
import { canonicalWorkbookPath, detectStorage, systemProbe, type LocationProbe, type StorageKind } from '../workbook/location';
import {
  acquireLock, describeOwner, lockNotice, readLockOwner, systemLockEnvironment, takeOverLock,
  type LockEnvironment, type WorkbookLock,
} from '../workbook/lock';
import { isSqliteBusy, isSqliteReadOnlyOrPermission } from '../workbook/sqlite-errors';
import { seedBlank, seedFromProgrammeDocument } from '../workbook/seed/seed-workbook';
import { seedFromImport } from '../workbook/seed/seed-imported';
import type { ImportedProgramme } from '../../shared/import/imported-programme';
import { openDatabase } from '../workbook/schema';
import { Workbook } from '../workbook/workbook';
import { readProgram } from '../features/program';
import type { SettingsStore } from './settings';
import type { UserProfile } from '../../shared/domain/user';

/** How a user is named in the change log, on proposals and in the lock file: »Navn (Rolle)«. */
export function authorName(user: UserProfile): string {
  return `${user.name} (${user.role})`;
}

/** What only the Electron shell (or a test standing in for the user) can provide. */
export interface ShellServices {
  documentsDir: string;
  /** Where "Send dagsorden/referat" writes e-mail drafts and invitations without asking; default documentsDir. */
  outgoingDir?: string;
  /** Native "open" dialog; resolves to null when the user cancels. Default filter: workbooks. */
  chooseFileToOpen(options?: FileDialogOptions): Promise<string | null>;
  /** Native "save" dialog. suggested is a file name (put in the documents folder) or a full path. */
  chooseFileToSave(suggested: string, title: string, filter?: FileFilter): Promise<string | null>;
  /** Opens a file with the system's program for it (Word for .docx). Resolves to an error text or null. */
  openPath(filePath: string): Promise<string | null>;
  /** Native folder picker (for the backup folder); absent where there is no window. */
  chooseFolder?(title: string): Promise<string | null>;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface FileDialogOptions {
  title?: string;
  /** Omit for workbooks; an empty list allows any file. */
  filters?: FileFilter[];
}

export type WorkbookKind = 'programme' | 'blank';
function creationDescription(kind: WorkbookSource): string {
  if (kind === 'programme') return 'Arbejdsbog oprettet fra programdokumentet';
  if (kind === 'blank') return 'Tom arbejdsbog oprettet';
  return `Arbejdsbog oprettet fra programdokumentet »${kind.imported.program.title}«`;
}

/** What a new workbook is filled with: the default programme, nothing, or an imported document. */
export type WorkbookSource = WorkbookKind | { imported: ImportedProgramme };

export const DEFAULT_WORKBOOK_NAME = `Social balance i Mørkhøj${WORKBOOK_EXTENSION}`;

type Listener = (event: AppEventName, payload: AppEvents[AppEventName]) => void;

/**
 * The state of one running app: the user, the open workbook and the way events reach the
 * window. The same class serves the Electron main process, the CLI and the tests.
 */
export interface SessionOptions {
  settings: SettingsStore;
  shell: ShellServices;
  nativeBinding?: string;
  fallbackAuthor?: string;
  /** How to tell a network drive (tests simulate one). */
  locationProbe?: LocationProbe;
  /** Machine name, clock, process probe and heartbeat timing of the lock file. */
  lockEnvironment?: LockEnvironment;
}

/** How often, at most, a write re-reads the lock file to see that it is still ours. */
const LOCK_RECHECK_MS = 2000;

export class Session {
  private workbook: Workbook | null = null;
  private readonly listeners = new Set<Listener>();
  private lock: WorkbookLock | null = null;
  private notice: LockNotice | null = null;
  /** The token of a stale lock the user may take over (null: nothing to ask). */
  private staleToken: string | null | undefined = undefined;
  private lockCheckedAt = 0;
  private lastBackupDay: string | null = null;
  private lastBackupError: string | null = null;

  readonly settings: SettingsStore;
  readonly shell: ShellServices;
  readonly nativeBinding: string | undefined;
  private readonly fallbackAuthor: string;
  private readonly locationProbe: LocationProbe;
  readonly lockEnvironment: LockEnvironment;

  constructor(options: SessionOptions) {
    this.settings = options.settings;
    this.shell = options.shell;
    this.nativeBinding = options.nativeBinding;
    this.fallbackAuthor = options.fallbackAuthor ?? 'Ukendt bruger';
    this.locationProbe = options.locationProbe ?? systemProbe;
    this.lockEnvironment = options.lockEnvironment ?? systemLockEnvironment();
  }

  get current(): Workbook | null {
    return this.workbook;
  }

  get author(): string {
    const user = this.settings.user;
    return user ? authorName(user) : this.fallbackAuthor;
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends AppEventName>(event: E, payload: AppEvents[E]): void {
    for (const listener of this.listeners) listener(event, payload);
  }

  requireWorkbook(): Workbook {
    if (!this.workbook) throw new UserFacingError('no_workbook', 'Ingen arbejdsbog er åben');
    return this.workbook;
  }

  /** What the window shows; Fortryd and Gentag are the given author's own (by default this machine's user). */
  state(author = this.author): AppState {
    return {
      user: this.settings.user,
      workbook: this.workbook ? this.info() : null,
      undo: this.workbook?.undoState(author) ?? { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
      recentFiles: this.settings.recentFiles,
    };
  }

  info(): WorkbookInfo {
    const wb = this.requireWorkbook();
    return {
      path: wb.filePath,
      fileName: wb.fileName,
      title: readProgram(wb).title,
      readOnly: wb.readOnly,
      readOnlyReason: wb.readOnlyReason,
      lock: this.notice,
      storage: wb.storage,
    };
  }

  /**
   * Opens a workbook: for writing when no one else has it, else read-only with a Danish notice
   * naming who has it and since when. A lock left by a crashed app is reported as stale; the
   * window then asks whether to take it over (takeOverLock).
   */
  open(filePath: string): WorkbookInfo {
    // Through a symbolic link too, the lock is taken beside the real file.
    const resolved = canonicalWorkbookPath(filePath);
    // Reopening the open workbook: let go of it first, or our own lock would make it read-only.
    if (this.workbook && canonicalWorkbookPath(this.workbook.filePath) === resolved) this.close();
    const storage = detectStorage(resolved, this.locationProbe);
    // Refuse what is not a workbook before anything (a lock file) is left beside it.
    try {
      inspectWorkbookFile(resolved, this.nativeBinding);
    } catch (error) {
      if (!(error instanceof FileInUseError)) throw error;
    }
    const state = acquireLock(resolved, this.author, this.lockEnvironment);
    if (state.kind === 'acquired') {
      const opened = this.openWritable(resolved, storage, state.lock);
      this.adopt(opened.workbook, opened.lock, opened.notice, undefined);
    } else {
      // A writer on this machine that died while upgrading the file left its lock: the file cannot
      // be shown read-only (it must be upgraded first) and no one else can have it, so take it over.
      if (state.kind === 'stale' && state.owner?.machine === this.lockEnvironment.machine && this.needsWriterToOpen(resolved)) {
        const taken = takeOverLock(resolved, this.author, state.owner.token, this.lockEnvironment);
        if (taken.kind === 'acquired') {
          const opened = this.openWritable(resolved, storage, taken.lock);
          this.adopt(opened.workbook, opened.lock, opened.notice, undefined);
          return this.info();
        }
      }
      const notice = lockNotice(state)!;
      this.adopt(this.openReadOnly(resolved, storage, notice), null, notice, state.kind === 'stale' ? (state.owner?.token ?? null) : undefined);
    }
    return this.info();
  }

  /**
   * Whether only a writer can open the file: it must be upgraded, or the writer that died left a
   * half-written change (a hot journal) that a read-only connection cannot roll back.
   */
  private needsWriterToOpen(resolved: string): boolean {
    try {
      return inspectWorkbookFile(resolved, this.nativeBinding).schemaVersion < LATEST_SCHEMA_VERSION;
    } catch (error) {
      if (error instanceof FileInUseError) return true;
      throw error;
    }
  }

  /** The user agreed to take over a lock that looked abandoned: reopen the workbook for writing. */
  takeOverLock(): WorkbookInfo {
    const wb = this.requireWorkbook();
    if (this.staleToken === undefined || !this.notice || this.notice.state !== 'stale') {
      throw new UserFacingError('conflict', 'Der er ingen efterladt lås at overtage');
    }
    const state = takeOverLock(wb.filePath, this.author, this.staleToken, this.lockEnvironment);
    if (state.kind !== 'acquired') {
      const notice = lockNotice(state)!;
      this.notice = notice;
      this.staleToken = state.kind === 'stale' ? (state.owner?.token ?? null) : undefined;
      this.emit('workbook.opened', this.info());
      throw new UserFacingError('conflict', `Arbejdsbogen kunne ikke overtages: ${notice.message}`);
    }
    const filePath = wb.filePath;
    const storage = wb.storage;
    this.close();
    const opened = this.openWritable(filePath, storage, state.lock);
    this.adopt(opened.workbook, opened.lock, opened.notice, undefined);
    return this.info();
  }

  private openWritable(resolved: string, storage: StorageKind, lock: WorkbookLock): { workbook: Workbook; lock: WorkbookLock | null; notice: LockNotice | null } {
    try {
      const workbook = Workbook.open(resolved, { nativeBinding: this.nativeBinding, storage, beforeWrite: () => this.beforeWrite() });
      return { workbook, lock, notice: null };
    } catch (error) {
      lock.release();
      let notice: LockNotice | null = null;
      if (isSqliteReadOnlyOrPermission(error) || (error instanceof UserFacingError && error.code === 'read_only')) {
        notice = lockNotice({ kind: 'unwritable', error: error as NodeJS.ErrnoException });
      } else if (error instanceof FileInUseError || isSqliteBusy(error) || (error instanceof UserFacingError && error.code === 'conflict')) {
        notice = lockNotice({ kind: 'held', owner: null });
      }
      if (!notice) throw error;
      return { workbook: this.openReadOnly(resolved, storage, notice), lock: null, notice };
    }
  }

  private openReadOnly(resolved: string, storage: StorageKind, notice: LockNotice): Workbook {
    const options = { nativeBinding: this.nativeBinding, storage, readOnly: true, readOnlyReason: notice.message };
    try {
      return Workbook.open(resolved, options);
    } catch (error) {
      if (error instanceof FileInUseError || isSqliteBusy(error) || isSqliteReadOnlyOrPermission(error)) return Workbook.openSnapshot(resolved, options);
      throw error;
    }
  }

  /**
   * Before every write: the day's backup (taken before the first change of a day, so it holds
   * the state the day began with), and a check that the lock file is still ours.
   */
  private beforeWrite(): void {
    this.assertLockHeld();
    this.ensureDailyBackup();
  }

  /** Is the lock file still ours? (Someone may have taken it over while this machine slept.) */
  private assertLockHeld(): void {
    const lock = this.lock;
    if (!lock) return;
    const now = Date.now();
    if (now - this.lockCheckedAt < LOCK_RECHECK_MS) return;
    if (lock.stillHeld()) {
      this.lockCheckedAt = now;
      return;
    }
    const owner = readLockOwner(lock.workbookPath);
    const who = owner === 'none' ? 'en anden' : describeOwner(owner);
    // Switch to read-only once the refused call has answered.
    setImmediate(() => this.reopenReadOnly());
    throw new UserFacingError('read_only', `Arbejdsbogen er overtaget af ${who}. Ændringen blev ikke gemt, og arbejdsbogen er nu skrivebeskyttet`);
  }

  private reopenReadOnly(): void {
    const wb = this.workbook;
    if (!wb || wb.readOnly) return;
    const filePath = wb.filePath;
    const storage = wb.storage;
    this.close();
    const state = acquireLock(filePath, this.author, this.lockEnvironment);
    if (state.kind === 'acquired') {
      const opened = this.openWritable(filePath, storage, state.lock);
      this.adopt(opened.workbook, opened.lock, opened.notice, undefined);
      return;
    }
    const notice = lockNotice(state)!;
    this.adopt(this.openReadOnly(filePath, storage, notice), null, notice, state.kind === 'stale' ? (state.owner?.token ?? null) : undefined);
  }

  create(filePath: string, kind: WorkbookSource): WorkbookInfo {
    const resolved = canonicalWorkbookPath(filePath);
    if (fs.existsSync(resolved)) {
      throw new UserFacingError('refused', `Filen "${path.basename(resolved)}" findes allerede og overskrives ikke`);
    }
    const storage = detectStorage(resolved, this.locationProbe);
    const state = acquireLock(resolved, this.author, this.lockEnvironment);
    if (state.kind === 'unwritable') throw new UserFacingError('refused', 'Du har ikke skriveadgang til den valgte mappe, så arbejdsbogen kan ikke oprettes dér');
    if (state.kind !== 'acquired') throw new UserFacingError('conflict', lockNotice(state)!.message);
    const notCreated = (error: unknown) =>
      error instanceof UserFacingError ? error : new UserFacingError('refused', `Arbejdsbogen "${path.basename(resolved)}" kunne ikke oprettes: ${writeFailureReason(error)}. Der er ikke oprettet nogen fil`);
    let next: Workbook;
    try {
      next = Workbook.create(resolved, { nativeBinding: this.nativeBinding, storage, beforeWrite: () => this.beforeWrite() });
    } catch (error) {
      state.lock.release();
      throw notCreated(error);
    }
    try {
      next.mutate(this.author, creationDescription(kind), (tx) => {
        if (kind === 'programme') seedFromProgrammeDocument(tx);
        else if (kind === 'blank') seedBlank(tx);
        else seedFromImport(tx, kind.imported);
      });
      // Creation is not an edit the user should be able to undo.
      next.forgetUndoHistory();
    } catch (error) {
      next.close();
      state.lock.release();
      for (const file of [resolved, `${resolved}-wal`, `${resolved}-shm`, `${resolved}-journal`]) fs.rmSync(file, { force: true });
      throw notCreated(error);
    }
    this.adopt(next, state.lock, null, undefined);
    return this.info();
  }

  /** On start: the last workbook if it still opens, else the default one in the documents folder. */
  openStartup(): WorkbookInfo {
    if (this.workbook) return this.info();
    const last = this.settings.lastWorkbook;
    if (last && fs.existsSync(last)) {
      try {
        return this.open(last);
      } catch {
        // Fall through to the default workbook; the refused file stays untouched.
      }
    }
    const defaultPath = path.join(this.shell.documentsDir, DEFAULT_WORKBOOK_NAME);
    fs.mkdirSync(this.shell.documentsDir, { recursive: true });
    return fs.existsSync(defaultPath) ? this.open(defaultPath) : this.create(defaultPath, 'programme');
  }

  /** Writes a consistent copy of the open workbook to a new file; the open file stays open. */
  saveCopy(target: string): string {
    const wb = this.requireWorkbook();
    return saveIndependentCopy(wb.db, wb.filePath, target, this.nativeBinding);
  }

  close(): void {
    this.workbook?.close();
    this.workbook = null;
    this.lock?.release();
    this.lock = null;
    this.notice = null;
    this.staleToken = undefined;
    this.lastBackupDay = null;
  }

  // ---- Backups -------------------------------------------------------------------------

  backupFolder(): string {
    return backupFolderFor(this.requireWorkbook().filePath, this.settings.backupFolder);
  }

  backups(): BackupOverview {
    this.requireWorkbook();
    const folder = this.backupFolder();
    return {
      folder,
      chosenByUser: this.settings.backupFolder !== null,
      backups: listBackups(this.backupOwner(), folder),
      keep: KEEP_AUTOMATIC_BACKUPS,
      lastError: this.lastBackupError,
    };
  }

  /**
   * One automatic backup a day while the workbook is in use: at opening, and at the first change
   * on a new day. The last 14 are kept. A failed backup never stops the work; it is reported in
   * the backup dialog.
   */
  ensureDailyBackup(now = this.lockEnvironment.now()): string | null {
    const wb = this.workbook;
    if (!wb || wb.readOnly) return null;
    const day = todayIso(now);
    if (this.lastBackupDay === day) return null;
    try {
      const folder = this.backupFolder();
      let made: string | null = null;
      if (!hasBackupOn(listBackups(this.backupOwner(), folder), 'automatic', day)) {
        made = writeBackup(wb.db, wb.filePath, folder, 'automatic', now);
      }
      this.lastBackupDay = day;
      this.lastBackupError = null;
      this.prune('automatic', KEEP_AUTOMATIC_BACKUPS, made);
      return made;
    } catch (error) {
      const reason = error instanceof BackupWriteError ? error.reason : writeFailureReason(error);
      this.lastBackupError = `Den automatiske sikkerhedskopi kunne ikke gemmes i "${this.backupFolder()}": ${reason}`;
      return null;
    }
  }

  /** Restores a listed backup after the window confirmed; the current state is backed up first. */
  async restoreBackup(name: string): Promise<WorkbookInfo> {
    const wb = this.requireWorkbook();
    if (wb.readOnly) throw new UserFacingError('read_only', 'Arbejdsbogen er skrivebeskyttet, så der kan ikke gendannes en sikkerhedskopi');
    const folder = this.backupFolder();
    const source = resolveBackup(this.backupOwner(), folder, name);
    if (!source) throw new UserFacingError('not_found', 'Sikkerhedskopien findes ikke (længere)');
    inspectWorkbookFile(source, this.nativeBinding);
    const now = this.lockEnvironment.now();
    let safety: string;
    try {
      safety = writeBackup(wb.db, wb.filePath, folder, 'beforeRestore', now);
    } catch (error) {
      const reason = error instanceof BackupWriteError ? error.reason : writeFailureReason(error);
      throw new UserFacingError('refused', `Den nuværende arbejdsbog kunne ikke sikkerhedskopieres i "${folder}" (${reason}), så der er ikke gendannet noget. Arbejdsbogen er uændret`);
    }
    this.prune('beforeRestore', KEEP_RESTORE_BACKUPS, safety);
    if (!fs.existsSync(safety)) {
      throw new UserFacingError('refused', 'Sikkerhedskopien af den nuværende arbejdsbog forsvandt, før der blev gendannet. Der er ikke gendannet noget, og arbejdsbogen er uændret');
    }

    const { filePath, storage } = wb;
    const identity = readWorkbookIdentity(wb.db);
    const lock = this.lock;
    // Close our connection but keep the lock file: no one else may write while we copy.
    wb.close();
    this.workbook = null;
    let failure: unknown = null;
    const from = openDatabase(source, { readonly: true, fileMustExist: true, nativeBinding: this.nativeBinding });
    try {
      // SQLite's backup API writes the pages in one transaction through SQLite's own locking and
      // journal: a reader elsewhere sees the old or the new workbook, never a mixture, and a
      // failure leaves the old one.
      await from.backup(filePath);
    } catch (error) {
      failure = error;
    } finally {
      from.close();
    }
    const reopened = Workbook.open(filePath, { nativeBinding: this.nativeBinding, storage, beforeWrite: () => this.beforeWrite() });
    // A backup from before identities (upgraded as it reopened) keeps the workbook's identity.
    if (identity !== null && readWorkbookIdentity(reopened.db) !== identity) setWorkbookIdentity(reopened.db, identity);
    this.adopt(reopened, lock, null, undefined, { keepLock: true });
    if (failure) throw new UserFacingError('refused', 'Sikkerhedskopien kunne ikke gendannes. Arbejdsbogen er uændret');
    return this.info();
  }

  /** This workbook's backups: named after it and carrying its identity. */
  private backupOwner(): BackupOwner {
    const wb = this.requireWorkbook();
    return {
      workbookPath: wb.filePath,
      identity: readWorkbookIdentity(wb.db),
      acceptsUnidentified: this.settings.backupFolder === null,
      identityOf: (file) => {
        try {
          const db = openDatabase(file, { readonly: true, fileMustExist: true, nativeBinding: this.nativeBinding });
          try {
            return readWorkbookIdentity(db);
          } finally {
            db.close();
          }
        } catch {
          return undefined;
        }
      },
    };
  }

  /** Removes old backups of a kind; one that cannot be removed is reported in the backup dialog. */
  private prune(kind: BackupKind, keep: number, justWritten: string | null): void {
    const { failures } = pruneBackups(this.backupOwner(), this.backupFolder(), kind, keep, justWritten);
    if (failures.length) this.lastBackupError = `Gamle sikkerhedskopier kunne ikke slettes: ${failures.join('; ')}`;
  }

  async chooseBackupFolder(): Promise<BackupOverview | null> {
    this.requireWorkbook();
    if (!this.shell.chooseFolder) throw new UserFacingError('refused', 'Der kan ikke vælges en mappe her');
    const folder = await this.shell.chooseFolder('Vælg mappe til sikkerhedskopier');
    if (!folder) return null;
    const resolved = path.resolve(folder);
    try {
      fs.mkdirSync(resolved, { recursive: true });
      const probe = path.join(resolved, `.arbejdsbogen-skrivetest-${process.pid}`);
      fs.writeFileSync(probe, '');
      fs.rmSync(probe);
    } catch {
      throw new UserFacingError('refused', `Der kan ikke skrives i mappen "${resolved}". Vælg en anden mappe`);
    }
    this.settings.setBackupFolder(resolved);
    this.lastBackupDay = null;
    this.ensureDailyBackup();
    return this.backups();
  }

  useDefaultBackupFolder(): BackupOverview {
    this.requireWorkbook();
    this.settings.setBackupFolder(null);
    this.lastBackupDay = null;
    this.ensureDailyBackup();
    return this.backups();
  }

  /** A backup taken now, on request (kept apart from the 14 automatic ones). */
  backupNow(): BackupOverview {
    const wb = this.requireWorkbook();
    writeBackup(wb.db, wb.filePath, this.backupFolder(), 'manual', this.lockEnvironment.now());
    return this.backups();
  }

  private adopt(next: Workbook, lock: WorkbookLock | null, notice: LockNotice | null, staleToken: string | null | undefined, options: { keepLock?: boolean } = {}): void {
    if (options.keepLock) {
      this.workbook?.close();
    } else {
      this.close();
    }
    this.workbook = next;
    this.lock = lock;
    this.notice = notice;
    this.staleToken = staleToken;
    this.lockCheckedAt = Date.now();
    // Only the writer tidies: temporary copies a killed process left (a migration, a backup).
    if (lock) {
      const base = path.basename(next.filePath, WORKBOOK_EXTENSION);
      removeStaleTemporaries(path.dirname(next.filePath), `${base} (`);
      removeStaleTemporaries(this.backupFolder(), `${base} `);
    }
    next.onChange((event) => this.emit('workbook.changed', event));
    this.settings.rememberOpened(next.filePath);
    this.ensureDailyBackup();
    this.emit('workbook.opened', this.info());
  }
}
