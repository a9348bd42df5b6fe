import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  /** Called with the new text when the field loses focus (or Enter in a one-line field). */
  onCommit: (value: string) => Promise<unknown> | void;
  multiline?: boolean;
  rows?: number;
  readOnly?: boolean;
  placeholder?: string;
  name?: string;
}

/**
 * A labelled text field that stores on leaving it. Escape puts back the stored text. When the
 * store refuses the text, the field shows the stored value again (the error is shown elsewhere).
 */
export function EditableText({ label, value, onCommit, multiline, rows = 4, readOnly, placeholder, name }: Props) {
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  // A new stored value (after a save, an undo or a refusal) replaces what is in the field.
  if (value !== stored) {
    setStored(value);
    setDraft(value);
  }

  const commit = async () => {
    if (draft === stored) return;
    await onCommit(draft);
  };

  const common = {
    name,
    value: draft,
    readOnly,
    placeholder,
    'aria-label': label,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: () => void commit(),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') setDraft(stored);
      if (e.key === 'Enter' && !multiline) (e.target as HTMLElement).blur();
    },
  };
  return (
    <label className={multiline ? 'field field-long' : 'field'}>
      <span className="field-label">{label}</span>
      {multiline ? <textarea rows={Math.max(rows, Math.min(18, Math.ceil(draft.length / 110) + draft.split('\n').length))} {...common} /> : <input {...common} />}
    </label>
  );
}
