interface Props<T extends string> {
  label: string;
  value: T;
  /** The fixed words the field may hold, shown as they are stored (they are Danish already). */
  choices: readonly T[];
  disabled?: boolean;
  onChange: (value: T) => void;
}

/** A labelled drop-down over a fixed list of words, such as a status or a type. */
export function ChoiceField<T extends string>({ label, value, choices, disabled, onChange }: Props<T>) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value as T)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}
