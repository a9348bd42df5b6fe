import { useEffect, useRef } from 'react';
import { STANDING_ITEMS } from '../../../../shared/domain/meeting';
import type { AgendaItemType } from '../../../../shared/domain/meeting';
import { ITEM_TYPES, rowProblem, withNewRow, type TemplateRow } from './template-draft';

interface Props {
  rows: TemplateRow[];
  onChange: (rows: TemplateRow[]) => void;
}

/**
 * The template agenda: the standing items (their time and presenter can be set) and the recurring
 * items every meeting of the series gets. A plain table of fields, so Tab walks it field by field.
 */
export function TemplateEditor({ rows, onChange }: Props) {
  const update = (key: number, patch: Partial<TemplateRow>) => onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const table = useRef<HTMLTableElement>(null);
  // A new row is typed in straight away: its title field takes the focus.
  const focusKey = useRef<number | null>(null);
  useEffect(() => {
    if (focusKey.current === null) return;
    table.current?.querySelector<HTMLInputElement>(`[data-row="${focusKey.current}"]`)?.focus();
    focusKey.current = null;
  }, [rows]);
  const add = () => {
    const next = withNewRow(rows);
    focusKey.current = next.find((row) => !rows.includes(row))?.key ?? null;
    onChange(next);
  };
  return (
    <div className="series-template">
      <table ref={table}>
        <caption>Skabelon til dagsordenen</caption>
        <thead>
          <tr>
            <th scope="col">Punkt</th>
            <th scope="col">Type</th>
            <th scope="col">Minutter</th>
            <th scope="col">Fremlægges af</th>
            <th scope="col">
              <span className="visually-hidden">Fjern</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const problem = rowProblem(row);
            const name = row.standing ? STANDING_ITEMS[row.standing] : `Punkt ${index + 1}`;
            return (
              <tr key={row.key}>
                <td>
                  {row.standing ? (
                    <span className="series-standing" title="Fast punkt på alle dagsordener">
                      {row.title}
                    </span>
                  ) : (
                    <input data-row={row.key} aria-label={`${name}: titel`} value={row.title} placeholder="Titel på punktet" onChange={(e) => update(row.key, { title: e.target.value })} />
                  )}
                  {problem && (
                    <span className="field-problem" role="alert">
                      {problem}
                    </span>
                  )}
                </td>
                <td>
                  <select aria-label={`${row.standing ? row.title : name}: type`} value={row.type} disabled={row.standing !== null} onChange={(e) => update(row.key, { type: e.target.value as AgendaItemType })}>
                    {ITEM_TYPES.map((type) => (
                      <option key={type} value={type}>
                        {type}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    className="series-minutes"
                    aria-label={`${row.standing ? row.title : name}: minutter`}
                    inputMode="numeric"
                    value={row.minutes}
                    aria-invalid={problem?.startsWith('Minutter') ? true : undefined}
                    onChange={(e) => update(row.key, { minutes: e.target.value })}
                  />
                </td>
                <td>
                  <input aria-label={`${row.standing ? row.title : name}: fremlægges af`} value={row.presenter} onChange={(e) => update(row.key, { presenter: e.target.value })} />
                </td>
                <td>
                  {!row.standing && (
                    <button type="button" aria-label={`Fjern ${row.title || name.toLowerCase()}`} onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
                      Fjern
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" onClick={add}>
        + Punkt på alle møder
      </button>
    </div>
  );
}
