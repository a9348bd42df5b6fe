import { useState, type FormEvent } from 'react';
import { USER_ROLES, type UserRole } from '../../shared/domain/user';
import { useNotifier } from './notifications';

/** First start: who is using Arbejdsbogen on this machine. */
export function SetupDialog({ onDone }: { onDone: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('Formand');
  const { run } = useNotifier();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run('user.set', { name, role })) onDone();
  };

  return (
    <div className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)}>
        <h1>Velkommen til Arbejdsbogen</h1>
        <p>
          Arbejdsbogen samler styregruppens program, indsatser, plan, økonomi og møder. Skriv dit navn og vælg din rolle. Navnet står ved dine
          forslag og i ændringsloggen.
        </p>
        <label>
          Navn
          <input autoFocus value={name} onChange={(e) => setName(e.target.value)} placeholder="Fornavn Efternavn" />
        </label>
        <label>
          Rolle
          <select value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
            {USER_ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Fortsæt
        </button>
      </form>
    </div>
  );
}
