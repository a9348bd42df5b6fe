import { refuseIfChangedByOther } from '../../workbook/edit-conflicts';
import { UserFacingError } from '../../workbook/errors';
import type { Workbook } from '../../workbook/workbook';
import { EMPTY_ROW, isEmptyYear, SELECT_YEAR_ROW, type StoredAmount } from './amounts';
import { lineLabel } from './read-sheet';

export interface DeviationNoteInput {
  lineId: number;
  year: number;
  note: string;
  /** The explanation as the person saw it: refused when someone else has changed it since. */
  seen?: string;
}

/**
 * Stores the afvigelsesforklaring for a line's year, as one change. It lives on the year row
 * with the figures it explains; a row left with neither figures nor explanation is removed.
 */
export function setDeviationNote(wb: Workbook, author: string, input: DeviationNoteInput): { changed: boolean } {
  const note = input.note.trim();
  const what = `afvigelsesforklaring ${input.year} for ${lineLabel(wb, input.lineId)}`;
  return wb.mutate(author, note ? `Ret ${what}` : `Fjern ${what}`, (tx) => {
    if (!tx.db.prepare('SELECT 1 FROM budget_line WHERE id = ?').pluck().get(input.lineId)) {
      throw new UserFacingError('not_found', 'Budgetlinjen findes ikke (måske er den slettet). Intet er gemt');
    }
    const existing = tx.db.prepare(SELECT_YEAR_ROW).get(input.lineId, input.year) as StoredAmount | undefined;
    if (input.seen !== undefined) {
      refuseIfChangedByOther(tx.db, author, {
        table: 'budget_amount',
        match: existing ? { id: existing.id } : { columns: { line_id: input.lineId, year: input.year } },
        column: 'deviation_note',
        seen: input.seen.trim(),
        current: existing?.deviation_note ?? '',
        what: () => `Afvigelsesforklaringen ${input.year} for ${lineLabel(tx, input.lineId)}`,
      });
    }
    if (!existing) {
      if (!note) return { changed: false };
      tx.insert('budget_amount', { ...EMPTY_ROW, line_id: input.lineId, year: input.year, deviation_note: note });
      return { changed: true };
    }
    const { id, ...current } = existing;
    if (isEmptyYear({ ...current, deviation_note: note })) {
      tx.remove('budget_amount', id);
      return { changed: true };
    }
    return { changed: tx.update('budget_amount', id, { deviation_note: note }) };
  });
}
