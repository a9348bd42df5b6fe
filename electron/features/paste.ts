import { UserFacingError } from '../workbook/errors';
import type { HandlerMap } from './handler';

/** "Indsæt 4 celler i Styregruppens medlemmer": the change's name in the change log and on undo. */
function describe(grid: string, count: number): string {
  const cells = `${count} ${count === 1 ? 'celle' : 'celler'}`;
  return grid.trim() ? `Indsæt ${cells} i ${grid.trim()}` : `Indsæt ${cells}`;
}

/** Ends a refusal with a full stop once, whatever the cell's own message ended with. */
const sentence = (text: string) => text.replace(/[.\s]+$/, '');

export const pasteHandlers: HandlerMap<'grid.paste'> = {
  /**
   * A pasted block: every cell is stored by the handler a typed value uses, all inside one
   * transaction, so the block is one change and one undo step. The first refused cell refuses
   * the block, named as the person sees it, and rolls back every cell before it.
   */
  'grid.paste': ({ grid, cells }, ctx) => {
    const wb = ctx.workbook();
    return wb.mutate(ctx.author, describe(grid, cells.length), () => {
      for (const cell of cells) {
        try {
          ctx.callWithin(cell.channel, cell.input);
        } catch (error) {
          if (!(error instanceof UserFacingError)) throw error;
          throw new UserFacingError(error.code, `Intet er sat ind: ${cell.where} – ${sentence(error.message)}`);
        }
      }
      return { changed: cells.length };
    });
  },
};
