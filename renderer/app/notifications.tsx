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
  /** Like run, but answers the refusal's message too, for a grid cell that keeps the typed text. */
  attempt<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Attempt<ChannelResult<C>>>;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string };

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

  const attempt = useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Attempt<ChannelResult<C>>> => {
      try {
        return { ok: true, value: await call(channel, input) };
      } catch (error) {
        const message = error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl';
        notify('error', message);
        return { ok: false, message };
      }
    },
    [notify],
  );

  const run = useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      const result = await attempt(channel, input);
      return result.ok ? result.value : undefined;
    },
    [attempt],
  );

  const value = useMemo(() => ({ notify, run, attempt }), [notify, run, attempt]);
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
