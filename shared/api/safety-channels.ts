// Shared files and backups: taking over an abandoned lock, listing and restoring backups.
import type { BackupOverview } from '../domain/backup';
import type { WorkbookInfo } from '../domain/workbook';
import { mutation, query } from './channel';
import { noInput, requiredText, strictInput } from './validation';

export const safetyChannels = {
  /** After the user agreed: take over a lock left by a crashed app and reopen for writing. */
  'workbook.lock.takeOver': query<WorkbookInfo>()(noInput),
  'backups.list': query<BackupOverview>()(noInput),
  /** Restores a backup by its listed name (never a path); the current state is backed up first. */
  'backups.restore': mutation<WorkbookInfo>()(
    strictInput({ name: requiredText('Sikkerhedskopi', 400) }, 'sikkerhedskopien'),
  ),
  'backups.createNow': query<BackupOverview>()(noInput),
  /** Shows the native folder picker in the main process. */
  'backups.chooseFolder': query<BackupOverview | null>()(noInput),
  'backups.useDefaultFolder': query<BackupOverview>()(noInput),
};
