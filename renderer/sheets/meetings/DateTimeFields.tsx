import { formatDateShort } from '../../../shared/dates';
import { parseClockInput, parseDanishDate } from '../../../shared/meetings/meeting-dates';
import { formatClock } from '../../../shared/meetings/time-slots';
import { FieldInput, type FieldReading } from './FieldInput';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => Promise<boolean | void> | boolean | void;
  readOnly?: boolean;
  hideLabel?: boolean;
  /** An empty field stores "" (e.g. an action without a deadline). */
  optional?: boolean;
}

/** A date typed and shown the Danish way (31.08.2022), stored as ISO. */
export function DateField({ label, value, onCommit, readOnly, hideLabel, optional }: Props) {
  const parse = (text: string): FieldReading => {
    if (optional && text.trim() === '') return { value: '' };
    const iso = parseDanishDate(text);
    return iso ? { value: iso } : { error: `${label} skal være en dato som 31.12.2026` };
  };
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="dd.mm.åååå"
      format={(v) => (v ? formatDateShort(v) : '')}
      parse={parse}
      onCommit={onCommit}
    />
  );
}

/** A time typed as 14, 14.30 or 14:30, shown as 14.30, stored as "14:30". */
export function TimeField({ label, value, onCommit, readOnly, hideLabel }: Props) {
  const parse = (text: string): FieldReading => {
    const clock = parseClockInput(text);
    return clock ? { value: clock } : { error: `${label} skal være et klokkeslæt som 14.00` };
  };
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="tt.mm"
      format={formatClock}
      parse={parse}
      onCommit={onCommit}
    />
  );
}
