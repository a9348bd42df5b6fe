// `npm run server -- add`: a local workbook becomes shared. The server gets its own copy – taken
// through SQLite, so a workbook open in someone's app is copied as one consistent state – and
// the chair's invitation. The original file is only read.
import fs from 'node:fs';
import path from 'node:path';
import type { Member } from './members';
import { MemberStore, memberStorePath } from './members';
import { FileInUseError, UserFacingError } from '../workbook/errors';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import { saveIndependentCopy } from '../workbook/independent-copy';
import { isSqliteBusy, isSqliteReadOnlyOrPermission } from '../workbook/sqlite-errors';
import { Workbook } from '../workbook/workbook';

export interface AddedWorkbook {
  /** The server's copy. */
  file: string;
  chair: Member;
  /** The chair's invitation code, to be shown once. */
  code: string;
}

/** Read-only, as the app opens a workbook someone else is writing; a snapshot when it cannot be read in place. */
function openForCopy(file: string): Workbook {
  try {
    return Workbook.open(file, { readOnly: true });
  } catch (error) {
    if (error instanceof FileInUseError || isSqliteBusy(error) || isSqliteReadOnlyOrPermission(error)) return Workbook.openSnapshot(file);
    throw error;
  }
}

export async function addWorkbook(source: string, folder: string, chair: { name: string; email: string | null }): Promise<AddedWorkbook> {
  const from = path.resolve(source);
  if (!from.toLowerCase().endsWith(WORKBOOK_EXTENSION)) throw new UserFacingError('refused', `"${path.basename(from)}" er ikke en arbejdsbog (${WORKBOOK_EXTENSION})`);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new UserFacingError('refused', `Serverens mappe "${folder}" findes ikke`);
  const target = path.join(fs.realpathSync(folder), path.basename(from));
  if (fs.existsSync(target) || fs.existsSync(memberStorePath(target))) {
    throw new UserFacingError('refused', `Der findes allerede en arbejdsbog med navnet "${path.basename(target)}" i serverens mappe. Intet er kopieret`);
  }
  const workbook = openForCopy(from);
  try {
    saveIndependentCopy(workbook.db, from, target);
  } finally {
    workbook.close();
  }
  const { member, code } = await new MemberStore(target).invite({ name: chair.name, role: 'Formand' }, chair.email);
  return { file: target, chair: member, code };
}
