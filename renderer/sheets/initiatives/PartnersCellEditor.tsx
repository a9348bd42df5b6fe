import { useState } from 'react';
import { useArrowList } from '../../components/use-arrow-list';
import { ChooserActions } from '../../components/ChooserActions';
import type { CustomCellEditorProps } from 'ag-grid-react';
import type { Activity, Partner } from '../../../shared/domain/activity';
import { useNotifier } from '../../app/notifications';

export interface PartnersEditorParams {
  partners: Partner[];
}

/**
 * Chooses an activity's partners from the shared list (AG Grid Community has no multi-select
 * editor). ↑/↓ move, Space ticks, Enter or Tab saves, Escape cancels; a partner not on the list
 * can be added here.
 */
export function PartnersCellEditor(props: CustomCellEditorProps<Activity, number[]> & PartnersEditorParams) {
  const { run } = useNotifier();
  const [added, setAdded] = useState<Partner[]>([]);
  const [newName, setNewName] = useState('');
  const { listRef, onKeyDown } = useArrowList();
  const chosen = props.value ?? [];
  const partners = [...props.partners, ...added.filter((a) => !props.partners.some((p) => p.id === a.id))];

  // ↑/↓ move between the partners and the «Ny partner» field (Tab is the grid's: on to the next cell).
  const toggle = (id: number) => props.onValueChange(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);

  const addPartner = async () => {
    const name = newName.trim();
    if (!name) return;
    const partner = await run('partners.add', { name });
    if (!partner) return;
    setAdded((list) => [...list, partner]);
    setNewName('');
    props.onValueChange([...chosen, partner.id]);
  };

  return (
    <div className="partners-editor" ref={listRef} role="group" aria-label="Vælg partnere" onKeyDown={onKeyDown}>
      {partners.length === 0 && <p className="hint">Der er ingen partnere endnu – tilføj den første herunder.</p>}
      {partners.map((p) => (
        <label key={p.id} className="partners-option">
          <input type="checkbox" checked={chosen.includes(p.id)} onChange={() => toggle(p.id)} />
          <span>{p.name}</span>
          <small>{p.kind}</small>
        </label>
      ))}
      <div className="partners-new">
        <input
          data-role="new-partner"
          aria-label="Ny partner"
          placeholder="Ny partner …"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void addPartner();
            }
          }}
        />
        <button type="button" onClick={() => void addPartner()} disabled={!newName.trim()}>
          Tilføj
        </button>
      </div>
      <ChooserActions className="partners-actions" onSave={() => props.stopEditing()} />
    </div>
  );
}
