import { useId, useRef, useState } from 'react';
import { UnsavedText } from './UnsavedText';
import { useFieldDraft, type FieldSave } from './use-field-draft';

/** What was typed, read: the value to store, or why it cannot be stored (in Danish). */
export type FieldReading = { ok: true; value: string } | { ok: false; message: string };

interface Props {
  label: string;
  /** The stored value. */
  value: string;
  /**
   * Stores the value, with the stored value the field showed when typing began (to send as
   * `seen`); resolving to false (refused) puts the stored value back in the field.
   */
  onCommit: FieldSave;
  type?: 'text' | 'number';
  /** Stored value → what the field shows (e.g. an ISO date as 31.08.2022). */
  format?: (value: string) => string;
  /** What was typed → the value to store, or the reason it cannot be read. */
  parse?: (text: string) => FieldReading;
  /** Told as the user types whether the text could be stored, so a form can hold back its button. */
  onValidityChange?: (valid: boolean) => void;
  readOnly?: boolean;
  /** id of a <datalist> with suggestions (members' names). */
  list?: string;
  placeholder?: string;
  className?: string;
  /** Label only for assistive technology (table cells). */
  hideLabel?: boolean;
  min?: number;
  max?: number;
  /** e.g. "numeric" for a whole number, so touch keyboards offer digits. */
  inputMode?: 'numeric' | 'text';
}

/**
 * A one-line field that stores when it loses focus or on Enter; Escape puts back the stored
 * value. Like EditableText, but with Danish formats for dates and times and for table cells.
 * Text that cannot be read stays in the field with the reason beside it, so the user can mend
 * what they typed instead of typing it again.
 */
export function FieldInput({ label, value, onCommit, type = 'text', format, parse, onValidityChange, readOnly, list, placeholder, className, hideLabel, min, max, inputMode }: Props) {
  const field = useFieldDraft(value, format);
  const { draft } = field;
  const [problem, setProblem] = useState<string | null>(null);
  const problemId = useId();
  const element = useRef<HTMLInputElement>(null);
  const read = (text: string): FieldReading => (parse ? parse(text) : { ok: true, value: text });
  const edit = (text: string) => {
    field.edit(text);
    setProblem(null);
    onValidityChange?.(text === field.storedText || read(text).ok);
  };
  const restore = () => {
    field.restore();
    setProblem(null);
    onValidityChange?.(true);
  };
  const commit = () => {
    if (!field.editing || readOnly) return;
    const reading = read(draft);
    if (!reading.ok) {
      setProblem(reading.message);
      return;
    }
    // Shown as it will be stored (1.10.2026 → 01.10.2026), also when the value is unchanged.
    void field.save(reading.value, onCommit, format ? format(reading.value) : draft);
  };
  const input = (
    <input
      ref={element}
      type={type}
      value={draft}
      readOnly={readOnly}
      list={list}
      placeholder={placeholder}
      min={min}
      max={max}
      inputMode={inputMode}
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? problemId : undefined}
      className={problem ? 'invalid' : undefined}
      onChange={(e) => edit(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') restore();
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
  const message = problem && (
    <span id={problemId} className="field-problem" role="alert">
      {problem}
    </span>
  );
  const unsaved = field.unsaved && (
    <UnsavedText
      unsaved={field.unsaved}
      onTake={() => {
        field.takeUnsaved();
        element.current?.focus();
      }}
      onDiscard={field.discardUnsaved}
    />
  );
  if (hideLabel) {
    return (
      <>
        <span className={className}>
          {input}
          {message}
        </span>
        {unsaved}
      </>
    );
  }
  return (
    <>
      <label className={`field ${className ?? ''}`}>
        <span className="field-label">{label}</span>
        {input}
        {message}
      </label>
      {unsaved}
    </>
  );
}
