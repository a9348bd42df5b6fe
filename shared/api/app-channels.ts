import { z } from 'zod';
import { USER_ROLES } from '../domain/user';
import type { AppState, ChangeLogEntry, UndoOutcome, WorkbookInfo, CheckReport } from '../domain/workbook';
import type { UserProfile } from '../domain/user';
import { mutation, query } from './channel';
import { SHEET_NAMES } from '../sheets';
import { SHEETS_WITH_TABLES } from '../workbook-tables';
import { isoDate, noInput, requiredText, rowId, shortText, wholeNumber, strictInput, neuter } from './validation';

/** The app itself: who uses it, which workbook is open, undo and redo, the change log. */
export const appChannels = {
  'app.state': query<AppState>()(noInput),
  'user.set': query<UserProfile>()(
    strictInput({
      name: requiredText(neuter('Navn'), 120),
      role: z.enum(USER_ROLES, { error: `Rolle skal være en af: ${USER_ROLES.join(', ')}` }),
    }),
  ),
  /** Opens the last workbook, or creates the default one in the documents folder. */
  'workbook.openStartup': query<WorkbookInfo>()(noInput),
  /** These show the native file dialogs in the main process; the renderer never names a path. */
  'workbook.newFromProgrammeDialog': query<WorkbookInfo | null>()(noInput),
  'workbook.newBlankDialog': query<WorkbookInfo | null>()(noInput),
  'workbook.openDialog': query<WorkbookInfo | null>()(noInput),
  'workbook.saveCopyDialog': query<string | null>()(noInput),
  'workbook.openRecent': query<WorkbookInfo>()(
    strictInput({ path: requiredText('Filsti', 4096) }),
  ),
  'workbook.undo': mutation<UndoOutcome>()(noInput),
  'workbook.redo': mutation<UndoOutcome>()(noInput),
  /** The newest change sets first; `before` pages on to older ones, the rest filter in SQL. */
  'workbook.changeLog': query<ChangeLogEntry[]>()(
    strictInput({
      limit: wholeNumber(neuter('Antal'), 10_000).optional(),
      before: rowId('Ændring').optional(),
      sheet: z.enum(SHEETS_WITH_TABLES, { error: `Ark skal være et af: ${SHEETS_WITH_TABLES.map((s) => SHEET_NAMES[s]).join(', ')}` }).optional(),
      author: shortText('Person', 300).optional(),
      from: isoDate('Fra-dato').optional(),
      to: isoDate('Til-dato').optional(),
    }).refine(({ from, to }) => !from || !to || from <= to, { error: 'Perioden kan ikke slutte, før den begynder' }),
  ),
  /** Everyone who has changed the workbook, the most recent first. */
  'workbook.changeLog.authors': query<string[]>()(noInput),
  'workbook.check': query<CheckReport>()(noInput),
  'workbook.dump': query<Record<string, unknown>>()(noInput),
};
