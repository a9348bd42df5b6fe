import { formatDateShort, parseDanishDate } from '../../shared/dates';
import { parseClockInput } from '../../shared/meetings/meeting-dates';
import { formatClock } from '../../shared/meetings/time-slots';
import { useNotifier } from '../app/notifications';
import { FieldInput } from './FieldInput';

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
  const { notify } = useNotifier();
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="dd.mm.åååå"
      format={(v) => (v ? formatDateShort(v) : '')}
      parse={(text) => (optional && text.trim() === '' ? '' : parseDanishDate(text))}
      onInvalid={(l) => notify('error', `${l} skal være en dato som 31.12.2026`)}
      onCommit={onCommit}
    />
  );
}

/** A time typed as 14, 14.30 or 14:30, shown as 14.30, stored as "14:30". */
export function TimeField({ label, value, onCommit, readOnly, hideLabel }: Props) {
  const { notify } = useNotifier();
  return (
    <FieldInput
      label={label}
      value={value}
      hideLabel={hideLabel}
      readOnly={readOnly}
      placeholder="tt.mm"
      format={formatClock}
      parse={parseClockInput}
      onInvalid={(l) => notify('error', `${l} skal være et klokkeslæt som 14.00`)}
      onCommit={onCommit}
    />
  );
}
