import { z } from 'zod';
import { mutation } from './channel';
import { requiredText, shortText, strictInput } from './validation';

/**
 * The cell-editing channels a pasted block may run together. Each cell is stored by the very
 * channel a typed value uses (validated by its own schema and handler); the block only makes
 * them one change. Adds, removes and anything async are never part of a paste.
 */
export const PASTE_CELL_CHANNELS = [
  'members.update',
  'program.list.update',
  'initiatives.update',
  'initiatives.participants.update',
  'activities.update',
  'activities.setPartners',
  'followUps.update',
  'partners.update',
  'actions.update',
] as const;

export type PasteCellChannel = (typeof PASTE_CELL_CHANNELS)[number];

/** As many cells as the largest grid a person could select and paste into at once. */
export const MAX_PASTED_CELLS = 10_000;

const pastedCell = strictInput(
  {
    channel: z.enum(PASTE_CELL_CHANNELS, { error: 'Denne celle kan ikke udfyldes ved at sætte ind' }),
    /** Checked against the channel's own schema when the block runs. */
    input: z.unknown(),
    /** Where the cell is, as the person sees it ("række 3, E-mail"); names a refused cell. */
    where: requiredText('Cellens placering', 300),
  },
  'cellen',
);

export const pasteChannels = {
  /** Stores a block pasted into a grid as one change: every cell or none. */
  'grid.paste': mutation<{ changed: number }>()(
    strictInput({
      /** The grid's name as shown ("Styregruppens medlemmer"), for the change log and undo. */
      grid: shortText('Gitterets navn', 200),
      cells: z
        .array(pastedCell, { error: 'Cellerne skal være en liste' })
        .min(1, { error: 'Der er intet at sætte ind' })
        .max(MAX_PASTED_CELLS, { error: `Der kan højst sættes ${MAX_PASTED_CELLS.toLocaleString('da-DK')} celler ind ad gangen` }),
    }),
  ),
};
