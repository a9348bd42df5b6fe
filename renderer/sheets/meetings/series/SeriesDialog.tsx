import { useState, type KeyboardEvent } from 'react';
import { formatDateShort } from '../../../../shared/dates';
import type { SeriesOverview } from '../../../../shared/domain/meeting-series';
import { describeSeries } from '../../../../shared/meetings/series';
import { useChannel } from '../../../api/use-channel';
import { EditTemplate } from './EditTemplate';
import { NewSeriesForm } from './NewSeriesForm';
import './series.css';

interface Props {
  onClose: () => void;
  /** A series was made: its first meeting is shown. */
  onCreated: (firstMeetingId: number) => void;
}

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/** Tab and Shift+Tab go round inside the dialog, as in a native modal, never to the sheet behind it. */
function keepFocusInside(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key !== 'Tab') return;
  const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
  const first = focusable[0];
  const last = focusable.at(-1);
  if (!first || !last) return;
  if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  } else if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  }
}

type View = { kind: 'list' } | { kind: 'new' } | { kind: 'template'; seriesId: number };

function SeriesLine({ series, onEdit }: { series: SeriesOverview; onEdit: () => void }) {
  const unsent = series.meetings.filter((m) => m.status === 'planlagt').length;
  return (
    <li>
      <div>
        <strong>{series.title}</strong>: {describeSeries(series, series.meetings.length)}
        <div className="hint">
          {formatDateShort(series.firstDate)}–{formatDateShort(series.lastDate)} · {series.meetings.length} møder, {unsent} ikke sendt ·{' '}
          {series.template.map((t) => t.title).join(', ')}
        </div>
      </div>
      <button type="button" onClick={onEdit}>
        Ret skabelon
      </button>
    </li>
  );
}

/** »Mødeplan«: the series of meetings, a new one, and each one's template agenda. The chair's. */
export function SeriesDialog({ onClose, onCreated }: Props) {
  const series = useChannel('meetings.series.list', {});
  const meetings = useChannel('meetings.list', {});
  const [view, setView] = useState<View>({ kind: 'list' });
  const list = series.data ?? [];
  const editing = view.kind === 'template' ? list.find((s) => s.id === view.seriesId) : undefined;
  const showList = view.kind === 'list' || (view.kind === 'template' && !editing);

  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="modal series-dialog" role="dialog" aria-modal="true" aria-labelledby="series-dialog-title" onKeyDown={keepFocusInside}>
        <h2 id="series-dialog-title">
          {view.kind === 'new' ? 'Ny mødeplan' : editing ? `Skabelon for »${editing.title}«` : 'Mødeplan'}
        </h2>
        {showList && (
          <>
            <p className="hint">
              En mødeplan opretter årets møder i ét trin – hver n. uge eller på en liste af datoer – med de faste punkter og de punkter, der skal på hvert
              møde. Ét Ctrl+Z fjerner dem alle igen.
            </p>
            {series.error && <p className="sheet-error">{series.error}</p>}
            {list.length > 0 && (
              <ul className="series-list" aria-label="Mødeplaner">
                {list.map((s) => (
                  <SeriesLine key={s.id} series={s} onEdit={() => setView({ kind: 'template', seriesId: s.id })} />
                ))}
              </ul>
            )}
            <div className="modal-actions">
              <button type="button" onClick={onClose}>
                Luk
              </button>
              {/* The dialog opens to make a series: the button has the focus. */}
              <button type="button" className="primary" autoFocus onClick={() => setView({ kind: 'new' })}>
                Ny mødeplan…
              </button>
            </div>
          </>
        )}
        {view.kind === 'new' && (
          <NewSeriesForm meetingDates={new Set((meetings.data ?? []).map((m) => m.date))} onCreated={onCreated} onCancel={() => setView({ kind: 'list' })} />
        )}
        {editing && <EditTemplate key={editing.id} series={editing} onDone={() => setView({ kind: 'list' })} />}
      </div>
    </div>
  );
}
