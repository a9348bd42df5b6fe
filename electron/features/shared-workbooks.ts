import type { sharedWorkbookChannels } from '../../shared/api/shared-workbook-channels';
import { UserFacingError } from '../workbook/errors';
import type { HandlerMap } from './handler';

/**
 * Opening a shared workbook needs the app's main process, which holds the connection
 * (electron/app/workbook-router.ts answers these there). Through the CLI or the server the
 * opening channels refuse; the list of shared workbooks is only this machine's settings.
 */
const onlyInTheApp = () => {
  throw new UserFacingError('refused', 'En delt arbejdsbog åbnes i appen: Filer → Åbn delt arbejdsbog…');
};

export const sharedWorkbookHandlers: HandlerMap<keyof typeof sharedWorkbookChannels> = {
  'workbook.openShared': onlyInTheApp,
  'workbook.openRecentShared': onlyInTheApp,
  'workbook.sharedWorkbooks': (_input, ctx) => ({
    canRememberCode: ctx.session.settings.canRememberCodes,
    entries: ctx.session.settings.sharedWorkbooks,
  }),
};
