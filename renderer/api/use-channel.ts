import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import { call, subscribeWorkbookChanges } from './client';

export interface ChannelData<T> {
  data: T | undefined;
  error: string | null;
  reload: () => void;
}

/**
 * Loads a query channel and reloads it whenever the workbook changes (edit, undo, redo) or
 * another workbook is opened, so every sheet always shows what is stored.
 */
export function useChannel<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelData<ChannelResult<C>> {
  const [data, setData] = useState<ChannelResult<C>>();
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (value) => {
        if (ticket !== latest.current) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (ticket === latest.current) setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [channel, key]);

  useEffect(() => {
    reload();
    return subscribeWorkbookChanges(reload);
  }, [reload]);

  return { data, error, reload };
}
