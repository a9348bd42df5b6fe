import path from 'node:path';
import type { appChannels } from '../../shared/api/app-channels';
import type { UndoOutcome } from '../../shared/domain/workbook';
import { sheetsOfTables } from '../../shared/workbook-tables';
import { UserFacingError } from '../workbook/errors';
import { WORKBOOK_EXTENSION } from '../workbook/file-format';
import type { Replayed } from '../workbook/workbook';
import { readChangeLog, readChangeLogAuthors } from './change-log';
import { runChecks } from './checks';
import { dumpWorkbook } from './dump';
import type { HandlerMap } from './handler';

/** Names the sheets the undone or redone change touched, so the window can say where it was. */
function undoOutcome({ state, change }: Replayed): UndoOutcome {
  return { ...state, replayed: { description: change.description, sheets: sheetsOfTables(change.tables) } };
}

/** A chosen file name with .arbejdsbog (a save dialog may leave it off). */
export function withExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(WORKBOOK_EXTENSION) ? filePath : `${filePath}${WORKBOOK_EXTENSION}`;
}

export const appHandlers: HandlerMap<keyof typeof appChannels> = {
  // The acting user: on the server the member, not the server's own settings.
  // Fortryd and Gentag are the caller's own too.
  'app.state': (_input, ctx) => ({ ...ctx.session.state(ctx.author), user: ctx.user }),

  'user.set': (user, ctx) => {
    const before = ctx.session.author;
    ctx.session.settings.setUser({ name: user.name.trim(), role: user.role });
    // Under the new name, Ctrl+Z still undoes what the user did under the old one.
    ctx.session.current?.renameAuthor(before, ctx.session.author);
    return ctx.session.settings.user ?? user;
  },

  'workbook.openStartup': (_input, ctx) => ctx.session.openStartup(),

  'workbook.newFromProgrammeDialog': async (_input, ctx) => {
    const target = await ctx.shell.chooseFileToSave(`Ny arbejdsbog${WORKBOOK_EXTENSION}`, 'Ny arbejdsbog fra programdokumentet');
    return target ? ctx.session.create(withExtension(target), 'programme') : null;
  },

  'workbook.newBlankDialog': async (_input, ctx) => {
    const target = await ctx.shell.chooseFileToSave(`Tom arbejdsbog${WORKBOOK_EXTENSION}`, 'Ny tom arbejdsbog');
    return target ? ctx.session.create(withExtension(target), 'blank') : null;
  },

  'workbook.openDialog': async (_input, ctx) => {
    const target = await ctx.shell.chooseFileToOpen();
    return target ? ctx.session.open(target) : null;
  },

  'workbook.saveCopyDialog': async (_input, ctx) => {
    const wb = ctx.workbook();
    const suggested = `${path.basename(wb.filePath, WORKBOOK_EXTENSION)} (kopi)${WORKBOOK_EXTENSION}`;
    const target = await ctx.shell.chooseFileToSave(suggested, 'Gem kopi som');
    return target ? ctx.session.saveCopy(withExtension(target)) : null;
  },

  'workbook.openRecent': ({ path: requested }, ctx) => {
    // The renderer may only reopen a file the user opened before, never name a new path.
    if (!ctx.session.settings.recentFiles.includes(requested)) {
      throw new UserFacingError('refused', 'Filen er ikke blandt de seneste filer');
    }
    return ctx.session.open(requested);
  },

  'workbook.undo': (_input, ctx) => undoOutcome(ctx.workbook().undo(ctx.author)),
  'workbook.redo': (_input, ctx) => undoOutcome(ctx.workbook().redo(ctx.author)),
  'workbook.changeLog': (query, ctx) => readChangeLog(ctx.workbook(), query),
  'workbook.changeLog.authors': (_input, ctx) => readChangeLogAuthors(ctx.workbook()),
  'workbook.check': (_input, ctx) => runChecks(ctx.workbook()),
  'workbook.dump': (_input, ctx) => dumpWorkbook(ctx.workbook()),
};
