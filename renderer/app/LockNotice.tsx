import { useState } from 'react';
import type { WorkbookInfo } from '../../shared/domain/workbook';
import { useNotifier } from './notifications';
import './safety.css';

/**
 * Why the workbook is read-only (someone else has it, or the folder cannot be written), and for
 * a lock left by a crashed app the question whether to take it over.
 */
export function LockNotice({ workbook }: { workbook: WorkbookInfo }) {
  const { run, notify } = useNotifier();
  const [answered, setAnswered] = useState<string | null>(null);
  const lock = workbook.lock;
  if (!lock) return null;
  const key = `${workbook.path}|${lock.since ?? ''}|${lock.state}`;

  const takeOver = async () => {
    setAnswered(key);
    const result = await run('workbook.lock.takeOver', {});
    if (result) notify('info', 'Du har overtaget arbejdsbogen og kan nu ændre i den');
  };

  return (
    <>
      <div className={`lock-banner lock-${lock.state}`} role="status">
        <span>{lock.message}.</span>
        {lock.state === 'stale' && answered === key && (
          <button type="button" onClick={() => void takeOver()}>Overtag arbejdsbogen</button>
        )}
      </div>
      {lock.state === 'stale' && answered !== key && (
        <div className="modal-backdrop">
          <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="lock-title">
            <h2 id="lock-title">Arbejdsbogen ser ud til at være efterladt åben</h2>
            <p>{lock.message}.</p>
            <p>Overtag den kun, hvis du er sikker på, at {lock.user ? `${lock.user}` : 'den anden bruger'} ikke arbejder i den lige nu.</p>
            <div className="modal-actions">
              <button type="button" onClick={() => setAnswered(key)}>Fortsæt skrivebeskyttet</button>
              <button type="button" className="danger" onClick={() => void takeOver()}>Overtag arbejdsbogen</button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
