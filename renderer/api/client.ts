// Typed calls over the one bridge the preload exposes. Failures become ApiCallError with the
// main process's Danish message.
import type { AppEventName, AppEvents, ArbejdsbogBridge } from '../../shared/api/bridge';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ApiFailure } from '../../shared/api/envelope';

declare global {
  interface Window {
    arbejdsbog?: ArbejdsbogBridge;
  }
}

export class ApiCallError extends Error {
  constructor(readonly failure: ApiFailure) {
    super(failure.message);
    this.name = 'ApiCallError';
  }
}

function bridge(): ArbejdsbogBridge {
  if (!window.arbejdsbog) throw new Error('Arbejdsbogen kører uden forbindelse til hovedprogrammet');
  return window.arbejdsbog;
}

export async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C>> {
  const envelope = await bridge().invoke(channel, input);
  if (!envelope.ok) throw new ApiCallError(envelope.error);
  return envelope.value as ChannelResult<C>;
}

export function subscribe<E extends AppEventName>(event: E, listener: (payload: AppEvents[E]) => void): () => void {
  return bridge().on(event, listener);
}

/** Calls listener whenever what is shown may be stale: an edit, undo or redo, or another workbook opened. */
export function subscribeWorkbookChanges(listener: () => void): () => void {
  const offChanged = subscribe('workbook.changed', listener);
  const offOpened = subscribe('workbook.opened', listener);
  return () => {
    offChanged();
    offOpened();
  };
}

/** The browser client: files a call saves (documents, exports, a copy) arrive as the browser's downloads. */
export function filesAreDownloads(): boolean {
  return window.arbejdsbog?.files === 'browser';
}

/** Ends the login to a shared workbook, where the bridge can (the browser client); else null. */
export function logOutAction(): (() => void) | null {
  return window.arbejdsbog?.logOut ?? null;
}
