import type { CustomCellEditorProps } from 'ag-grid-react';
import type { GoalLinkChoice } from '../../../shared/domain/goal';
import { useArrowList } from '../../components/use-arrow-list';
import { ChooserActions } from '../../components/ChooserActions';
import './goal-links.css';

/** A link as the cell holds it: »i:3« for initiative 3, »a:17« for activity 17. */
export type GoalLinkKey = `i:${number}` | `a:${number}`;

export interface GoalLinksEditorParams {
  choices: GoalLinkChoice[];
}

/**
 * Chooses the initiatives and activities a goal is linked to: each initiative with its activities
 * under it, as checkboxes. ↑/↓ move, Space ticks, Enter or Tab saves, Escape cancels – like the
 * partner chooser, so the grid stays one Tab stop.
 */
export function GoalLinksCellEditor(props: CustomCellEditorProps<unknown, GoalLinkKey[]> & GoalLinksEditorParams) {
  const { listRef, onKeyDown } = useArrowList();
  const chosen = props.value ?? [];

  const toggle = (key: GoalLinkKey) => props.onValueChange(chosen.includes(key) ? chosen.filter((c) => c !== key) : [...chosen, key]);

  const option = (key: GoalLinkKey, text: string, className: string) => (
    <label key={key} className={`goal-links-option ${className}`}>
      <input type="checkbox" checked={chosen.includes(key)} onChange={() => toggle(key)} />
      <span>{text}</span>
    </label>
  );

  return (
    <div className="goal-links-editor" ref={listRef} role="group" aria-label="Vælg indsatser og aktiviteter" onKeyDown={onKeyDown}>
      {props.choices.length === 0 && <p className="hint">Der er ingen indsatser endnu.</p>}
      {props.choices.map((c) => [
        option(`i:${c.initiativeId}`, `Indsats ${c.number}: ${c.title}`, 'initiative'),
        ...c.activities.map((a) => option(`a:${a.id}`, a.name, 'activity')),
      ])}
      <ChooserActions className="goal-links-actions" onSave={() => props.stopEditing()} />
    </div>
  );
}

/** »Indsats 1; Lektiecafé for børn og unge« – the cell as it reads, in the chooser's order. */
export function goalLinksText(keys: readonly GoalLinkKey[], choices: readonly GoalLinkChoice[]): string {
  const names = choices.flatMap((c) => [
    ...(keys.includes(`i:${c.initiativeId}`) ? [`Indsats ${c.number}`] : []),
    ...c.activities.filter((a) => keys.includes(`a:${a.id}`)).map((a) => a.name),
  ]);
  return names.join('; ') || '–';
}
