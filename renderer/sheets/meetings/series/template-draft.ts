// The template agenda as the Mødeplan panel edits it: each row keeps the typed minutes as text,
// so "1,5" stays in the field with its reason instead of being lost.
import { AGENDA_ITEM_TYPES } from '../../../../shared/domain/meeting';
import type { TemplateItem } from '../../../../shared/domain/meeting-series';
import { MAX_ITEM_MINUTES } from '../../../../shared/meetings/agenda';
import { newRecurringItem, orderTemplate } from '../../../../shared/meetings/series';

export interface TemplateRow extends Omit<TemplateItem, 'minutes'> {
  /** Stable key for React while rows are added and removed. */
  key: number;
  /** The stored template item this row edits; absent for a new row. */
  templateItemId?: number;
  minutes: string;
}

export const ITEM_TYPES = AGENDA_ITEM_TYPES;

let nextKey = 1;

export function toRows(items: ReadonlyArray<TemplateItem & { id?: number }>): TemplateRow[] {
  return items.map((item) => ({
    key: nextKey++,
    templateItemId: item.id,
    standing: item.standing,
    title: item.title,
    type: item.type,
    presenter: item.presenter,
    minutes: String(item.minutes),
    recommendation: item.recommendation,
  }));
}

/** A new recurring item, placed before Eventuelt. */
export function withNewRow(rows: readonly TemplateRow[]): TemplateRow[] {
  return orderTemplate([...rows, { ...newRecurringItem(), key: nextKey++, minutes: String(newRecurringItem().minutes) }]);
}

/** Why a row cannot be saved, in Danish; null when it can. */
export function rowProblem(row: TemplateRow): string | null {
  if (row.title.trim() === '') return 'Skriv en titel på punktet';
  const minutes = Number(row.minutes.trim());
  if (row.minutes.trim() === '' || !Number.isInteger(minutes) || minutes < 0 || minutes > MAX_ITEM_MINUTES) {
    return `Minutter skal være et helt antal minutter fra 0 til ${MAX_ITEM_MINUTES}`;
  }
  return null;
}

/** The rows as the channels take them (templateItemId only for a stored item). */
export function toTemplateInput(rows: readonly TemplateRow[]): Array<TemplateItem & { templateItemId?: number }> {
  return rows.map(({ key: _key, templateItemId, minutes, ...item }) => ({ ...item, minutes: Number(minutes.trim()), ...(templateItemId === undefined ? {} : { templateItemId }) }));
}
