import { useState } from 'react';
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { Member } from '../../../shared/domain/program';
import { agendaNumbers } from '../../../shared/meetings/agenda';
import { useNotifier } from '../../app/notifications';
import { EditableText } from '../../components/EditableText';
import { fieldOutcome } from '../../components/use-field-draft';
import { ActionsTable } from './ActionsTable';
import { FollowUp } from './FollowUp';
import { PointDecisions } from './PointDecisions';

interface Props {
  detail: MeetingDetail;
  item: AgendaItem;
  members: Member[];
  /** The minutes are locked (approved) or the workbook is read-only. */
  locked: boolean;
  readOnly: boolean;
  onRefused: () => void;
}

/** The minutes of one item: Referat, a decision for every "at" of the Indstilling, Beslutning and the actions agreed. */
export function ItemMinutesEditor({ detail, item, members, locked, readOnly, onRefused }: Props) {
  const { run, attempt } = useNotifier();
  const [newAction, setNewAction] = useState('');
  const number = agendaNumbers(detail.items).get(item.id);
  const actions = detail.actions.filter((a) => a.itemId === item.id);

  /** `seen`: the field as the person saw it when they began typing. */
  const save = async (patch: { minutesText?: string; decision?: string }, seen: { minutesText?: string; decision?: string }) => {
    const result = await attempt('meetings.items.update', { id: item.id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  const addAction = async () => {
    if (!newAction.trim()) return;
    const created = await run('actions.add', { meetingId: detail.meeting.id, itemId: item.id, what: newAction });
    if (created) setNewAction('');
  };

  return (
    <section className="card item-editor" aria-label="Referat af punktet">
      <h2>
        {number ? `Punkt ${number}: ` : ''}
        {item.title}
        <span className="item-slot">
          {item.type}
          {item.presenter ? ` · ${item.presenter}` : ''}
        </span>
      </h2>
      {item.proposalState !== 'accepteret' && <p className="hint">Punktet er ikke på dagsordenen ({item.proposalState}).</p>}
      {item.standing === 'followUp' && <FollowUp detail={detail} members={members} readOnly={readOnly} onRefused={onRefused} />}
      <EditableText label="Referat" multiline rows={5} value={item.minutesText} readOnly={locked} onCommit={(minutesText, seen) => save({ minutesText }, { minutesText: seen })} />
      <PointDecisions detail={detail} item={item} members={members} locked={locked} onRefused={onRefused} />
      <EditableText label="Beslutning" multiline rows={2} value={item.decision} readOnly={locked} onCommit={(decision, seen) => save({ decision }, { decision: seen })} />
      <h3>Handlinger</h3>
      {actions.length > 0 && <ActionsTable actions={actions} members={members} locked={locked} readOnly={readOnly} onRefused={onRefused} label="Handlinger" />}
      {!locked && (
        <div className="grid-toolbar">
          <input
            type="text"
            value={newAction}
            placeholder="Ny handling: hvad skal gøres?"
            aria-label="Ny handling"
            style={{ flex: 1 }}
            onChange={(e) => setNewAction(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void addAction()}
          />
          <button type="button" disabled={!newAction.trim()} onClick={() => void addAction()}>
            + Tilføj handling
          </button>
        </div>
      )}
      {actions.length === 0 && locked && <p className="hint">Ingen handlinger.</p>}
    </section>
  );
}
