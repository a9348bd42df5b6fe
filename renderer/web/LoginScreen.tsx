import { useState, type FormEvent } from 'react';
import type { LoginAnswer } from '../../shared/api/socket-protocol';
import { logIn } from './login-api';

const LAST_WORKBOOK = 'arbejdsbogen.sidste-arbejdsbog';

/** The workbook named in the link (…/?arbejdsbog=Navn), else the one last logged in to on this browser. */
function suggestedWorkbook(): string {
  return new URLSearchParams(location.search).get('arbejdsbog') ?? localStorage.getItem(LAST_WORKBOOK) ?? '';
}

interface Props {
  /** Why the page asks again (a login that ended), or null. */
  reason: string | null;
  onLoggedIn(login: LoginAnswer): void;
}

export function LoginScreen({ reason, onLoggedIn }: Props) {
  const [workbook, setWorkbook] = useState(suggestedWorkbook);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const answer = await logIn({ workbook: workbook.trim(), code: code.trim() });
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.error.message);
      return;
    }
    localStorage.setItem(LAST_WORKBOOK, answer.value.workbook.replace(/\.arbejdsbog$/, ''));
    setCode('');
    onLoggedIn(answer.value);
  };

  return (
    <main className="login-screen">
      <form className="card login-card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <h1 id="login-title">Arbejdsbogen</h1>
        <p className="hint">Log ind på den delte arbejdsbog med den personlige invitationskode, du har fået fra formanden.</p>
        {reason && <p className="login-reason" role="status">{reason}</p>}
        <label className="field">
          <span className="field-label">Arbejdsbog</span>
          <input
            name="arbejdsbog"
            value={workbook}
            onChange={(e) => setWorkbook(e.target.value)}
            placeholder="fx Social balance i Mørkhøj"
            autoComplete="off"
            required
            autoFocus={!workbook}
          />
        </label>
        <label className="field">
          <span className="field-label">Invitationskode</span>
          <input
            name="invitationskode"
            type="password"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            required
            autoFocus={!!workbook}
          />
        </label>
        {problem && <p className="field-problem login-problem" role="alert">{problem}</p>}
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Logger ind …' : 'Log ind'}</button>
      </form>
    </main>
  );
}
