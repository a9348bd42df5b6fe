import { useState } from 'react';

interface Props {
  label: string;
  /** The stored value. */
  value: string;
  /** Stores the value; resolving to false (refused) puts the stored value back in the field. */
  onCommit: (value: string) => Promise<boolean | void> | boolean | void;
  type?: 'text' | 'number';
  /** Stored value → what the field shows (e.g. an ISO date as 31.08.2022). */
  format?: (value: string) => string;
  /** What was typed → the value to store, or null when it cannot be read. */
  parse?: (text: string) => string | null;
  /** Called with the field's label when parse gives up; the field shows the stored value again. */
  onInvalid?: (label: string) => void;
  readOnly?: boolean;
  /** id of a <datalist> with suggestions (members' names). */
  list?: string;
  placeholder?: string;
  className?: string;
  /** Label only for assistive technology (table cells). */
  hideLabel?: boolean;
  min?: number;
  max?: number;
}

/**
 * A one-line field that stores when it loses focus or on Enter; Escape puts back the stored
 * value. Like EditableText, but with Danish formats for dates and times and for table cells.
 */
export function FieldInput({ label, value, onCommit, type = 'text', format, parse, onInvalid, readOnly, list, placeholder, className, hideLabel, min, max }: Props) {
  const shown = format ? format(value) : value;
  const [draft, setDraft] = useState(shown);
  const [stored, setStored] = useState(shown);
  if (shown !== stored) {
    setStored(shown);
    setDraft(shown);
  }
  const commit = () => {
    if (draft === stored || readOnly) return;
    const parsed = parse ? parse(draft) : draft;
    if (parsed === null) {
      setDraft(stored);
      onInvalid?.(label);
      return;
    }
    const before = stored;
    void Promise.resolve(onCommit(parsed)).then((ok) => {
      if (ok === false) setDraft(before);
    });
  };
  const input = (
    <input
      type={type}
      value={draft}
      readOnly={readOnly}
      list={list}
      placeholder={placeholder}
      min={min}
      max={max}
      aria-label={label}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setDraft(stored);
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
  if (hideLabel) return <span className={className}>{input}</span>;
  return (
    <label className={`field ${className ?? ''}`}>
      <span className="field-label">{label}</span>
      {input}
    </label>
  );
}
