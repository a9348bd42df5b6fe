// Danish number and date cells shared by the initiative grids.
import type { ColDef } from 'ag-grid-community';
import { formatDateShort, isIsoDate } from '../../../shared/dates';
import { readWholeNumber, type WholeNumberRules } from '../../../shared/whole-number';

const numberFormat = new Intl.NumberFormat('da-DK');

export function formatCount(value: unknown): string {
  return value === null || value === undefined || value === '' ? '–' : numberFormat.format(value as number);
}

/**
 * A whole-number column read with the shared parser: "1.200" is 1200, and "1,5", "15 stk." or
 * "abc" are refused in Danish while the editor is open. What cannot be read stays a string,
 * so the validation can say why; with invalidEditValueMode 'block' on the grid it is never
 * stored and the typed text stays in the cell, marked. AG Grid shows no message while the
 * editor is open, so Enter or Tab on a refused entry hands the reason to onRefused.
 */
export function wholeNumberCells<T>(
  rules: WholeNumberRules,
  onRefused: (message: string) => void,
): Pick<ColDef<T>, 'cellDataType' | 'cellEditor' | 'cellEditorParams' | 'valueParser' | 'valueFormatter' | 'suppressKeyboardEvent'> {
  const message = (value: unknown): string | null => {
    if (typeof value !== 'string') return null;
    const reading = readWholeNumber(value, rules);
    return reading.ok ? null : reading.message;
  };
  return {
    cellDataType: false,
    cellEditor: 'agTextCellEditor',
    valueFormatter: (p) => (typeof p.value === 'string' ? p.value : formatCount(p.value)),
    valueParser: (p) => {
      const text = String(p.newValue ?? '');
      const reading = readWholeNumber(text, rules);
      return reading.ok ? reading.value : text;
    },
    suppressKeyboardEvent: ({ editing, event }) => {
      if (editing && event.type === 'keydown' && (event.key === 'Enter' || event.key === 'Tab') && event.target instanceof HTMLInputElement) {
        const refusal = message(event.target.value);
        if (refusal) onRefused(refusal);
      }
      return false;
    },
    cellEditorParams: {
      getValidationErrors: ({ value }: { value: unknown }) => {
        const refusal = message(value);
        return refusal ? [refusal] : null;
      },
    },
  };
}

/** Whether a changed cell holds a number (or nothing) rather than text the parser refused. */
export function isWholeNumberValue(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isSafeInteger(value));
}

export function formatIsoDate(value: unknown): string {
  return typeof value === 'string' && isIsoDate(value) ? formatDateShort(value) : '–';
}
