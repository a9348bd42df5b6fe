// Opening a workbook for writing once its lock file is ours, or read-only when it is not – and
// falling back to read-only when SQLite, the folder or another program will not let us write.
import type { LockNotice } from '../../shared/domain/workbook';
import { FileInUseError, UserFacingError } from '../workbook/errors';
import { inspectWorkbookFile } from '../workbook/file-format';
import type { StorageKind } from '../workbook/location';
import { lockNotice, type WorkbookLock } from '../workbook/lock';
import { LATEST_SCHEMA_VERSION } from '../workbook/migrations';
import { isSqliteBusy, isSqliteReadOnlyOrPermission } from '../workbook/sqlite-errors';
import { Workbook } from '../workbook/workbook';

export interface OpenedWorkbook {
  workbook: Workbook;
  lock: WorkbookLock | null;
  notice: LockNotice | null;
}

/**
 * Whether only a writer can open the file: it must be upgraded, or the writer that died left a
 * half-written change (a hot journal) that a read-only connection cannot roll back.
 */
export function needsWriterToOpen(resolved: string, nativeBinding: string | undefined): boolean {
  try {
    return inspectWorkbookFile(resolved, nativeBinding).schemaVersion < LATEST_SCHEMA_VERSION;
  } catch (error) {
    if (error instanceof FileInUseError) return true;
    throw error;
  }
}

/** Opens for writing under the given lock; on refusal the lock is released and the file opened read-only. */
export function openWritable(resolved: string, storage: StorageKind, lock: WorkbookLock, nativeBinding: string | undefined, beforeWrite: () => void): OpenedWorkbook {
  try {
    const workbook = Workbook.open(resolved, { nativeBinding, storage, beforeWrite });
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
    return { workbook: openReadOnly(resolved, storage, notice, nativeBinding), lock: null, notice };
  }
}

/** Read-only in place, or from a local snapshot where the file cannot be read in place. */
export function openReadOnly(resolved: string, storage: StorageKind, notice: LockNotice, nativeBinding: string | undefined): Workbook {
  const options = { nativeBinding, storage, readOnly: true, readOnlyReason: notice.message };
  try {
    return Workbook.open(resolved, options);
  } catch (error) {
    if (error instanceof FileInUseError || isSqliteBusy(error) || isSqliteReadOnlyOrPermission(error)) return Workbook.openSnapshot(resolved, options);
    throw error;
  }
}
