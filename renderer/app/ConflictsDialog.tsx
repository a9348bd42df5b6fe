import { useCallback, useEffect, useRef, useState } from 'react';
import { formatTimestamp } from '../../shared/dates';
import type { RefusedChange, RefusedChangeList } from '../../shared/domain/refused-change';
import { call, subscribe } from '../api/client';
import { copyText } from './copy-text';
import { useNotifier } from './notifications';
import './conflicts.css';

interface Props {
  onClose: () => void;
}

/** A pasted block may hold thousands of cells: the first are shown, the rest counted (Kopiér takes them all). */
const MAX_FIELDS_SHOWN = 50;

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Konflikter: changes to the shared workbook the server refused when they were sent after a lost
 * connection. Each shows what it was, mine beside theirs and the server's reason; the user keeps
 * theirs, applies mine again (having now seen theirs) or copies mine out.
 */
export function ConflictsDialog({ onClose }: Props) {
  const { run, notify } = useNotifier();
  const [list, setList] = useState<RefusedChangeList | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  const load = useCallback(async () => {
    try {
      setList(await call('conflicts.list', {}));
      setLoadError(null);
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  useEffect(() => {
    void load();
    dialog.current?.focus();
    // Theirs may change while the list is open, and so may the list itself.
    const offCounts = subscribe('conflicts.changed', () => void load());
    const offChanged = subscribe('workbook.changed', () => void load());
    const offOpened = subscribe('workbook.opened', () => void load());
    return () => {
      offCounts();
      offChanged();
      offOpened();
    };
  }, [load]);

  const act = async (change: RefusedChange, channel: 'conflicts.takeTheirs' | 'conflicts.applyMine') => {
    setBusy(change.callId);
    try {
      const next = await run(channel, { callId: change.callId });
      if (next) {
        setList(next);
        notify('info', channel === 'conflicts.takeTheirs' ? `Deres er beholdt: ${change.subject}. Din ændring er kasseret` : `Din ændring er gemt: ${change.subject}`);
      } else {
        // Refused again (the notice says why): it is listed with the new reason.
        await load();
      }
    } finally {
      setBusy(null);
    }
  };

  const copy = (change: RefusedChange) => {
    if (copyText(change.mineText)) notify('info', 'Din ændring er kopieret, så du kan sætte den ind et andet sted');
    else notify('error', 'Teksten kunne ikke kopieres');
  };

  const changes = list?.changes ?? [];
  return (
    // Closing never waits for a change being sent: without a connection it waits in the outbox, and the list says how it went.
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div ref={dialog} tabIndex={-1} className="modal conflicts-dialog" role="dialog" aria-modal="true" aria-labelledby="conflicts-title">
        <h2 id="conflicts-title">Konflikter</h2>
        <p className="hint">
          Ændringer, du lavede uden forbindelse, og som serveren afviste, da de blev sendt: fx fordi en anden havde ændret det samme
          imens, eller mødet var blevet låst. Intet er gemt af dem, før du vælger.
        </p>
        {loadError && <p className="field-problem" role="alert">{loadError}</p>}
        {list?.theirsProblem && <p className="conflicts-problem" role="status">{list.theirsProblem}</p>}
        {list && changes.length === 0 && <p className="conflicts-empty">Der er ingen afviste ændringer.</p>}
        {changes.length > 0 && (
          <ul className="conflict-list" aria-label="Afviste ændringer">
            {changes.map((change) => (
              <li key={change.callId} className="conflict" aria-label={`${change.subject} (${change.action})`}>
                <div className="conflict-head">
                  <span className="conflict-what">
                    {change.sheet && <span className="conflict-sheet">{change.sheet} · </span>}
                    {change.subject}
                  </span>
                  <span className="conflict-action">{change.action}</span>
                </div>
                <p className="conflict-when">
                  Lavet {formatTimestamp(change.at)} · afvist {formatTimestamp(change.refusedAt)}
                </p>
                <p className="conflict-reason">{change.message}</p>
                {change.fields.length > 0 && (
                  <table className="conflict-values">
                    <thead>
                      <tr>
                        <th scope="col">Felt</th>
                        <th scope="col">Min</th>
                        <th scope="col">Deres (nu)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {change.fields.slice(0, MAX_FIELDS_SHOWN).map((field, index) => (
                        <tr key={`${field.label}|${index}`}>
                          <th scope="row">{capitalised(field.label)}</th>
                          <td className="conflict-mine"><div>{field.mine}</div></td>
                          <td className="conflict-theirs"><div>{field.theirs ?? '–'}</div></td>
                        </tr>
                      ))}
                      {change.fields.length > MAX_FIELDS_SHOWN && (
                        <tr>
                          <td colSpan={3} className="conflict-more">… og {change.fields.length - MAX_FIELDS_SHOWN} felter mere</td>
                        </tr>
                      )}
                    </tbody>
                  </table>
                )}
                <div className="conflict-actions">
                  <button type="button" disabled={busy !== null} onClick={() => void act(change, 'conflicts.takeTheirs')} title="Behold det, der står nu, og kassér din ændring">
                    Brug deres
                  </button>
                  <button type="button" disabled={busy !== null} onClick={() => void act(change, 'conflicts.applyMine')} title="Send din ændring igen – oven i det, der står nu">
                    {busy === change.callId ? 'Sender …' : 'Anvend min igen'}
                  </button>
                  <button type="button" disabled={!change.mineText} onClick={() => copy(change)} title="Kopiér din tekst til udklipsholderen">
                    Kopiér
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Luk
          </button>
        </div>
      </div>
    </div>
  );
}
