// Gathers the calls a grid's own cell handlers make while a pasted block is being planned, so
// the block is stored as one `grid.paste` change: the sheets keep one way of storing a cell
// (their onCellValueChanged), and a paste reuses it cell by cell without sending anything.
import type { Channel, ChannelInput } from '../../shared/api/contract';
import { PASTE_CELL_CHANNELS, type PasteCellChannel } from '../../shared/api/paste-channels';

/** The answer a gathered call gets once the block is stored or refused. */
export type GatheredAnswer = { ok: true; value: unknown } | { ok: false; message: string };

export interface GatheredCall {
  channel: PasteCellChannel;
  input: unknown;
  answer: (result: GatheredAnswer) => void;
}

/** Set only while a paste runs the cell handlers (synchronously); null the rest of the time. */
let gathering: { calls: GatheredCall[]; refused: string | null } | null = null;

const isPasteChannel = (channel: Channel): channel is PasteCellChannel => (PASTE_CELL_CHANNELS as readonly string[]).includes(channel);

/** True while a paste gathers calls: the cells' own notices wait for the block's one notice. */
export function isGathering(): boolean {
  return gathering !== null;
}

/**
 * Called by the notifier for every call: while a paste gathers, the call is kept for the block
 * and answered when the block is; otherwise null and the call goes out as usual.
 */
export function gatherCall<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<GatheredAnswer> | null {
  const current = gathering;
  if (!current) return null;
  if (!isPasteChannel(channel)) {
    // Only cell edits may be part of a block; anything else refuses it rather than go out alone.
    current.refused ??= 'Denne celle kan ikke udfyldes ved at sætte ind';
    return Promise.resolve({ ok: false, message: current.refused });
  }
  return new Promise((resolve) => current.calls.push({ channel, input, answer: resolve }));
}

/** Runs fn with gathering on; answers what fn returned and the calls it made. */
export function gatherCalls<T>(fn: () => T): { result: T; calls: GatheredCall[]; refused: string | null } {
  const outer = gathering;
  gathering = { calls: [], refused: null };
  const current = gathering;
  try {
    return { result: fn(), calls: current.calls, refused: current.refused };
  } finally {
    gathering = outer;
  }
}
