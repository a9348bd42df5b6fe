import fs from 'node:fs';
import path from 'node:path';
import type { AppEventName, AppEvents } from '../../shared/api/bridge';
import type { BackupOverview } from '../../shared/domain/backup';
import type { AppState, LockNotice, WorkbookInfo } from '../../shared/domain/workbook';
import { readWorkbookIdentity, setWorkbookIdentity } from '../workbook/backups';
import { removeStaleTemporaries } from '../workbook/backup';
import { saveIndependentCopy } from '../workbook/independent-copy';
import { FileInUseError, UserFacingError } from '../workbook/errors';
import { inspectWorkbookFile, WORKBOOK_EXTENSION } from '../workbook/file-format';
import { canonicalWorkbookPath, detectStorage, systemProbe, type LocationProbe, type StorageKind } from '../workbook/location';
import {
  acquireLock, describeOwner, lockNotice, readLockOwner, systemLockEnvironment, takeOverLock,
  type LockEnvironment, type WorkbookLock,
} from '../workbook/lock';
import { Workbook } from '../workbook/workbook';
import { readProgram } from '../features/program';
import { createSeededWorkbook, DEFAULT_WORKBOOK_NAME, type WorkbookSource } from './new-workbook';
import { copyBackupOver, SessionBackups } from './session-backups';
import type { SettingsStore } from './settings';
import type { ShellServices } from './shell-services';
import { needsWriterToOpen, openReadOnly, openWritable, type OpenedWorkbook } from './workbook-opening';
import type { UserProfile } from '../../shared/domain/user';

// Callers import these from here, as before the session's parts moved to their own modules.
export type { FileDialogOptions, FileFilter, ShellServices } from './shell-services';
export { DEFAULT_WORKBOOK_NAME, type WorkbookKind, type WorkbookSource } from './new-workbook';

/** How a user is named in the change log, on proposals and in the lock file: »Navn (Rolle)«. */
export function authorName(user: UserProfile): string {
  return `${user.name} (${user.role})`;
}

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
  /** The open workbook's backups (and the day of the last automatic one). */
  private readonly backupKeeper: SessionBackups = new SessionBackups(this);

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
      if (state.kind === 'stale' && state.owner?.machine === this.lockEnvironment.machine && needsWriterToOpen(resolved, this.nativeBinding)) {
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

  private openWritable(resolved: string, storage: StorageKind, lock: WorkbookLock): OpenedWorkbook {
    return openWritable(resolved, storage, lock, this.nativeBinding, () => this.beforeWrite());
  }

  private openReadOnly(resolved: string, storage: StorageKind, notice: LockNotice): Workbook {
    return openReadOnly(resolved, storage, notice, this.nativeBinding);
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
    const next = createSeededWorkbook(resolved, kind, this.author, state.lock, { nativeBinding: this.nativeBinding, storage, beforeWrite: () => this.beforeWrite() });
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
    this.backupKeeper.forgetDay();
  }

  // ---- Backups -------------------------------------------------------------------------

  backupFolder(): string {
    return this.backupKeeper.folder();
  }

  backups(): BackupOverview {
    return this.backupKeeper.overview();
  }

  /** One automatic backup a day while the workbook is in use (see SessionBackups.ensureDaily). */
  ensureDailyBackup(now = this.lockEnvironment.now()): string | null {
    return this.backupKeeper.ensureDaily(now);
  }

  /** Restores a listed backup after the window confirmed; the current state is backed up first. */
  async restoreBackup(name: string): Promise<WorkbookInfo> {
    const source = this.backupKeeper.safeguardBeforeRestore(name);
    const wb = this.requireWorkbook();
    const { filePath, storage } = wb;
    const identity = readWorkbookIdentity(wb.db);
    const lock = this.lock;
    // Close our connection but keep the lock file: no one else may write while we copy.
    wb.close();
    this.workbook = null;
    const failure = await copyBackupOver(source, filePath, this.nativeBinding);
    const reopened = Workbook.open(filePath, { nativeBinding: this.nativeBinding, storage, beforeWrite: () => this.beforeWrite() });
    // A backup from before identities (upgraded as it reopened) keeps the workbook's identity.
    if (identity !== null && readWorkbookIdentity(reopened.db) !== identity) setWorkbookIdentity(reopened.db, identity);
    this.adopt(reopened, lock, null, undefined, { keepLock: true });
    if (failure) throw new UserFacingError('refused', 'Sikkerhedskopien kunne ikke gendannes. Arbejdsbogen er uændret');
    return this.info();
  }

  chooseBackupFolder(): Promise<BackupOverview | null> {
    return this.backupKeeper.chooseFolder();
  }

  useDefaultBackupFolder(): BackupOverview {
    return this.backupKeeper.useDefaultFolder();
  }

  /** A backup taken now, on request (kept apart from the 14 automatic ones). */
  backupNow(): BackupOverview {
    return this.backupKeeper.backupNow();
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
