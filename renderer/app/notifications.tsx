import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiCallError, call } from '../api/client';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';

interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface Notifier {
  notify(kind: Notice['kind'], text: string): void;
  /** Runs a change; shows the Danish error if it is refused. Resolves to undefined then. */
  run<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C> | undefined>;
}

const NotifierContext = createContext<Notifier | null>(null);

export function useNotifier(): Notifier {
  const notifier = useContext(NotifierContext);
  if (!notifier) throw new Error('useNotifier uden NotificationProvider');
  return notifier;
}

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const notify = useCallback((kind: Notice['kind'], text: string) => {
    const id = nextId.current++;
    setNotices((list) => [...list.slice(-3), { id, kind, text }]);
    window.setTimeout(() => setNotices((list) => list.filter((n) => n.id !== id)), kind === 'error' ? 8000 : 3000);
  }, []);

  const run = useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      try {
        return await call(channel, input);
      } catch (error) {
        notify('error', error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl');
        return undefined;
      }
    },
    [notify],
  );

  const value = useMemo(() => ({ notify, run }), [notify, run]);
  return (
    <NotifierContext.Provider value={value}>
      {children}
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            {n.text}
            <button type="button" className="notice-close" aria-label="Luk" onClick={() => setNotices((l) => l.filter((x) => x.id !== n.id))}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifierContext.Provider>
  );
}
