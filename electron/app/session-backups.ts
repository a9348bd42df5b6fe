// The open workbook's backups: the daily automatic one, on request, before a restore, and where
// they are kept. The session delegates to this and remembers nothing else about backups.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupKind, BackupOverview } from '../../shared/domain/backup';
import { todayIso } from '../../shared/dates';
import {
  BackupWriteError, backupFolderFor, hasBackupOn, KEEP_AUTOMATIC_BACKUPS, KEEP_RESTORE_BACKUPS, listBackups, pruneBackups, readWorkbookIdentity, resolveBackup,
  writeBackup, type BackupOwner,
} from '../workbook/backups';
import { writeFailureReason } from '../workbook/backup-errors';
import { UserFacingError } from '../workbook/errors';
import { inspectWorkbookFile } from '../workbook/file-format';
import type { LockEnvironment } from '../workbook/lock';
import { openDatabase } from '../workbook/schema';
import type { Workbook } from '../workbook/workbook';
import type { SettingsStore } from './settings';
import type { ShellServices } from './shell-services';

/** What backups need of the session (the Session itself). */
export interface BackupHost {
  readonly current: Workbook | null;
  requireWorkbook(): Workbook;
  readonly settings: SettingsStore;
  readonly shell: ShellServices;
  readonly nativeBinding: string | undefined;
  readonly lockEnvironment: LockEnvironment;
}

export class SessionBackups {
  private lastBackupDay: string | null = null;
  private lastBackupError: string | null = null;

  constructor(private readonly host: BackupHost) {}

  /** The next workbook, or another backup folder, gets its own daily backup. */
  forgetDay(): void {
    this.lastBackupDay = null;
  }

  folder(): string {
    return backupFolderFor(this.host.requireWorkbook().filePath, this.host.settings.backupFolder);
  }

  overview(): BackupOverview {
    this.host.requireWorkbook();
    const folder = this.folder();
    return {
      folder,
      chosenByUser: this.host.settings.backupFolder !== null,
      backups: listBackups(this.owner(), folder),
      keep: KEEP_AUTOMATIC_BACKUPS,
      lastError: this.lastBackupError,
    };
  }

  /**
   * One automatic backup a day while the workbook is in use: at opening, and at the first change
   * on a new day. The last 14 are kept. A failed backup never stops the work; it is reported in
   * the backup dialog.
   */
  ensureDaily(now: Date): string | null {
    const wb = this.host.current;
    if (!wb || wb.readOnly) return null;
    const day = todayIso(now);
    if (this.lastBackupDay === day) return null;
    try {
      const folder = this.folder();
      let made: string | null = null;
      if (!hasBackupOn(listBackups(this.owner(), folder), 'automatic', day)) {
        made = writeBackup(wb.db, wb.filePath, folder, 'automatic', now);
      }
      this.lastBackupDay = day;
      this.lastBackupError = null;
      this.prune('automatic', KEEP_AUTOMATIC_BACKUPS, made);
      return made;
    } catch (error) {
      const reason = error instanceof BackupWriteError ? error.reason : writeFailureReason(error);
      this.lastBackupError = `Den automatiske sikkerhedskopi kunne ikke gemmes i "${this.folder()}": ${reason}`;
      return null;
    }
  }

  /**
   * Before a restore: finds the listed backup, checks it is a workbook, and backs up the current
   * state. Returns the backup to restore; throws, with the workbook unchanged, if any step fails.
   */
  safeguardBeforeRestore(name: string): string {
    const wb = this.host.requireWorkbook();
    if (wb.readOnly) throw new UserFacingError('read_only', 'Arbejdsbogen er skrivebeskyttet, så der kan ikke gendannes en sikkerhedskopi');
    const folder = this.folder();
    const source = resolveBackup(this.owner(), folder, name);
    if (!source) throw new UserFacingError('not_found', 'Sikkerhedskopien findes ikke (længere)');
    inspectWorkbookFile(source, this.host.nativeBinding);
    const now = this.host.lockEnvironment.now();
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
    return source;
  }

  async chooseFolder(): Promise<BackupOverview | null> {
    this.host.requireWorkbook();
    if (!this.host.shell.chooseFolder) throw new UserFacingError('refused', 'Der kan ikke vælges en mappe her');
    const folder = await this.host.shell.chooseFolder('Vælg mappe til sikkerhedskopier');
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
    this.host.settings.setBackupFolder(resolved);
    this.lastBackupDay = null;
    this.ensureDaily(this.host.lockEnvironment.now());
    return this.overview();
  }

  useDefaultFolder(): BackupOverview {
    this.host.requireWorkbook();
    this.host.settings.setBackupFolder(null);
    this.lastBackupDay = null;
    this.ensureDaily(this.host.lockEnvironment.now());
    return this.overview();
  }

  /** A backup taken now, on request (kept apart from the 14 automatic ones). */
  backupNow(): BackupOverview {
    const wb = this.host.requireWorkbook();
    writeBackup(wb.db, wb.filePath, this.folder(), 'manual', this.host.lockEnvironment.now());
    return this.overview();
  }

  /** This workbook's backups: named after it and carrying its identity. */
  private owner(): BackupOwner {
    const wb = this.host.requireWorkbook();
    return {
      workbookPath: wb.filePath,
      identity: readWorkbookIdentity(wb.db),
      acceptsUnidentified: this.host.settings.backupFolder === null,
      identityOf: (file) => {
        try {
          const db = openDatabase(file, { readonly: true, fileMustExist: true, nativeBinding: this.host.nativeBinding });
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
    const { failures } = pruneBackups(this.owner(), this.folder(), kind, keep, justWritten);
    if (failures.length) this.lastBackupError = `Gamle sikkerhedskopier kunne ikke slettes: ${failures.join('; ')}`;
  }
}

/**
 * Copies a backup over the (closed) workbook file. Resolves to the copy's failure, or null: the
 * caller reopens the workbook either way, and a failure has left the old one.
 */
export async function copyBackupOver(source: string, filePath: string, nativeBinding: string | undefined): Promise<unknown> {
  let failure: unknown = null;
  const from = openDatabase(source, { readonly: true, fileMustExist: true, nativeBinding });
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
  return failure;
}
