import { useId, useState } from 'react';

/** What a field's parser makes of the typed text: the value to store, or why it cannot be read. */
export type FieldReading = { value: string } | { error: string };

interface Props {
  label: string;
  /** The stored value. */
  value: string;
  /** Stores the value; resolving to false (refused) puts the stored value back in the field. */
  onCommit: (value: string) => Promise<boolean | void> | boolean | void;
  /** Stored value → what the field shows (e.g. an ISO date as 31.08.2022). */
  format?: (value: string) => string;
  /**
   * What was typed → the value to store, or a Danish message when it cannot be read. A
   * message keeps the typed text in the field, marked, and nothing is stored.
   */
  parse?: (text: string) => FieldReading;
  readOnly?: boolean;
  /** id of a <datalist> with suggestions (members' names). */
  list?: string;
  placeholder?: string;
  className?: string;
  /** Label only for assistive technology (table cells). */
  hideLabel?: boolean;
  /** e.g. "numeric" for a whole number, so touch keyboards offer digits. */
  inputMode?: 'numeric' | 'text';
}

/**
 * A one-line field that stores when it loses focus or on Enter; Escape puts back the stored
 * value. Like EditableText, but with Danish formats for dates, times and numbers, and for
 * table cells. Text that cannot be read stays as typed with the reason beside it, as a
 * spreadsheet keeps a refused entry in the cell rather than silently changing it.
 */
export function FieldInput({ label, value, onCommit, format, parse, readOnly, list, placeholder, className, hideLabel, inputMode }: Props) {
  const shown = format ? format(value) : value;
  const [draft, setDraft] = useState(shown);
  const [stored, setStored] = useState(shown);
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();
  if (shown !== stored) {
    setStored(shown);
    setDraft(shown);
    setProblem(null);
  }
  const commit = () => {
    if (readOnly) return;
    if (draft === stored) {
      setProblem(null);
      return;
    }
    const reading = parse ? parse(draft) : { value: draft };
    if ('error' in reading) {
      setProblem(reading.error);
      return;
    }
    setProblem(null);
    const before = stored;
    void Promise.resolve(onCommit(reading.value)).then((ok) => {
      if (ok === false) setDraft(before);
    });
  };
  const input = (
    <input
      type="text"
      value={draft}
      readOnly={readOnly}
      list={list}
      placeholder={placeholder}
      inputMode={inputMode}
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      aria-describedby={problem ? messageId : undefined}
      className={problem ? 'invalid' : undefined}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setDraft(stored);
          setProblem(null);
        }
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
  const message = problem && (
    <span id={messageId} className="field-problem" role="alert">
      {problem}
    </span>
  );
  if (hideLabel) {
    return (
      <span className={className}>
        {input}
        {message}
      </span>
    );
  }
  return (
    <label className={`field ${className ?? ''}`}>
      <span className="field-label">{label}</span>
      {input}
      {message}
    </label>
  );
}
