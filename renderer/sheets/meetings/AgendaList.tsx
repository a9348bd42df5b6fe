import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { formatDateShort } from '../../../shared/dates';
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { UserProfile } from '../../../shared/domain/user';
import { agendaNumbers } from '../../../shared/meetings/agenda';
import { isChair, proposalLabel } from '../../../shared/meetings/proposals';
import { revisionBadge } from '../../../shared/meetings/revisions';
import { formatDuration, formatTimeSlot, overrunMessage } from '../../../shared/meetings/time-slots';
import { useNotifier } from '../../app/notifications';
import type { MeetingMode } from './MeetingView';

interface Props {
  detail: MeetingDetail;
  user: UserProfile;
  locked: boolean;
  mode: MeetingMode;
  selectedId: number | null;
  onSelect: (id: number) => void;
}

interface DropTarget {
  id: number;
  after: boolean;
}

/**
 * The agenda in order, with time slots. Items are reordered by dragging, or from the keyboard
 * with Alt+↑ / Alt+↓ on the focused item; ↑ / ↓ move between items.
 */
/** Items in a locally known order (ids missing from it keep their place at the end). */
function inOrder(items: AgendaItem[], order: number[] | null): AgendaItem[] {
  if (!order) return items;
  const byId = new Map(items.map((i) => [i.id, i]));
  const ordered = order.flatMap((id) => byId.get(id) ?? []);
  return [...ordered, ...items.filter((i) => !order.includes(i.id))];
}

