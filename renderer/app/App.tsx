import { useCallback, useEffect, useState } from 'react';
import type { AppState } from '../../shared/domain/workbook';
import { call, subscribe, subscribeWorkbookChanges } from '../api/client';
import { BackupDialog } from './BackupDialog';
import { ConflictsDialog } from './ConflictsDialog';
import { ImportProgrammeDialog } from './import/ImportProgrammeDialog';
import { LockNotice } from './LockNotice';
import { NotificationProvider } from './notifications';
import { SetupDialog } from './SetupDialog';
import { SharedWorkbookDialog } from './SharedWorkbookDialog';
import { SheetBoundary } from './SheetBoundary';
import { UserDialog } from './UserDialog';
import { guardSelectsFromStrayText } from './select-text-guard';
import { SHEETS, type SheetId } from './sheets';
import { useConflictCount } from './use-conflict-count';
import { usePresence } from './use-presence';
import { useUndoKeys } from './use-undo-keys';
import { useWorkbookUndo } from './use-workbook-undo';
import { WorkbookHeader } from './WorkbookHeader';
import { moveFocusInGroup, rovingTabIndex } from '../components/roving-focus';

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
  const [showUser, setShowUser] = useState(false);
  const [showConflicts, setShowConflicts] = useState(false);
  /** Filer → Ny arbejdsbog fra programdokument…: the document is chosen and previewed, then created. */
  const [importing, setImporting] = useState(false);
  const conflictCount = useConflictCount();
  // Subscribed from the first render: a shared workbook says who is online as soon as it connects.
  const presence = usePresence();
  /** Filer → Åbn delt arbejdsbog…, or a shared entry of Seneste filer whose code must be typed. */
  const [sharedDialog, setSharedDialog] = useState<{ sharedId?: string } | null>(null);

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
    return subscribeWorkbookChanges(() => void refresh());
  }, [refresh]);

  const { undo, redo } = useWorkbookUndo(activeSheet, setActiveSheet);
  useUndoKeys(undo, redo);
  useEffect(() => guardSelectsFromStrayText(document), []);

  useEffect(
    () =>
      subscribe('menu.command', ({ command, sharedId }) => {
        if (command === 'undo') void undo();
        if (command === 'redo') void redo();
        if (command === 'restoreBackup') setShowBackups(true);
        if (command === 'editUser') setShowUser(true);
        if (command === 'openShared') setSharedDialog({ sharedId });
        if (command === 'conflicts') setShowConflicts(true);
        if (command === 'importProgramme') setImporting(true);
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
      <WorkbookHeader
        state={state}
        presence={presence}
        onUndo={undo}
        onRedo={redo}
        onEditUser={() => setShowUser(true)}
        conflicts={conflictCount}
        onShowConflicts={() => setShowConflicts(true)}
      />
      <LockNotice workbook={state.workbook} />
      <nav className="sheet-tabs" role="tablist" aria-label="Ark" onKeyDown={(e) => moveFocusInGroup(e, { select: true })}>
        {SHEETS.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            aria-selected={s.id === sheet.id}
            tabIndex={rovingTabIndex(s.id === sheet.id)}
            className={s.id === sheet.id ? 'sheet-tab active' : 'sheet-tab'}
            onClick={() => setActiveSheet(s.id)}
          >
            {s.label}
          </button>
        ))}
      </nav>
      <main className="sheet" role="tabpanel" aria-label={sheet.label}>
        <SheetBoundary key={sheet.id} sheetLabel={sheet.label}>
          <SheetComponent user={state.user} readOnly={state.workbook.readOnly} openSheet={setActiveSheet} />
        </SheetBoundary>
      </main>
      {showBackups && <BackupDialog readOnly={state.workbook.readOnly} onClose={() => setShowBackups(false)} />}
      {showUser && <UserDialog user={state.user} onSaved={() => void refresh()} onClose={() => setShowUser(false)} />}
      {showConflicts && <ConflictsDialog onClose={() => setShowConflicts(false)} />}
      {importing && <ImportProgrammeDialog onCreated={() => void refresh()} onClose={() => setImporting(false)} />}
      {sharedDialog && <SharedWorkbookDialog sharedId={sharedDialog.sharedId} onOpened={() => void refresh()} onClose={() => setSharedDialog(null)} />}
    </div>
  );
}
