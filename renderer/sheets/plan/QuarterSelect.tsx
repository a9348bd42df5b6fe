import { formatQuarter, spanContains, type QuarterKey } from '../../../shared/quarters';

interface Props {
  label: string;
  value: QuarterKey | null;
  options: QuarterKey[];
  disabled?: boolean;
  /** Offered as the empty choice, e.g. "Til periodens slutning". */
  openLabel?: string;
  periodStart: QuarterKey;
  periodEnd: QuarterKey;
  onChange: (value: QuarterKey | null) => void;
}

/** A labelled quarter picker; quarters outside the period are marked so. */
export function QuarterSelect({ label, value, options, disabled, openLabel, periodStart, periodEnd, onChange }: Props) {
  const outside = (q: QuarterKey) => !spanContains(periodStart, periodEnd, q);
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select aria-label={label} value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}>
        {openLabel !== undefined && <option value="">{openLabel}</option>}
        {options.map((q) => (
          <option key={q} value={q}>
            {formatQuarter(q)}
            {outside(q) ? ' (uden for perioden)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}