export function AgendaList({ detail, user, locked, mode, selectedId, onSelect }: Props) {
  const { run } = useNotifier();
  const { schedule } = detail;
  const [dragId, setDragId] = useState<number | null>(null);
  const [drop, setDrop] = useState<DropTarget | null>(null);
  // A move shows at once; the stored order replaces it when the workbook has answered.
  const [pendingOrder, setPendingOrder] = useState<number[] | null>(null);
  const movesInFlight = useRef(0);
  const rowRefs = useRef(new Map<number, HTMLLIElement>());
  const focusAfterMove = useRef<number | null>(null);
  const items = inOrder(detail.items, pendingOrder);
  const numbers = agendaNumbers(items);
  const overrun = overrunMessage(schedule);
  const chair = isChair(user.role);
  // Ordering the agenda is the chair's; others see it as it is.
  const canReorder = !locked && chair;

  useEffect(() => {
    if (movesInFlight.current === 0) setPendingOrder(null);
  }, [detail.items]);

  // Keep the keyboard on the item that was just moved.
  useEffect(() => {
    if (focusAfterMove.current === null) return;
    rowRefs.current.get(focusAfterMove.current)?.focus();
    focusAfterMove.current = null;
  });

  const move = async (id: number, toPosition: number) => {
    const order = items.map((i) => i.id).filter((i) => i !== id);
    order.splice(Math.max(0, Math.min(order.length, toPosition - 1)), 0, id);
    setPendingOrder(order);
    focusAfterMove.current = id;
    movesInFlight.current += 1;
    const result = await run('meetings.items.move', { id, toPosition });
    movesInFlight.current -= 1;
    if (!result && movesInFlight.current === 0) setPendingOrder(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>, index: number, item: AgendaItem) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        onSelect(item.id);
      }
      return;
    }
    event.preventDefault();
    const step = event.key === 'ArrowUp' ? -1 : 1;
    if (event.altKey) {
      if (!canReorder) return;
      const target = index + step;
      if (target >= 0 && target < items.length) void move(item.id, target + 1);
      return;
    }
    const next = items[index + step];
    if (next) {
      onSelect(next.id);
      rowRefs.current.get(next.id)?.focus();
    }
  };

  const onDragOver = (event: DragEvent<HTMLLIElement>, item: AgendaItem) => {
    if (dragId === null || !canReorder) return;
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (drop?.id !== item.id || drop.after !== after) setDrop({ id: item.id, after });
  };

  const onDrop = (event: DragEvent<HTMLLIElement>) => {
    event.preventDefault();
    if (dragId === null || drop === null) return;
    const from = items.findIndex((i) => i.id === dragId);
    const target = items.findIndex((i) => i.id === drop.id);
    // The index the item ends at once it has left its old place.
    let index = target + (drop.after ? 1 : 0);
    if (from < index) index -= 1;
    setDragId(null);
    setDrop(null);
    if (index !== from) void move(dragId, index + 1);
  };

  const add = async () => {
    const created = await run('meetings.items.add', { meetingId: detail.meeting.id });
    if (created) onSelect(created.id);
  };

  return (
    <div className="agenda">
      {overrun && mode === 'agenda' && (
        <p className="overrun" role="alert">
          ⚠ {overrun}
        </p>
      )}
      <p className="agenda-total">
        {items.length === 0 ? 'Ingen punkter' : `${numbers.size} punkter · ${formatDuration(schedule.plannedMinutes)} af ${formatDuration(schedule.availableMinutes)}`}
        {canReorder && items.length > 1 && ' · træk for at flytte, eller Alt+↑/↓'}
      </p>
      <ol className="agenda-list" role="listbox" aria-label="Dagsorden">
        {items.map((item, index) => {
          const slot = schedule.slots[item.id];
          const number = numbers.get(item.id);
          const classes = ['agenda-row'];
          if (item.id === selectedId) classes.push('selected');
          if (item.proposalState === 'foreslået') classes.push('proposed');
          if (item.proposalState === 'afvist') classes.push('declined');
          if (item.id === dragId) classes.push('dragging');
          if (drop?.id === item.id) classes.push(drop.after ? 'drop-after' : 'drop-before');
          const actionCount = detail.actions.filter((a) => a.itemId === item.id).length;
          return (
            <li
              key={item.id}
              ref={(el) => {
                if (el) rowRefs.current.set(item.id, el);
                else rowRefs.current.delete(item.id);
              }}
              className={classes.join(' ')}
              role="option"
              aria-selected={item.id === selectedId}
              aria-label={`${number ? `Punkt ${number}: ` : ''}${item.title}`}
              data-item-id={item.id}
              tabIndex={item.id === selectedId ? 0 : -1}
              draggable={canReorder}
              onClick={() => onSelect(item.id)}
              onKeyDown={(e) => onKeyDown(e, index, item)}
              onDragStart={(e) => {
                setDragId(item.id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', String(item.id));
              }}
              onDragEnd={() => {
                setDragId(null);
                setDrop(null);
              }}
              onDragOver={(e) => onDragOver(e, item)}
              onDrop={onDrop}
            >
              <span className="drag-handle" aria-hidden="true">
                {canReorder ? '⠿' : ''}
              </span>
              <span className="agenda-number">{number ? `${number}.` : ''}</span>
              <span className="agenda-main">
                <span className="agenda-title">{item.title}</span>
                <span className="agenda-meta">
                  {slot ? <span className="agenda-slot">{formatTimeSlot(slot)}</span> : 'ikke på dagsordenen'}
                  {` · ${item.type}`}
                  {item.presenter ? ` · ${item.presenter}` : ''}
                  {` · ${item.minutes} min.`}
                  {mode === 'minutes' && item.minutesText.trim() ? ' · referat ✓' : ''}
                  {mode === 'minutes' && actionCount > 0 ? ` · ${actionCount} ${actionCount === 1 ? 'handling' : 'handlinger'}` : ''}
                  {item.standing === 'followUp' && detail.carriedOver.length > 0 ? ` · ${detail.carriedOver.length} til opfølgning` : ''}
                </span>
                {revisionBadge(item) && <span className={`agenda-badge ${item.revision === 'ny' ? 'revised-new' : 'revised'}`}>{revisionBadge(item)}</span>}
                {item.proposedBy && (
                  <span className={`agenda-badge ${item.proposalState === 'foreslået' ? 'proposed' : item.proposalState === 'afvist' ? 'declined' : 'accepted-proposal'}`}>
                    {proposalLabel(item)}
                    {item.proposalState === 'foreslået' ? ' – afventer formanden' : ''}
                    {item.proposalState === 'afvist' && item.declineReason ? `: ${item.declineReason}` : ''}
                  </span>
                )}
              </span>
              {canReorder && (
                <span className="move-buttons">
                  <button type="button" tabIndex={-1} aria-label={`Flyt "${item.title}" op`} disabled={index === 0} onClick={(e) => { e.stopPropagation(); void move(item.id, index); }}>
                    ↑
                  </button>
                  <button type="button" tabIndex={-1} aria-label={`Flyt "${item.title}" ned`} disabled={index === items.length - 1} onClick={(e) => { e.stopPropagation(); void move(item.id, index + 2); }}>
                    ↓
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {detail.withdrawnItems.length > 0 && (
        <ul className="agenda-withdrawn" aria-label="Udgået efter udsendelse">
          {detail.withdrawnItems.map((w) => (
            <li key={w.id}>
              Udgået {formatDateShort(w.withdrawnOn)}: <span className="withdrawn-title">{w.title}</span>
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <div className="grid-toolbar">
          <button type="button" onClick={() => void add()}>
            {chair ? '+ Nyt punkt' : '+ Foreslå punkt'}
          </button>
          {!chair && <span className="hint">Dine punkter bliver forslag, som formanden accepterer eller afviser.</span>}
        </div>
      )}
    </div>
  );
}
