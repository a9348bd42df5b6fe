import { useEffect, useState } from 'react';
import type { WorkbookPresence } from '../../shared/api/bridge';
import { subscribe } from '../api/client';

/** Who has the shared workbook open now; null for a local workbook (no such events come). */
export function usePresence(): WorkbookPresence | null {
  const [presence, setPresence] = useState<WorkbookPresence | null>(null);
  useEffect(() => subscribe('workbook.presence', setPresence), []);
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
