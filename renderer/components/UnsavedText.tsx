import type { UnsavedText as Unsaved } from './use-field-draft';

interface Props {
  unsaved: Unsaved;
  /** The field holds several lines: the kept text is shown the same way. */
  multiline?: boolean;
  /** Puts the text back in the field (and focuses it), to be stored when the user leaves it. */
  onTake: () => void;
  onDiscard: () => void;
}

/**
 * Below a field whose edit was refused because someone else changed it meanwhile: the field shows
 * what is stored now, and the user's own text stays here – readable, selectable and copyable –
 * until they put it back in the field or throw it away. Nothing typed disappears unannounced.
 */
export function UnsavedText({ unsaved, multiline, onTake, onDiscard }: Props) {
  const common = { readOnly: true, value: unsaved.text, 'aria-label': 'Din tekst, der ikke blev gemt' };
  return (
    <div className="field-unsaved" role="group" aria-label="Din tekst er ikke gemt">
      <span>
        Din tekst er ikke gemt: {unsaved.author} ændrede feltet, mens du skrev. Feltet viser nu det gemte.
      </span>
      {multiline ? <textarea rows={Math.min(8, unsaved.text.split('\n').length + 1)} {...common} /> : <input {...common} />}
      <span className="field-unsaved-buttons">
        <button type="button" onClick={onTake}>
          Brug min tekst
        </button>
        <button type="button" onClick={onDiscard}>
          Kassér min tekst
        </button>
      </span>
    </div>
  );
}
