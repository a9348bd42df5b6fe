import { useState, type FormEvent } from 'react';
import type { UserProfile } from '../../shared/domain/user';
import { useNotifier } from './notifications';
import { UserFields } from './UserFields';

/** First start: who is using Arbejdsbogen on this machine. */
export function SetupDialog({ onDone }: { onDone: () => void }) {
  const [user, setUser] = useState<UserProfile>({ name: '', role: 'Formand' });
  const { run } = useNotifier();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await run('user.set', user)) onDone();
  };

  return (
    <div className="setup">
      <form className="setup-card" onSubmit={(e) => void submit(e)}>
        <h1>Velkommen til Arbejdsbogen</h1>
        <p>
          Arbejdsbogen samler styregruppens program, indsatser, plan, økonomi og møder. Skriv dit navn og vælg din rolle. Navnet står ved dine
          forslag og i ændringsloggen.
        </p>
        <UserFields user={user} onChange={setUser} />
        <button type="submit" className="primary">
          Fortsæt
        </button>
      </form>
    </div>
  );
}
