import type { AgendaItem } from '../../../shared/domain/meeting';
import { useNotifier } from '../../app/notifications';
import { FieldInput } from '../../components/FieldInput';

interface Props {
  item: AgendaItem;
  locked: boolean;
  onRefused: () => void;
}

/** Bilag: chosen with the system's file dialog, opened with the system's program for them. */
export function Attachments({ item, locked, onRefused }: Props) {
  const { run } = useNotifier();
  return (
    <>
      {item.attachments.length === 0 ? (
        <p className="hint">Ingen bilag.</p>
      ) : (
        <ul className="attachments" aria-label="Bilag">
          {item.attachments.map((a) => (
            <li key={a.id}>
              <FieldInput
                label={`Navn på bilag ${a.name}`}
                hideLabel
                className="attachment-name"
                value={a.name}
                readOnly={locked}
                onCommit={async (name) => {
                  const renamed = await run('meetings.attachments.rename', { id: a.id, name });
                  if (!renamed) onRefused();
                  return renamed !== undefined;
                }}
              />
              <span className="attachment-path" title={a.path}>
                {a.path}
              </span>
              <button type="button" onClick={() => void run('meetings.attachments.open', { id: a.id })}>
                Åbn
              </button>
              {!locked && (
                <button type="button" aria-label={`Fjern bilag ${a.name}`} onClick={() => void run('meetings.attachments.remove', { id: a.id })}>
                  Fjern
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <button type="button" onClick={() => void run('meetings.attachments.add', { itemId: item.id })}>
          + Tilføj bilag …
        </button>
      )}
    </>
  );
}
