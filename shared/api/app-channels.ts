import { z } from 'zod';
import { USER_ROLES } from '../domain/user';
import type { AppState, ChangeLogEntry, UndoState, WorkbookInfo, CheckReport } from '../domain/workbook';
import type { UserProfile } from '../domain/user';
import { mutation, query } from './channel';
import { noInput, requiredText, wholeNumber, strictInput, neuter } from './validation';

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
  'workbook.undo': mutation<UndoState>()(noInput),
  'workbook.redo': mutation<UndoState>()(noInput),
  'workbook.changeLog': query<ChangeLogEntry[]>()(
    strictInput({ limit: wholeNumber(neuter('Antal'), 10_000).optional() }),
  ),
  'workbook.check': query<CheckReport>()(noInput),
  'workbook.dump': query<Record<string, unknown>>()(noInput),
};
