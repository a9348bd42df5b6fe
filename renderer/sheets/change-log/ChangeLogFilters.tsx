import { SHEET_NAMES } from '../../../shared/sheets';
import { SHEETS_WITH_TABLES, type SheetWithTables } from '../../../shared/workbook-tables';
import { useChannel } from '../../api/use-channel';
import { DateField } from '../../components/DateTimeFields';
import type { ChangeLogFilter } from './use-change-log';

interface Props {
  filter: ChangeLogFilter;
  onChange: (filter: ChangeLogFilter) => void;
}

/** Narrows the change log to one sheet, one person and a period (both days included). */
export function ChangeLogFilters({ filter, onChange }: Props) {
  const { data: authors } = useChannel('workbook.changeLog.authors', {});
  const set = (patch: ChangeLogFilter) => {
    const next: ChangeLogFilter = { ...filter, ...patch };
    // An empty choice is no filter at all, not a filter for "".
    for (const key of Object.keys(next) as Array<keyof ChangeLogFilter>) if (!next[key]) delete next[key];
    onChange(next);
  };
  const filtered = Object.keys(filter).length > 0;
  return (
    <div className="change-log-filters" role="search" aria-label="Filtrér ændringsloggen">
      <label className="field">
        <span className="field-label">Ark</span>
        <select value={filter.sheet ?? ''} onChange={(e) => set({ sheet: (e.target.value || undefined) as SheetWithTables | undefined })}>
          <option value="">Alle ark</option>
          {SHEETS_WITH_TABLES.map((sheet) => (
            <option key={sheet} value={sheet}>
              {SHEET_NAMES[sheet]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">Person</span>
        <select value={filter.author ?? ''} onChange={(e) => set({ author: e.target.value || undefined })}>
          <option value="">Alle</option>
          {(authors ?? []).map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </label>
      <DateField label="Fra dato" optional value={filter.from ?? ''} onCommit={(from) => set({ from: from || undefined })} />
      <DateField label="Til dato" optional value={filter.to ?? ''} onCommit={(to) => set({ to: to || undefined })} />
      <button type="button" disabled={!filtered} onClick={() => onChange({})}>
        Vis alt
      </button>
    </div>
  );
}
