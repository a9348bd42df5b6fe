import { useCallback, useEffect, useRef } from 'react';
import type { UndoOutcome } from '../../shared/domain/workbook';
import { SHEET_NAMES, type SheetId } from '../../shared/sheets';
import { useNotifier } from './notifications';

/** "Fortrudt: Ret budget 2021 for Løn til 500.000 kr. (Økonomi)" */
function replayedText(verb: 'Fortrudt' | 'Gentaget', { description, sheets }: UndoOutcome['replayed']): string {
  const where = sheets.length ? ` (${sheets.map((s) => SHEET_NAMES[s]).join(', ')})` : '';
  return `${verb}: ${description}${where}`;
}

/**
 * Fortryd and Gentag for the whole workbook. Ctrl+Z may undo a change made on another sheet, so
 * the notice says what was undone and where, with a button to go there.
 */
export function useWorkbookUndo(activeSheet: SheetId, goTo: (sheet: SheetId) => void) {
  const { run, notify } = useNotifier();
  const active = useRef(activeSheet);
  useEffect(() => {
    active.current = activeSheet;
  }, [activeSheet]);

  const replay = useCallback(
    async (channel: 'workbook.undo' | 'workbook.redo') => {
      const result = await run(channel, {});
      if (!result) return;
      const { replayed } = result;
      const elsewhere = replayed.sheets.filter((sheet) => sheet !== active.current);
      notify(
        'info',
        replayedText(channel === 'workbook.undo' ? 'Fortrudt' : 'Gentaget', replayed),
        elsewhere.map((sheet) => ({ label: `Gå til ${SHEET_NAMES[sheet]}`, run: () => goTo(sheet) })),
      );
    },
    [run, notify, goTo],
  );

  const undo = useCallback(() => replay('workbook.undo'), [replay]);
  const redo = useCallback(() => replay('workbook.redo'), [replay]);
  return { undo, redo };
}
