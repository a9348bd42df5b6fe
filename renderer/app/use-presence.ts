import { useEffect, useState } from 'react';
import type { WorkbookPresence } from '../../shared/api/bridge';
import { filesAreDownloads, subscribe } from '../api/client';

/** Who has the shared workbook open now; null for a local workbook (no such events come). */
export function usePresence(): WorkbookPresence | null {
  const [presence, setPresence] = useState<WorkbookPresence | null>(null);
  useEffect(() => {
    const offPresence = subscribe('workbook.presence', setPresence);
    // The app left a shared workbook for a local file: nobody is online in a file. (The
    // browser's only workbook is the shared one, whose info does not say so.)
    const offOpened = subscribe('workbook.opened', (info) => {
      if (!info.shared && !filesAreDownloads()) setPresence(null);
    });
    return () => {
      offPresence();
      offOpened();
    };
  }, []);
  return presence;
}

/** The server's address as a person reads it: the host, without scheme. */
export function serverHost(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}
