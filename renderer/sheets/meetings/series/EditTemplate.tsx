import { useEffect, useRef, useState } from 'react';
import type { SeriesOverview } from '../../../../shared/domain/meeting-series';
import { useNotifier } from '../../../app/notifications';
import { TemplateEditor } from './TemplateEditor';
import { rowProblem, toRows, toTemplateInput, type TemplateRow } from './template-draft';

interface Props {
  series: SeriesOverview;
  onDone: () => void;
}

/** "7 møder" / "1 møde" */
const meetingsCount = (n: number) => `${n} ${n === 1 ? 'møde' : 'møder'}`;

/**
 * A series' template edited. Saving asks whether the change also goes onto the series' meetings
 * whose agenda is not sent yet; sent and held meetings are never changed.
 */
export function EditTemplate({ series, onDone }: Props) {
  const { run, notify } = useNotifier();
  const [rows, setRows] = useState<TemplateRow[]>(() => toRows(series.template));
  const [asking, setAsking] = useState(false);
  const unsent = series.meetings.filter((m) => m.status === 'planlagt').length;
  const sent = series.meetings.length - unsent;
  const problem = rows.map(rowProblem).find((p) => p !== null) ?? null;
  const form = useRef<HTMLDivElement>(null);
  // The editor replaces the button that opened it: the focus goes to its first field.
  useEffect(() => form.current?.querySelector<HTMLInputElement>('.series-template input')?.focus(), []);
  // The question answered with Annullér: back to the button that asked it.
  const saveButton = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(0);
  useEffect(() => {
    if (cancelled > 0) saveButton.current?.focus();
  }, [cancelled]);

  const save = async (applyToUnsent: boolean) => {
    setAsking(false);
    const result = await run('meetings.series.setTemplate', { id: series.id, template: toTemplateInput(rows), applyToUnsent });
    if (!result) return;
    notify(
      'info',
      applyToUnsent
        ? `Skabelonen er gemt og anvendt på ${meetingsCount(result.meetings)}: ${result.added} punkter tilføjet, ${result.updated} rettet, ${result.removed} fjernet.`
        : 'Skabelonen er gemt. Møderne, der allerede er oprettet, er ikke ændret.',
    );
    onDone();
  };

  return (
    <div className="series-form" ref={form}>
      <p className="hint">
        Punkter, der er tilføjet i hånden eller foreslået, røres aldrig. Et felt, der er rettet på et enkelt møde, beholder sin værdi, og et punkt,
        der er fjernet fra et møde, kommer ikke tilbage.
      </p>
      <TemplateEditor rows={rows} onChange={setRows} />
      {problem && <p className="series-problem">{problem}</p>}
      {asking ? (
        <div className="series-question" role="alertdialog" aria-labelledby="series-question-text">
          <p id="series-question-text">
            Skal ændringen også gælde de {meetingsCount(unsent)} i mødeplanen, hvis dagsorden ikke er sendt ud endnu?
            {sent > 0 && ` ${meetingsCount(sent)} med udsendt dagsorden eller afholdt røres ikke.`}
          </p>
          <div className="modal-actions">
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                setCancelled((n) => n + 1);
              }}
            >
              Annullér
            </button>
            <button type="button" onClick={() => void save(false)}>
              Kun skabelonen
            </button>
            <button type="button" className="primary" autoFocus onClick={() => void save(true)}>
              Også de {meetingsCount(unsent)}
            </button>
          </div>
        </div>
      ) : (
        <div className="modal-actions">
          <button type="button" onClick={onDone}>
            Annullér
          </button>
          <button type="button" ref={saveButton} className="primary" disabled={problem !== null} onClick={() => (unsent > 0 ? setAsking(true) : void save(false))}>
            Gem skabelonen
          </button>
        </div>
      )}
    </div>
  );
}
