import { useRef } from 'react';
import { UnsavedText } from './UnsavedText';
import { useFieldDraft, type FieldSave } from './use-field-draft';

interface Props {
  label: string;
  value: string;
  /**
   * Called with the new text when the field loses focus (or Enter in a one-line field), and the
   * stored text the field showed when typing began (to send as `seen`).
   */
  onCommit: FieldSave;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
  name?: string;
  /** Label only for assistive technology (a row of fields under a caption). */
  hideLabel?: boolean;
}

/**
 * A labelled text field that stores on leaving it. Escape puts back the stored text. When the
 * store refuses the text, the field shows the stored value again (the error is shown elsewhere);
 * when someone else changed the field meanwhile, the user's text is kept below it (UnsavedText).
 */
export function EditableText({ label, value, onCommit, multiline, rows = 4, readOnly, placeholder, name, hideLabel }: Props) {
  const field = useFieldDraft(value);
  const { draft } = field;
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  const common = {
    ref: element,
    name,
    value: draft,
    readOnly,
    placeholder,
    'aria-label': label,
    onChange: (e: { target: { value: string } }) => field.edit(e.target.value),
    onBlur: () => void (field.editing && !readOnly && field.save(draft, onCommit)),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') field.restore();
      if (e.key === 'Enter' && !multiline) (e.target as HTMLElement).blur();
    },
  };
  return (
    <>
      <label className={multiline ? 'field field-long' : 'field'}>
        {!hideLabel && <span className="field-label">{label}</span>}
        {multiline ? <textarea rows={Math.max(rows, Math.min(18, Math.ceil(draft.length / 110) + draft.split('\n').length))} {...common} /> : <input {...common} />}
      </label>
      {field.unsaved && (
        <UnsavedText
          unsaved={field.unsaved}
          multiline={multiline}
          onTake={() => {
            field.takeUnsaved();
            element.current?.focus();
          }}
          onDiscard={field.discardUnsaved}
        />
      )}
    </>
  );
}
