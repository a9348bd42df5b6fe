import { useState, type FormEvent } from 'react';
import type { UserProfile } from '../../shared/domain/user';
import { useNotifier } from './notifications';
import { UserFields } from './UserFields';

interface Props {
  user: UserProfile;
  onSaved: () => void;
  onClose: () => void;
}

/** Navn og rolle…: the name and role after the first start, from the header or the Filer menu. */
export function UserDialog({ user, onSaved, onClose }: Props) {
  const [draft, setDraft] = useState<UserProfile>(user);
  const { run, notify } = useNotifier();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run('user.set', draft);
    if (!saved) return;
    notify('info', `Du står nu som ${saved.name} (${saved.role})`);
    onSaved();
    onClose();
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <form className="modal user-dialog" role="dialog" aria-modal="true" aria-labelledby="user-dialog-title" onSubmit={(e) => void submit(e)}>
        <h2 id="user-dialog-title">Navn og rolle</h2>
        <p className="hint">
          Gemmes på denne computer, ikke i arbejdsbogen. Dine ændringer og forslag står fremover under det nye navn; tidligere ændringer
          beholder det navn, de blev lavet under.
        </p>
        <UserFields user={draft} onChange={setDraft} />
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Annullér
          </button>
          <button type="submit" className="primary">
            Gem
          </button>
        </div>
      </form>
    </div>
  );
}
