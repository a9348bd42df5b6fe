import { formatDateShort, readDanishDate } from '../../shared/dates';
import { parseClockInput } from '../../shared/meetings/meeting-dates';
import { formatClock } from '../../shared/meetings/time-slots';
import { FieldInput, type FieldReading } from './FieldInput';
import type { FieldSave } from './use-field-draft';

interface Props {
  label: string;
  value: string;
  /** The ISO date or "14:30", and the stored value the field showed when typing began (`seen`). */
  onCommit: FieldSave;
  readOnly?: boolean;
  hideLabel?: boolean;
  /** An empty field stores "" (e.g. an action without a deadline). */
  optional?: boolean;
  /** Told as the user types whether the field holds a date it can store. */
  onValidityChange?: (valid: boolean) => void;
}

function readDate(text: string, optional: boolean): FieldReading {
  if (optional && text.trim() === '') return { ok: true, value: '' };
  const reading = readDanishDate(text);
  return reading.ok ? { ok: true, value: reading.iso } : reading;
}

/**
 * The app's date field: typed and shown the Danish way (31.08.2022, or 31082022 on the number
 * pad), stored as ISO. Unlike the browser's date input it never reads the month first.
 */
export function DateField({ label, value, onCommit, readOnly, hideLabel, optional = false, onValidityChange }: Props) {
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="dd.mm.åååå"
      className="date-field"
      format={(v) => (v ? formatDateShort(v) : '')}
      parse={(text) => readDate(text, optional)}
      onValidityChange={onValidityChange}
      onCommit={onCommit}
    />
  );
}

function readTime(text: string): FieldReading {
  const clock = parseClockInput(text);
  return clock ? { ok: true, value: clock } : { ok: false, message: 'Skriv et klokkeslæt som 14.00' };
}

/** A time typed as 14, 14.30 or 14:30, shown as 14.30, stored as "14:30". */
export function TimeField({ label, value, onCommit, readOnly, hideLabel }: Omit<Props, 'optional' | 'onValidityChange'>) {
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="tt.mm"
      format={formatClock}
      parse={readTime}
      onCommit={onCommit}
    />
  );
}
