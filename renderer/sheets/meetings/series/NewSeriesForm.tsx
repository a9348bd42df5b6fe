import { useMemo, useState } from 'react';
import { formatDateShort } from '../../../../shared/dates';
import { DEFAULT_MEETING_PLACE } from '../../../../shared/domain/meeting';
import { SERIES_WEEKDAYS, type SeriesSchedule, type SeriesWeekday } from '../../../../shared/domain/meeting-series';
import { DEFAULT_END_TIME, DEFAULT_START_TIME } from '../../../../shared/meetings/agenda';
import { meetingLength } from '../../../../shared/meetings/time-slots';
import { DEFAULT_SERIES_TITLE, defaultTemplate, planSeries, readDateList, scheduleDates, scheduleProblem, weekdayOf } from '../../../../shared/meetings/series';
import { ChoiceField } from '../../../components/ChoiceField';
import { DateField, TimeField } from '../../../components/DateTimeFields';
import { useNotifier } from '../../../app/notifications';
import { TemplateEditor } from './TemplateEditor';
import { rowProblem, toRows, toTemplateInput, type TemplateRow } from './template-draft';

interface Props {
  /** The dates that already have a meeting: the preview says they are skipped. */
  meetingDates: ReadonlySet<string>;
  onCreated: (firstMeetingId: number) => void;
  onCancel: () => void;
}

type Kind = SeriesSchedule['kind'];

/** The preview's line of dates: all of them while they fit, else the first and last few. */
function dateLine(dates: readonly string[]): string {
  const shown = dates.length <= 14 ? dates : [...dates.slice(0, 6), '…', ...dates.slice(-3)];
  return shown.map((d) => (d === '…' ? d : formatDateShort(d))).join(', ');
}

