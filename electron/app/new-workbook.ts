// A new workbook file, filled with the default programme, nothing, or an imported programme
// document – created whole or not at all.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportedProgramme } from '../../shared/import/imported-programme';
import { writeFailureReason } from '../workbook/backup-errors';
import { UserFacingError } from '../workbook/errors';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import type { WorkbookLock } from '../workbook/lock';
import { seedFromImport } from '../workbook/seed/seed-imported';
import { seedBlank, seedFromProgrammeDocument } from '../workbook/seed/seed-workbook';
import { Workbook, type WorkbookOptions } from '../workbook/workbook';

export type WorkbookKind = 'programme' | 'blank';

/** What a new workbook is filled with: the default programme, nothing, or an imported document. */
export type WorkbookSource = WorkbookKind | { imported: ImportedProgramme };

export const DEFAULT_WORKBOOK_NAME = `Social balance i Mørkhøj${WORKBOOK_EXTENSION}`;

function creationDescription(kind: WorkbookSource): string {
  if (kind === 'programme') return 'Arbejdsbog oprettet fra programdokumentet';
  if (kind === 'blank') return 'Tom arbejdsbog oprettet';
  return `Arbejdsbog oprettet fra programdokumentet »${kind.imported.program.title}«`;
}

/**
 * Creates and fills the workbook at resolved, whose lock the caller holds. On failure the lock
 * is released and nothing is left behind; the refusal names the file in Danish.
 */
export function createSeededWorkbook(resolved: string, kind: WorkbookSource, author: string, lock: WorkbookLock, options: WorkbookOptions): Workbook {
  const notCreated = (error: unknown) =>
    error instanceof UserFacingError ? error : new UserFacingError('refused', `Arbejdsbogen "${path.basename(resolved)}" kunne ikke oprettes: ${writeFailureReason(error)}. Der er ikke oprettet nogen fil`);
  let next: Workbook;
  try {
    next = Workbook.create(resolved, options);
  } catch (error) {
    lock.release();
    throw notCreated(error);
  }
  try {
    next.mutate(author, creationDescription(kind), (tx) => {
      if (kind === 'programme') seedFromProgrammeDocument(tx);
      else if (kind === 'blank') seedBlank(tx);
      else seedFromImport(tx, kind.imported);
    });
    // Creation is not an edit the user should be able to undo.
    next.forgetUndoHistory();
  } catch (error) {
    next.close();
    lock.release();
    for (const file of [resolved, `${resolved}-wal`, `${resolved}-shm`, `${resolved}-journal`]) fs.rmSync(file, { force: true });
    throw notCreated(error);
  }
  return next;
}
