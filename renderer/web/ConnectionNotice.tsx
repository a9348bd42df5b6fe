import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionState } from './socket-bridge';

/** The connection's state, kept outside React so the socket can be made once, not per render. */
export interface ConnectionStore {
  get(): ConnectionState;
  set(state: ConnectionState): void;
  subscribe(listener: () => void): () => void;
}

export function createConnectionStore(): ConnectionStore {
  let state: ConnectionState = { kind: 'connecting' };
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set: (next) => {
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Shown over the sheets while the server cannot be reached; nothing while all is well. */
export function ConnectionNotice({ store, onRetry }: { store: ConnectionStore; onRetry: () => void }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const seconds = useSecondsUntil(state.kind === 'lost' ? state.retryAt : null);
  if (state.kind !== 'lost') return null;
  return (
    <div className="connection-notice" role="alert">
      <strong>Forbindelsen til serveren er afbrudt.</strong> Browseren virker kun med forbindelse: ændringer, du laver nu, bliver ikke gemt. Vent, til den er tilbage
      {seconds > 0 ? ` – prøver igen om ${seconds} s` : ' – prøver igen nu'}.{' '}
      <button type="button" onClick={onRetry}>Prøv nu</button>
    </div>
  );
}

function useSecondsUntil(at: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (at === null) return;
    // From the moment the pause began, not from when the notice was first made.
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [at]);
  return at === null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}
