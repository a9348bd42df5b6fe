import { useEffect, useState } from 'react';
import { call, filesAreDownloads, subscribe } from '../api/client';

/**
 * How many changes to the shared workbook the server refused on a resend (the Konflikter list):
 * 0 for a local file. The browser keeps no outbox, so it never has any.
 */
export function useConflictCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (filesAreDownloads()) return undefined;
    let live = true;
    const load = () => {
      call('conflicts.list', {}).then(
        (list) => live && setCount(list.changes.length),
        // Not answered now (the workbook is opening): the next event says.
        () => undefined,
      );
    };
    load();
    const offChanged = subscribe('conflicts.changed', ({ refused }) => setCount(refused));
    const offOpened = subscribe('workbook.opened', load);
    return () => {
      live = false;
      offChanged();
      offOpened();
    };
  }, []);
  return count;
}
