import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChangeLogEntry } from '../../../shared/domain/workbook';
import type { SheetWithTables } from '../../../shared/workbook-tables';
import { call, subscribeWorkbookChanges } from '../../api/client';

/** How many change sets one page shows; "Vis flere" adds another page of older ones. */
const CHANGE_LOG_PAGE = 500;
/** The most the change-log channel hands out in one call. */
const MAX_PER_CALL = 10_000;

export interface ChangeLogFilter {
  sheet?: SheetWithTables;
  author?: string;
  from?: string;
  to?: string;
}

export interface ChangeLogView {
  entries: ChangeLogEntry[];
  /** Older entries matching the filter remain to be shown. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  showMore: () => void;
}

/**
 * The change log as far back as the user has asked to see, filtered in the main process. Each
 * call asks for one entry more than it shows, to know whether there are older ones. A change to
 * the workbook reloads as many entries as are shown, so "Vis flere" is not lost.
 */
export function useChangeLog(filter: ChangeLogFilter): ChangeLogView {
  const [entries, setEntries] = useState<ChangeLogEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const wanted = useRef(CHANGE_LOG_PAGE);
  const latest = useRef(0);
  const key = JSON.stringify(filter);

  const load = useCallback(
    async (before: ChangeLogEntry | undefined, count: number) => {
      const ticket = ++latest.current;
      setLoading(true);
      try {
        const limit = Math.min(count, MAX_PER_CALL - 1);
        const query = { ...(JSON.parse(key) as ChangeLogFilter), limit: limit + 1, ...(before ? { before: before.setId } : {}) };
        const page = await call('workbook.changeLog', query);
        if (ticket !== latest.current) return;
        setEntries((shown) => [...(before ? shown : []), ...page.slice(0, limit)]);
        setHasMore(page.length > limit);
        setError(null);
      } catch (e) {
        if (ticket === latest.current) setError(e instanceof Error ? e.message : String(e));
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [key],
  );

  useEffect(() => {
    wanted.current = CHANGE_LOG_PAGE;
    void load(undefined, wanted.current);
    return subscribeWorkbookChanges(() => void load(undefined, wanted.current));
  }, [load]);

  const showMore = useCallback(() => {
    const oldest = entries.at(-1);
    if (!oldest) return;
    wanted.current = entries.length + CHANGE_LOG_PAGE;
    void load(oldest, CHANGE_LOG_PAGE);
  }, [entries, load]);

  return { entries, hasMore, loading, error, showMore };
}
