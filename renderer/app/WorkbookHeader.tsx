import type { AppState } from '../../shared/domain/workbook';

interface Props {
  state: AppState;
  onUndo: () => void;
  onRedo: () => void;
  /** Opens Navn og rolle…. */
  onEditUser: () => void;
}

export function WorkbookHeader({ state, onUndo, onRedo, onEditUser }: Props) {
  const { workbook, undo, user } = state;
  return (
    <header className="workbook-header">
      <div className="workbook-title">
        <span className="app-name">Arbejdsbogen</span>
        <span className="file-name" title={workbook?.path}>{workbook?.fileName}</span>
        {workbook?.shared && (
          <span className="badge badge-shared" title={`Delt arbejdsbog på ${workbook.shared.server}`}>
            Delt · {workbook.shared.host}
          </span>
        )}
        {workbook?.readOnly && <span className="badge badge-warning" title={workbook.readOnlyReason ?? ''}>Skrivebeskyttet</span>}
      </div>
      <div className="workbook-actions">
        <button type="button" onClick={onUndo} disabled={!undo.canUndo} title={undo.undoLabel ? `Fortryd: ${undo.undoLabel} (Ctrl+Z)` : 'Intet at fortryde'}>
          ↶ Fortryd
        </button>
        <button type="button" onClick={onRedo} disabled={!undo.canRedo} title={undo.redoLabel ? `Gentag: ${undo.redoLabel} (Ctrl+Y)` : 'Intet at gentage'}>
          ↷ Gentag
        </button>
        <span className="saved-state" title="Hver ændring gemmes med det samme">Alt er gemt</span>
        {user && (
          <button type="button" className="user-badge" onClick={onEditUser} title="Skift navn eller rolle" aria-label={`${user.name} · ${user.role} – skift navn eller rolle`}>
            {user.name} · {user.role}
          </button>
        )}
      </div>
    </header>
  );
}
