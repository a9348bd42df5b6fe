import { useCallback, useEffect, useState } from 'react';
import { BACKUP_KIND_LABELS, type BackupEntry, type BackupOverview } from '../../shared/domain/backup';
import { formatTimestamp } from '../../shared/dates';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { call } from '../api/client';
import { useNotifier } from './notifications';
import './safety.css';

interface Props {
  readOnly: boolean;
  onClose: () => void;
}

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

function describe(entry: BackupEntry): string {
  return `${WEEKDAYS[new Date(entry.at).getDay()]} ${formatTimestamp(entry.at)}`;
}

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('da-DK')} kB` : `${(bytes / 1024 / 1024).toLocaleString('da-DK', { maximumFractionDigits: 1 })} MB`;
}

/** Filer → Gendan fra sikkerhedskopi…: the backups by date; restoring one after a confirmation. */
export function BackupDialog({ readOnly, onClose }: Props) {
  const { run, notify } = useNotifier();
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setOverview(await call('backups.list', {}));
    } catch (error) {
      setLoadError(error instanceof Error ? error.message : String(error));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const chosen = overview?.backups.find((b) => b.name === selected) ?? null;

  const restore = async () => {
    if (!chosen) return;
    setConfirming(false);
    const result = await run('backups.restore', { name: chosen.name });
    if (result) {
      notify('info', `Arbejdsbogen er gendannet, som den var ${describe(chosen)}`);
      onClose();
    } else {
      void load();
    }
  };

  const update = async (channel: 'backups.chooseFolder' | 'backups.useDefaultFolder' | 'backups.createNow') => {
    const result = await run(channel, {});
    if (result) setOverview(result);
  };

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && !confirming && onClose()}>
      <div className="modal backup-dialog" role="dialog" aria-modal="true" aria-labelledby="backup-title">
        <h2 id="backup-title">Gendan fra sikkerhedskopi</h2>
        {loadError && <p className="backup-error" role="alert">{loadError}</p>}
        {overview && (
          <>
            <p className="backup-folder">
              Sikkerhedskopierne ligger i <span className="path">{overview.folder}</span>
              {overview.chosenByUser ? ' (valgt af dig)' : ' (ved siden af arbejdsbogen)'}. Der tages automatisk én kopi om dagen, og de seneste {overview.keep} gemmes.
            </p>
            {overview.lastError && <p className="backup-error" role="alert">{overview.lastError}</p>}
            {overview.backups.length === 0 ? (
              <p>Der er endnu ingen sikkerhedskopier.</p>
            ) : (
              <ul className="backup-list" role="listbox" aria-label="Sikkerhedskopier">
                {overview.backups.map((b) => (
                  <li
                    key={b.name}
                    role="option"
                    aria-selected={b.name === selected}
                    tabIndex={0}
                    className={b.name === selected ? 'selected' : undefined}
                    onClick={() => setSelected(b.name)}
                    onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && setSelected(b.name)}
                  >
                    <span className="backup-date">{describe(b)}</span>
                    <span className="backup-kind">{BACKUP_KIND_LABELS[b.kind]}</span>
                    <span className="backup-size">{size(b.sizeBytes)}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        <div className="modal-actions backup-actions">
          <button type="button" onClick={() => void update('backups.chooseFolder')}>Vælg mappe…</button>
          {overview?.chosenByUser && <button type="button" onClick={() => void update('backups.useDefaultFolder')}>Brug mappen ved arbejdsbogen</button>}
          <button type="button" onClick={() => void update('backups.createNow')}>Tag en kopi nu</button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>Luk</button>
          <button type="button" className="danger" disabled={!chosen || readOnly} title={readOnly ? 'Arbejdsbogen er skrivebeskyttet' : undefined} onClick={() => setConfirming(true)}>
            Gendan…
          </button>
        </div>
      </div>
      {confirming && chosen && (
        <ConfirmDialog
          title="Gendan sikkerhedskopi?"
          message={`Arbejdsbogen bliver sat tilbage til, som den var ${describe(chosen)}. Den nuværende tilstand gemmes først som en sikkerhedskopi, så intet går tabt.`}
          confirmLabel="Gendan"
          onConfirm={() => void restore()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
