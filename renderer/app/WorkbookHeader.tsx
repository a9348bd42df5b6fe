import type { WorkbookPresence } from '../../shared/api/bridge';
import type { AppState } from '../../shared/domain/workbook';
import { filesAreDownloads, logOutAction } from '../api/client';
import { useNotifier } from './notifications';
import { SharedPresence } from './SharedPresence';

interface Props {
  state: AppState;
  /** Who is online, for a shared workbook; null for a local file. */
  presence: WorkbookPresence | null;
  onUndo: () => void;
  onRedo: () => void;
  /** Opens Navn og rolle…. */
  onEditUser: () => void;
  /** Changes the server refused on a resend (a shared workbook's Konflikter list). */
  conflicts: number;
  onShowConflicts: () => void;
}

export function WorkbookHeader({ state, presence, onUndo, onRedo, onEditUser, conflicts, onShowConflicts }: Props) {
  const { workbook, undo, user } = state;
  const logOut = logOutAction();
  return (
    <header className="workbook-header">
      <div className="workbook-title">
        <span className="app-name">Arbejdsbogen</span>
        <span className="file-name" title={workbook?.path}>{workbook?.fileName}</span>
        {/* Before the server has said who is online (SharedPresence then names the server). */}
        {workbook?.shared && !presence && (
          <span className="badge badge-shared" title={`Delt arbejdsbog på ${workbook.shared.server}`}>
            Delt · {workbook.shared.host}
          </span>
        )}
        {workbook?.readOnly && <span className="badge badge-warning" title={workbook.readOnlyReason ?? ''}>Skrivebeskyttet</span>}
        {presence && <SharedPresence presence={presence} />}
      </div>
      <div className="workbook-actions">
        {conflicts > 0 && (
          <button type="button" className="conflicts-button" onClick={onShowConflicts} title="Ændringer, serveren afviste, da de blev sendt efter en afbrudt forbindelse">
            ⚠ {conflicts} {conflicts === 1 ? 'konflikt' : 'konflikter'}
          </button>
        )}
        <button type="button" onClick={onUndo} disabled={!undo.canUndo} title={undo.undoLabel ? `Fortryd: ${undo.undoLabel} (Ctrl+Z)` : 'Intet at fortryde'}>
          ↶ Fortryd
        </button>
        <button type="button" onClick={onRedo} disabled={!undo.canRedo} title={undo.redoLabel ? `Gentag: ${undo.redoLabel} (Ctrl+Y)` : 'Intet at gentage'}>
          ↷ Gentag
        </button>
        {filesAreDownloads() && <DownloadCopyButton />}
        <span className="saved-state" title="Hver ændring gemmes med det samme">Alt er gemt</span>
        {user && presence && (
          // In a shared workbook the name and role come from the invitation, not from this window.
          <span className="user-badge" title="Navn og rolle kommer fra din invitation">{user.name} · {user.role}</span>
        )}
        {user && !presence && (
          <button type="button" className="user-badge" onClick={onEditUser} title="Skift navn eller rolle" aria-label={`${user.name} · ${user.role} – skift navn eller rolle`}>
            {user.name} · {user.role}
          </button>
        )}
        {logOut && <button type="button" onClick={logOut}>Log ud</button>}
      </div>
    </header>
  );
}

/** The browser has no Filer-menu: a copy of the shared workbook is fetched from here. */
function DownloadCopyButton() {
  const { run, notify } = useNotifier();
  const download = async () => {
    const copy = await run('workbook.saveCopyDialog', {});
    if (copy) notify('info', `En kopi af arbejdsbogen er hentet: ${copy}`);
  };
  return (
    <button type="button" onClick={() => void download()} title="Hent arbejdsbogen, som den er nu, som en fil på denne computer">
      Hent kopi
    </button>
  );
}
