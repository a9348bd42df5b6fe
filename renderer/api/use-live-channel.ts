import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ChangedRow } from '../../shared/api/workbook-change';
import { call, subscribe } from './client';

export interface LiveData<S> {
  data: S | undefined;
  error: string | null;
  reload: () => void;
}

/** derive for a sheet that holds what the channel answers as it is. */
export const asLoaded = <T,>(value: T): T => value;

/** What a sheet makes of a change's rows: its state updated (the same object when untouched), or 'reload'. */
export type ApplyRows<S> = (state: S, rows: readonly ChangedRow[]) => S | 'reload';

/**
 * Loads a query channel into the sheet's own state (derive), and keeps it up to date: after an
 * edit, undo or redo the changed rows go to apply, which updates only what they touch; it falls
 * back to loading the channel again when it answers 'reload', when the change named no rows (too
 * many), while a load is still under way, and when another workbook is opened.
 * derive and apply should be module-level functions: a new one reloads the channel.
 */
export function useLiveChannel<C extends Channel, S>(
  channel: C, input: ChannelInput<C>, derive: (value: ChannelResult<C>) => S, apply: ApplyRows<S>,
): LiveData<S> {
  const [data, setData] = useState<S>();
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify(input);
  const latest = useRef(0);
  const loading = useRef(false);
  // Changes can follow each other faster than React renders: each applies to the one before.
  const current = useRef<S | undefined>(undefined);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    loading.current = true;
    call(channel, JSON.parse(key) as ChannelInput<C>).then(
      (value) => {
        if (ticket !== latest.current) return;
        loading.current = false;
        current.current = derive(value);
        setData(current.current);
        setError(null);
      },
      (e: unknown) => {
        if (ticket !== latest.current) return;
        loading.current = false;
        setError(e instanceof Error ? e.message : String(e));
      },
    );
  }, [channel, key, derive]);

  useEffect(() => {
    current.current = undefined;
    reload();
    const offChanged = subscribe('workbook.changed', (change) => {
      const state = current.current;
      // A load under way may or may not hold this change: only a new load is sure to.
      if (state === undefined || loading.current || change.rows === null) return reload();
      const next = apply(state, change.rows);
      if (next === 'reload') return reload();
      if (next === state) return;
      current.current = next;
      setData(next);
    });
    const offOpened = subscribe('workbook.opened', reload);
    return () => {
      offChanged();
      offOpened();
    };
  }, [reload, apply]);

  return { data, error, reload };
}
