import type { safetyChannels } from '../../shared/api/safety-channels';
import type { HandlerMap } from './handler';

export const safetyHandlers: HandlerMap<keyof typeof safetyChannels> = {
  'workbook.lock.takeOver': (_input, ctx) => ctx.session.takeOverLock(),
  'backups.list': (_input, ctx) => ctx.session.backups(),
  'backups.restore': ({ name }, ctx) => ctx.session.restoreBackup(name),
  'backups.createNow': (_input, ctx) => ctx.session.backupNow(),
  'backups.chooseFolder': (_input, ctx) => ctx.session.chooseBackupFolder(),
  'backups.useDefaultFolder': (_input, ctx) => ctx.session.useDefaultBackupFolder(),
};
