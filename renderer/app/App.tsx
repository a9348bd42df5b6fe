import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../../shared/domain/workbook';
import { call, subscribe } from '../api/client';
import { BackupDialog } from './BackupDialog';
import { LockNotice } from './LockNotice';
import { NotificationProvider, useNotifier } from './notifications';
import { SetupDialog } from './SetupDialog';
import { SHEETS, type SheetId } from './sheets';
import { useUndoKeys } from './use-undo-keys';
import { WorkbookHeader } from './WorkbookHeader';

export function App() {
  return (
    <NotificationProvider>
      <Workbench />
    </NotificationProvider>
  );
}

function Workbench() {
  const [state, setState] = useState<AppState | null>(null);
  const [startupError, setStartupError] = useState<string | null>(null);
  const [activeSheet, setActiveSheet] = useState<SheetId>('program');
  const [showBackups, setShowBackups] = useState(false);
  const { run, notify } = useNotifier();

  const refresh = useCallback(async () => {
    const next = await call('app.state', {});
    if (next.user && !next.workbook) {
      try {
        await call('workbook.openStartup', {});
        setState(await call('app.state', {}));
      } catch (error) {
        setStartupError(error instanceof Error ? error.message : String(error));
        setState(next);
      }
      return;
    }
    setState(next);
  }, []);

  useEffect(() => {
    void refresh();
    const offChanged = subscribe('workbook.changed', () => void refresh());
    const offOpened = subscribe('workbook.opened', () => void refresh());
    return () => {
      offChanged();
      offOpened();
    };
  }, [refresh]);

  const undo = useCallback(async () => {
    const result = await run('workbook.undo', {});
    if (result) notify('info', 'Fortrudt');
  }, [run, notify]);
  const redo = useCallback(async () => {
    const result = await run('workbook.redo', {});
    if (result) notify('info', 'Gentaget');
  }, [run, notify]);
  useUndoKeys(undo, redo);

  useEffect(
    () =>
      subscribe('menu.command', ({ command }) => {
        if (command === 'undo') void undo();
        if (command === 'redo') void redo();
        if (command === 'restoreBackup') setShowBackups(true);
      }),
    [undo, redo],
  );

  if (!state) return <div className="loading">Åbner Arbejdsbogen …</div>;
  if (!state.user) return <SetupDialog onDone={() => void refresh()} />;
  if (!state.workbook) {
    return <div className="loading">{startupError ? `Arbejdsbogen kunne ikke åbnes: ${startupError}` : 'Åbner arbejdsbogen …'}</div>;
  }

  const sheet = SHEETS.find((s) => s.id === activeSheet) ?? SHEETS[0];
  const SheetComponent = sheet.component;
  return (
    <div className="workbench">
      <WorkbookHeader state={state} onUndo={undo} onRedo={redo} />
      <LockNotice workbook={state.workbook} />
      <nav className="sheet-tabs" role="tablist" aria-label="Ark">
        {SHEETS.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sheet.id}
            className={s.id === sheet.id ? 'sheet-tab active' : 'sheet-tab'}
            onClick={() => setActiveSheet(s.id)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <main className="sheet" role="tabpanel" aria-label={sheet.label}>
        <SheetComponent user={state.user} readOnly={state.workbook.readOnly} />
      </main>
      {showBackups && <BackupDialog readOnly={state.workbook.readOnly} onClose={() => setShowBackups(false)} />}
    </div>
  );
}