/** A new series: the dates (a rule or a list), time and place, and the template agenda – previewed before anything is made. */
export function NewSeriesForm({ meetingDates, onCreated, onCancel }: Props) {
  const { run, notify } = useNotifier();
  const [title, setTitle] = useState(DEFAULT_SERIES_TITLE);
  const [kind, setKind] = useState<Kind>('interval');
  const [everyWeeks, setEveryWeeks] = useState('6');
  const [weekday, setWeekday] = useState<SeriesWeekday | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [dateText, setDateText] = useState('');
  const [startTime, setStartTime] = useState(DEFAULT_START_TIME);
  const [endTime, setEndTime] = useState(DEFAULT_END_TIME);
  const [place, setPlace] = useState(DEFAULT_MEETING_PLACE);
  const [rows, setRows] = useState<TemplateRow[]>(() => toRows(defaultTemplate()));
  const [typing, setTyping] = useState({ from: true, to: true });
  const [busy, setBusy] = useState(false);

  // The weekday follows the first date until the chair picks one.
  const shownWeekday: SeriesWeekday = weekday ?? (from ? weekdayOf(from) : 'onsdag');

  const plan = useMemo((): { schedule: SeriesSchedule; create: string[]; skipped: string[] } | { problem: string } => {
    let schedule: SeriesSchedule;
    if (kind === 'dates') {
      const reading = readDateList(dateText);
      if (!reading.ok) return { problem: reading.message };
      schedule = { kind: 'dates', dates: reading.dates };
    } else {
      if (!from || !to) return { problem: 'Skriv første og sidste dato' };
      const weeks = Number(everyWeeks.trim());
      if (!/^\d+$/.test(everyWeeks.trim()) || weeks < 1) return { problem: 'Hver n. uge skal være et helt antal uger, mindst 1' };
      schedule = { kind: 'interval', from, to, everyWeeks: weeks, weekday: shownWeekday };
    }
    const problem = scheduleProblem(schedule);
    if (problem) return { problem };
    const { create, skipped } = planSeries(scheduleDates(schedule), meetingDates);
    return { schedule, create, skipped: skipped.map((s) => s.date) };
  }, [kind, dateText, from, to, everyWeeks, shownWeekday, meetingDates]);

  const formProblem =
    ('problem' in plan ? plan.problem : null) ??
    (meetingLength(startTime, endTime) <= 0 ? 'Mødet skal slutte efter, at det begynder' : null) ??
    (place.trim() === '' ? 'Skriv mødernes sted' : null) ??
    rows.map(rowProblem).find((p) => p !== null) ??
    ('create' in plan && plan.create.length === 0 ? 'Alle datoerne har allerede et møde' : null);
  const ready = formProblem === null && 'schedule' in plan && typing.from && typing.to && !busy;

  const create = async () => {
    if (!ready || !('schedule' in plan)) return;
    setBusy(true);
    const result = await run('meetings.series.add', { ...(title.trim() ? { title } : {}), startTime, endTime, place, schedule: plan.schedule, template: toTemplateInput(rows) });
    setBusy(false);
    if (!result) return;
    const skipped = result.skipped.length > 0 ? ` ${result.skipped.map((s) => `${s.reason}, så ${formatDateShort(s.date)} er sprunget over`).join('. ')}.` : '';
    notify('info', `Mødeplanen er oprettet: ${result.created.length} møder.${skipped} Ctrl+Z fortryder dem alle.`);
    onCreated(result.created[0]!.id);
  };

  return (
    <div className="series-form">
      <div className="series-fields">
        <label className="field series-title">
          <span className="field-label">Navn</span>
          {/* The form replaces the button that opened it: the focus starts here, not outside the dialog. */}
          <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <div className="field">
          <span className="field-label" id="series-kind-label">Datoer</span>
          <div className="series-kind" role="radiogroup" aria-labelledby="series-kind-label">
            <label>
              <input type="radio" name="series-kind" checked={kind === 'interval'} onChange={() => setKind('interval')} /> Fast interval
            </label>
            <label>
              <input type="radio" name="series-kind" checked={kind === 'dates'} onChange={() => setKind('dates')} /> Liste af datoer
            </label>
          </div>
        </div>
      </div>
      {kind === 'interval' ? (
        <div className="series-fields">
          <DateField label="Første dato" value={from} onCommit={(v) => setFrom(v)} onValidityChange={(ok) => setTyping((t) => ({ ...t, from: ok }))} />
          <DateField label="Sidste dato" value={to} onCommit={(v) => setTo(v)} onValidityChange={(ok) => setTyping((t) => ({ ...t, to: ok }))} />
          <label className="field series-every">
            <span className="field-label">Hver n. uge</span>
            <input inputMode="numeric" value={everyWeeks} onChange={(e) => setEveryWeeks(e.target.value)} />
          </label>
          <ChoiceField label="Ugedag" value={shownWeekday} choices={SERIES_WEEKDAYS} onChange={setWeekday} />
        </div>
      ) : (
        <label className="field">
          <span className="field-label">Datoer (én pr. linje eller adskilt med komma eller mellemrum, fx 13.01.2027)</span>
          <textarea rows={3} value={dateText} onChange={(e) => setDateText(e.target.value)} />
        </label>
      )}
      <div className="series-fields">
        <TimeField label="Start" value={startTime} onCommit={(v) => setStartTime(v)} />
        <TimeField label="Slut" value={endTime} onCommit={(v) => setEndTime(v)} />
        <label className="field series-place">
          <span className="field-label">Sted</span>
          <input value={place} onChange={(e) => setPlace(e.target.value)} />
        </label>
      </div>
      <TemplateEditor rows={rows} onChange={setRows} />
      <div className="series-preview" role="status" aria-live="polite">
        {'create' in plan && (
          <>
            <p>
              <strong>{plan.create.length} {plan.create.length === 1 ? 'møde' : 'møder'}:</strong> {dateLine(plan.create)}
            </p>
            {plan.skipped.length > 0 && (
              <p className="series-skipped">
                Springes over – der er allerede et møde: {plan.skipped.map(formatDateShort).join(', ')}
              </p>
            )}
          </>
        )}
        {formProblem && <p className="series-problem">{formProblem}</p>}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Annullér
        </button>
        <button type="button" className="primary" disabled={!ready} onClick={() => void create()}>
          {'create' in plan && plan.create.length > 0 ? `Opret ${plan.create.length} ${plan.create.length === 1 ? 'møde' : 'møder'}` : 'Opret møderne'}
        </button>
      </div>
    </div>
  );
}
