import { useState } from 'react';
import type { ChannelInput } from '../../../shared/api/contract';
import type { GeneratedDocument } from '../../../shared/domain/report';
import { filesAreDownloads } from '../../api/client';
import { useNotifier } from '../../app/notifications';

/**
 * Generates a Word document through `reports.generate` (the main process asks where to save it
 * and opens it; in a browser it arrives as a download) and tells the user how it went. Used by the Rapporter sheet and a meeting's page.
 */
export function useGenerateDocument() {
  const { run, notify } = useNotifier();
  const [busy, setBusy] = useState(false);
  const [latest, setLatest] = useState<GeneratedDocument | null>(null);

  const generate = async (input: ChannelInput<'reports.generate'>): Promise<GeneratedDocument | null> => {
    setBusy(true);
    try {
      const result = await run('reports.generate', input);
      if (result === undefined) return null;
      if (result === null) {
        notify('info', 'Intet gemt');
        return null;
      }
      setLatest(result);
      if (filesAreDownloads()) notify('info', `${result.fileName} er hentet`);
      else if (result.opened) notify('info', `${result.fileName} er gemt og åbnet`);
      else notify('error', `${result.fileName} er gemt, men kunne ikke åbnes: ${result.openError ?? 'ukendt fejl'}`);
      return result;
    } finally {
      setBusy(false);
    }
  };

  return { generate, busy, latest };
}
