import { useEffect, useRef, useState } from 'react';
import type { BudgetInitiative } from '../../../shared/domain/budget';

interface Props {
  heading: string;
  confirmLabel: string;
  initialTitle: string;
  initialInitiativeIds: number[];
  initiatives: BudgetInitiative[];
  /** A new group may be left unnamed: it is then named after its initiatives. */
  titleRequired: boolean;
  onSave: (title: string, initiativeIds: number[]) => void;
  onCancel: () => void;
}

/** Names a budget group and says which initiatives its money belongs to. */
export function GroupDialog({ heading, confirmLabel, initialTitle, initialInitiativeIds, initiatives, titleRequired, onSave, onCancel }: Props) {
  const [title, setTitle] = useState(initialTitle);
  const [selected, setSelected] = useState<Set<number>>(new Set(initialInitiativeIds));
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const missingTitle = titleRequired && title.trim() === '';

  const toggle = (id: number) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        className="modal budget-group-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="group-dialog-title"
        onSubmit={(e) => {
          e.preventDefault();
          if (!missingTitle) onSave(title.trim(), initiatives.filter((i) => selected.has(i.id)).map((i) => i.id));
        }}
      >
        <h2 id="group-dialog-title">{heading}</h2>
        <label className="field">
          <span className="field-label">Gruppens navn</span>
          <input
            ref={titleRef}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder={titleRequired ? '' : 'Tomt: navngives efter indsatsen, fx "Indsats 4 – …"'}
          />
        </label>
        <fieldset className="initiative-choices">
          <legend className="field-label">Pengene hører til</legend>
          {initiatives.length === 0 && <p className="hint">Der er ingen indsatser i arbejdsbogen endnu.</p>}
          {initiatives.map((i) => (
            <label key={i.id} className="checkbox-line">
              <input type="checkbox" checked={selected.has(i.id)} onChange={() => toggle(i.id)} />
              Indsats {i.number}: {i.title}
            </label>
          ))}
        </fieldset>
        <div className="modal-actions">
          <button type="button" onClick={onCancel}>
            Annullér
          </button>
          <button type="submit" className="primary" disabled={missingTitle}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
