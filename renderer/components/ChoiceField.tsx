interface Props<T extends string> {
  label: string;
  value: T;
  /** The fixed words the field may hold, shown as they are stored (they are Danish already). */
  choices: readonly T[];
  disabled?: boolean;
  /** How a choice reads, when it is not the stored word itself (e.g. '' for "not decided"). */
  describe?: (choice: T) => string;
  onChange: (value: T) => void;
}

/** A labelled drop-down over a fixed list of words, such as a status or a type. */
export function ChoiceField<T extends string>({ label, value, choices, disabled, describe, onChange }: Props<T>) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {describe ? describe(choice) : choice}
          </option>
        ))}
      </select>
    </label>
  );
}
