import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { asLoaded, useLiveChannel, type LiveData } from './use-live-channel';

export type ChannelData<T> = LiveData<T>;

const reloadAlways = () => 'reload' as const;

/**
 * Loads a query channel and reloads it whenever the workbook changes (edit, undo, redo) or
 * another workbook is opened, so every sheet always shows what is stored. A sheet that can
 * update the changed rows itself uses useLiveChannel.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelData<ChannelResult<C>> {
  return useLiveChannel(channel, input, asLoaded<ChannelResult<C>>, reloadAlways);
}
