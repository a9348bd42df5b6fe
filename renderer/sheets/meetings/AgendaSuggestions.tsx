import { useRef, useState, type KeyboardEvent } from 'react';
import { formatDateLong } from '../../../shared/dates';
import type { AgendaSuggestion, AgendaSuggestions as Suggestions } from '../../../shared/meetings/agenda-suggestions';
import { SHEET_NAMES, type SheetId } from '../../../shared/sheets';
import { useLiveChannel, asLoaded } from '../../api/use-live-channel';
import { useNotifier } from '../../app/notifications';
import { rovingTabIndex } from '../../components/roving-focus';

interface Props {
  meetingId: number;
  /** The chair may take suggestions while the agenda is open; everyone else reads them. */
  mayTake: boolean;
  openSheet: (sheet: SheetId) => void;
  /** Shows another meeting (where a proposal or a postponed item is). */
  openMeeting: (meetingId: number) => void;
  /** The item just taken, to select it for its Indstilling and Sagsfremstilling. */
  onTaken: (itemId: number) => void;
}

// What the suggestions read spans every sheet: any change asks for the list again (3.5 ms at the
// demonstration workbook's scale ten, see npm run bench).
const alwaysReload = () => 'reload' as const;

const SHEET_OF_SOURCE: Partial<Record<AgendaSuggestion['source']['kind'], SheetId>> = {
  handling: 'actions',
  fase: 'plan',
  milepæl: 'plan',
  budgetlinje: 'budget',
  indsats: 'initiatives',
  program: 'program',
};

function SourceLink({ suggestion, meetingDates, openSheet, openMeeting, tabIndex }: {
  suggestion: AgendaSuggestion; meetingDates: Map<number, string>; openSheet: Props['openSheet']; openMeeting: Props['openMeeting']; tabIndex: 0 | -1;
}) {
  const { source } = suggestion;
  const sheet = SHEET_OF_SOURCE[source.kind];
  if (sheet) {
    return (
      <button type="button" className="link-button" tabIndex={tabIndex} onClick={() => openSheet(sheet)}>
        Gå til {SHEET_NAMES[sheet]}
      </button>
    );
  }
  if (source.meetingId === undefined) return null;
  const date = meetingDates.get(source.meetingId);
  const meetingId = source.meetingId;
  return (
    <button type="button" className="link-button" tabIndex={tabIndex} onClick={() => openMeeting(meetingId)}>
      Gå til mødet{date ? ` ${formatDateLong(date)}` : ''}
    </button>
  );
}

/**
 * »Forslag til dagsorden«: what the workbook says is due at this meeting – overdue actions, phases
 * and milestones, budget lines, initiatives' status, proposals and postponed items – each with why,
 * a link to where it comes from, and (for the chair) a button that puts it on the agenda.
 * The list is one Tab stop however long it is: ↑/↓ move between suggestions, Enter takes the one
 * in focus, and Tab reaches only that suggestion's buttons (as the agenda list beside it).
 */
export function AgendaSuggestions({ meetingId, mayTake, openSheet, openMeeting, onTaken }: Props) {
  const { data, error } = useLiveChannel('meetings.suggestions', { meetingId }, asLoaded<Suggestions>, alwaysReload);
  const meetingDates = new Map((useLiveChannel('meetings.list', {}, asLoaded, alwaysReload).data ?? []).map((m) => [m.id, m.date]));
  const { run, notify } = useNotifier();
  const [open, setOpen] = useState(true);
  const [taking, setTaking] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const rows = useRef<Array<HTMLLIElement | null>>([]);
  if (error) return <p className="sheet-error">{error}</p>;
  if (!data) return null;
  const { suggestions, notice } = data;
  // A taken suggestion leaves the list: the focus stays at its place.
  const current = Math.min(active, Math.max(suggestions.length - 1, 0));

  const take = async (s: AgendaSuggestion) => {
    const key = `${s.source.kind}-${s.source.id}`;
    setTaking(key);
    const item = await run('meetings.suggestions.take', { meetingId, sourceKind: s.source.kind, sourceId: s.source.id });
    setTaking(null);
    if (!item) return;
    notify('info', `»${item.title}« er sat på dagsordenen. Indstilling og sagsfremstilling kan rettes til højre.`);
    onTaken(item.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, s: AgendaSuggestion) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key === 'Enter' && event.target === event.currentTarget && mayTake && taking === null) {
      event.preventDefault();
      void take(s);
      return;
    }
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? suggestions.length - 1 : null;
    if (next === null || next < 0 || next >= suggestions.length) return;
    event.preventDefault();
    setActive(next);
    rows.current[next]?.focus();
  };

  return (
    <section className="card agenda-suggestions" aria-label="Forslag til dagsorden">
      <div className="card-header">
        <h2>
          <button type="button" className="disclosure" aria-expanded={open} onClick={() => setOpen(!open)}>
            Forslag til dagsorden ({suggestions.length})
          </button>
        </h2>
      </div>
      {open && (
        <>
          {notice && <p className="suggestion-notice">{notice}</p>}
          {suggestions.length === 0 ? (
            <p className="hint">Arbejdsbogen har ingen forslag til dette møde: ingen handlinger, faser, budgetlinjer eller indsatser kalder på et punkt.</p>
          ) : (
            <ul className="suggestion-list" aria-label={mayTake ? 'Forslag – ↑/↓ flytter, Enter tager forslaget med' : 'Forslag'}>
              {suggestions.map((s, index) => {
                const key = `${s.source.kind}-${s.source.id}`;
                const tabIndex = rovingTabIndex(index === current);
                return (
                  <li
                    key={key}
                    ref={(el) => {
                      rows.current[index] = el;
                    }}
                    className="suggestion"
                    tabIndex={tabIndex}
                    aria-label={`Forslag: ${s.title}`}
                    onFocus={(e) => e.target === e.currentTarget && setActive(index)}
                    onKeyDown={(e) => onKeyDown(e, index, s)}
                  >
                    <div className="suggestion-head">
                      <span className="suggestion-title">{s.title}</span>
                      <span className="agenda-badge suggestion-type">{s.type}</span>
                    </div>
                    <p className="suggestion-reason">{s.reason}</p>
                    <div className="suggestion-actions">
                      <SourceLink suggestion={s} meetingDates={meetingDates} openSheet={openSheet} openMeeting={openMeeting} tabIndex={tabIndex} />
                      {mayTake && (
                        <button type="button" className="primary" tabIndex={tabIndex} disabled={taking !== null} aria-label={`Tag med på dagsordenen: ${s.title}`} onClick={() => void take(s)}>
                          {taking === key ? 'Tager med …' : 'Tag med'}
                        </button>
                      )}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
