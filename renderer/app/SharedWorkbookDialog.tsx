import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SharedWorkbookEntry, SharedWorkbookOverview } from '../../shared/domain/shared-workbook';
import type { WorkbookInfo } from '../../shared/domain/workbook';
import { ApiCallError, call } from '../api/client';
import { useNotifier } from './notifications';

interface Props {
  /** A shared workbook from Seneste filer whose code must be typed again: filled in. */
  sharedId?: string;
  onOpened: () => void;
  onClose: () => void;
}

/** "arbejdsbog.gladsaxe.dk" is meant as https://arbejdsbog.gladsaxe.dk. */
function withScheme(address: string): string {
  const trimmed = address.trim();
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) || trimmed === '' ? trimmed : `https://${trimmed}`;
}

/**
 * Filer → Åbn delt arbejdsbog…: the server, the workbook and the invitation code. The app's main
 * process logs in and holds the connection; the code is never shown or sent back here.
 */
export function SharedWorkbookDialog({ sharedId, onOpened, onClose }: Props) {
  const [overview, setOverview] = useState<SharedWorkbookOverview | null>(null);
  const [server, setServer] = useState('');
  const [workbook, setWorkbook] = useState('');
  const [code, setCode] = useState('');
  const [remember, setRemember] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);
  const { notify } = useNotifier();

  const fillFrom = (entry: SharedWorkbookEntry) => {
    setServer(entry.server);
    setWorkbook(entry.workbook);
    setProblem(null);
    codeField.current?.focus();
  };

  useEffect(() => {
    let live = true;
    void call('workbook.sharedWorkbooks', {}).then((loaded) => {
      if (!live) return;
      setOverview(loaded);
      const chosen = loaded.entries.find((e) => e.id === sharedId);
      if (chosen) {
        setServer(chosen.server);
        setWorkbook(chosen.workbook);
        codeField.current?.focus();
      }
    });
    return () => {
      live = false;
    };
  }, [sharedId]);

  const opened = (info: WorkbookInfo) => {
    notify('info', `${info.fileName} er åbnet fra ${info.shared?.host ?? 'serveren'}`);
    onOpened();
    onClose();
  };

  const open = async (request: () => Promise<WorkbookInfo>) => {
    setBusy(true);
    setProblem(null);
    try {
      opened(await request());
    } catch (error) {
      setProblem(error instanceof ApiCallError ? error.message : 'Der opstod en uventet fejl');
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const canRemember = overview?.canRememberCode ?? false;
    void open(() => call('workbook.openShared', { server: withScheme(server), workbook, code, remember: canRemember && remember }));
  };

  const canRemember = overview?.canRememberCode ?? true;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && !busy && onClose()}>
      <form className="modal user-dialog shared-dialog" role="dialog" aria-modal="true" aria-labelledby="shared-dialog-title" onSubmit={submit}>
        <h2 id="shared-dialog-title">Åbn delt arbejdsbog</h2>
        <p className="hint">Hele styregruppen arbejder i den samme arbejdsbog på kommunens server. Du logger ind med den personlige invitationskode, du har fået.</p>
        {overview && overview.entries.length > 0 && (
          <div className="shared-recent" role="group" aria-label="Tidligere delte arbejdsbøger">
            {overview.entries.map((entry) => (
              <button
                key={entry.id}
                type="button"
                disabled={busy}
                onClick={() => (entry.codeRemembered ? void open(() => call('workbook.openRecentShared', { id: entry.id })) : fillFrom(entry))}
                title={entry.codeRemembered ? 'Åbn med den gemte kode' : 'Udfyld – koden skal skrives igen'}
              >
                {entry.workbook} <span className="hint">Delt · {entry.host} · {entry.memberName} ({entry.role})</span>
              </button>
            ))}
          </div>
        )}
        <label className="user-field">
          Serverens adresse
          <input autoFocus={!sharedId} value={server} onChange={(e) => setServer(e.target.value)} placeholder="https://arbejdsbog.kommune.dk" spellCheck={false} />
        </label>
        <label className="user-field">
          Arbejdsbog
          <input value={workbook} onChange={(e) => setWorkbook(e.target.value)} placeholder="Social balance i Mørkhøj" spellCheck={false} />
        </label>
        <label className="user-field">
          Invitationskode
          <input ref={codeField} type="password" autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} placeholder="ABCD-EFGH-…" spellCheck={false} />
        </label>
        <label className="shared-remember">
          <input type="checkbox" checked={canRemember && remember} disabled={!canRemember} onChange={(e) => setRemember(e.target.checked)} /> Husk koden på denne computer
        </label>
        <p className="hint">
          {canRemember
            ? 'Koden gemmes krypteret med computerens nøglering og vises aldrig igen.'
            : 'Koden kan ikke gemmes sikkert på denne computer (der er ingen nøglering), så du bliver spurgt om den, hver gang du åbner arbejdsbogen.'}
        </p>
        {problem && (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            Annullér
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Forbinder …' : 'Åbn'}
          </button>
        </div>
      </form>
    </div>
  );
}
