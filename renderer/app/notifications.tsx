import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiCallError, call } from '../api/client';
import { gatherCall, isGathering } from '../grid/paste-batch';
import type { Channel, ChannelInput, ChannelResult } from '../../shared/api/contract';
import type { ApiFailure } from '../../shared/api/envelope';

/** A button in a notice, e.g. "Gå til Økonomi"; pressing it also closes the notice. */
export interface NoticeAction {
  label: string;
  run: () => void;
}

interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
  actions: NoticeAction[];
}

interface Notifier {
  notify(kind: Notice['kind'], text: string, actions?: NoticeAction[]): void;
  /** Runs a change; shows the Danish error if it is refused. Resolves to undefined then. */
  run<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelResult<C> | undefined>;
  /** Like run, but answers the refusal's message too, for a grid cell that keeps the typed text. */
  attempt<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Attempt<ChannelResult<C>>>;
}

/** changedBy: refused because someone else changed the field meanwhile (see ApiFailure). */
export type Attempt<T> = { ok: true; value: T } | { ok: false; message: string; changedBy?: ApiFailure['changedBy'] };

const NotifierContext = createContext<Notifier | null>(null);

export function useNotifier(): Notifier {
  const notifier = useContext(NotifierContext);
  if (!notifier) throw new Error('useNotifier uden NotificationProvider');
  return notifier;
}

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);

  const close = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);

  const notify = useCallback(
    (kind: Notice['kind'], text: string, actions: NoticeAction[] = []) => {
      // While a paste runs the cells' handlers, the block gives the one notice for them all.
      if (isGathering()) return;
      const id = nextId.current++;
      setNotices((list) => [...list.slice(-3), { id, kind, text, actions }]);
      // A notice with a button stays long enough to be read and used.
      window.setTimeout(() => close(id), kind === 'error' || actions.length > 0 ? 8000 : 3000);
    },
    [close],
  );

  const attempt = useCallback(
    async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Attempt<ChannelResult<C>>> => {
      // A cell's call made while a paste gathers is stored with the block, not on its own.
      const gathered = gatherCall(channel, input);
      if (gathered) return (await gathered) as Attempt<ChannelResult<C>>;
      try {
        return { ok: true, value: await call(channel, input) };
      } catch (error) {
        const message = error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl';
        notify('error', message);
        return { ok: false, message, changedBy: error instanceof ApiCallError ? error.failure.changedBy : undefined };
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
            {n.actions.length > 0 && (
              <span className="notice-actions">
                {n.actions.map((action) => (
                  <button
                    key={action.label}
                    type="button"
                    className="notice-action"
                    onClick={() => {
                      close(n.id);
                      action.run();
                    }}
                  >
                    {action.label}
                  </button>
                ))}
              </span>
            )}
            <button type="button" className="notice-close" aria-label="Luk" onClick={() => close(n.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </NotifierContext.Provider>
  );
}
