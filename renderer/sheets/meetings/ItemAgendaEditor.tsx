import { useState } from 'react';
import { AGENDA_ITEM_TYPES, type AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import { initiativeLabel, type InitiativeWithParticipants } from '../../../shared/domain/initiative';
import type { Member } from '../../../shared/domain/program';
import type { UserProfile } from '../../../shared/domain/user';
import { agendaNumbers, ITEM_MINUTES } from '../../../shared/meetings/agenda';
import { agendaEditProblem, isChair, removeItemProblem } from '../../../shared/meetings/proposals';
import { formatTimeSlot } from '../../../shared/meetings/time-slots';
import { readWholeNumber } from '../../../shared/whole-number';
import { useNotifier } from '../../app/notifications';
import { ChoiceField } from '../../components/ChoiceField';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EditableText } from '../../components/EditableText';
import { Attachments } from './Attachments';
import { FollowUp } from './FollowUp';
import { FieldInput, type FieldReading } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';

interface Props {
  detail: MeetingDetail;
  item: AgendaItem;
  user: UserProfile;
  initiatives: InitiativeWithParticipants[];
  members: Member[];
  locked: boolean;
  readOnly: boolean;
  onRefused: () => void;
  onRemoved: () => void;
}

/** "1,5", "15 min" or an empty field is refused, never read as 15 or 0. */
function readMinutes(text: string): FieldReading {
  const reading = readWholeNumber(text, ITEM_MINUTES);
  return reading.ok ? { ok: true, value: String(reading.value) } : { ok: false, message: reading.message };
}

type ItemPatch = Partial<Pick<AgendaItem, 'title' | 'type' | 'presenter' | 'minutes' | 'initiativeId' | 'recommendation' | 'caseText'>>;

/** The Indstilling's lines as the field shows them, back as the list it was made from. */
const recommendationOf = (text: string) => (text === '' ? [] : text.split('\n'));

/** An agenda item as the dagsorden shows it: what, who, how long, the Indstilling and the case. */
export function ItemAgendaEditor({ detail, item, user, initiatives, members, locked: meetingLocked, readOnly, onRefused, onRemoved }: Props) {
  const { run, attempt } = useNotifier();
  const roleProblem = agendaEditProblem(user, item);
  // The chair plans the agenda; anyone else works only on the items they proposed.
  const locked = meetingLocked || roleProblem !== null;
  const canRemove = !meetingLocked && removeItemProblem(user, item) === null;
  const [confirmRemove, setConfirmRemove] = useState(false);
  const number = agendaNumbers(detail.items).get(item.id);
  const slot = detail.schedule.slots[item.id];

  /** `seen`: each changed field as the person saw it, so someone else's change meanwhile is not overwritten. */
  const save = async (patch: ItemPatch, seen: ItemPatch) => {
    const result = await attempt('meetings.items.update', { id: item.id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  return (
    <section className="card item-editor" aria-label="Punkt på dagsordenen">
      <h2>
        {number ? `Punkt ${number}: ` : ''}
        {item.title}
        {slot && <span className="item-slot">{formatTimeSlot(slot)}</span>}
      </h2>
      <ProposalBox item={item} user={user} locked={meetingLocked} />
      {!meetingLocked && roleProblem && <p className="hint">Punktet kan kun ændres af formanden{item.proposedBy ? ` og ${item.proposedBy}` : ''}.</p>}
      <div className="item-fields">
        <FieldInput label="Titel" value={item.title} readOnly={locked} onCommit={(title, seen) => save({ title }, { title: seen })} />
        <ChoiceField label="Type" value={item.type} choices={AGENDA_ITEM_TYPES} disabled={locked} onChange={(type) => void save({ type }, { type: item.type })} />
      </div>
      <div className="item-fields-small">
        <FieldInput label="Fremlægges af" value={item.presenter} list="member-names" readOnly={locked} onCommit={(presenter, seen) => save({ presenter }, { presenter: seen })} />
        <FieldInput
          label="Minutter"
          inputMode="numeric"
          value={String(item.minutes)}
          readOnly={locked}
          parse={readMinutes}
          onCommit={(v, seen) => save({ minutes: Number(v) }, { minutes: Number(seen) })}
        />
        <label className="field">
          <span className="field-label">Indsats</span>
          <select
            value={item.initiativeId ?? ''}
            disabled={locked}
            aria-label="Indsats"
            onChange={(e) => void save({ initiativeId: e.target.value === '' ? null : Number(e.target.value) }, { initiativeId: item.initiativeId })}
          >
            <option value="">Ingen</option>
            {initiatives.map((i) => (
              <option key={i.id} value={i.id}>
                {initiativeLabel(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EditableText
        label='Indstilling (ét "at …"-punkt pr. linje)'
        multiline
        rows={3}
        value={item.recommendation.join('\n')}
        readOnly={locked}
        placeholder="at styregruppen godkender …"
        onCommit={(v, seen) => save({ recommendation: recommendationOf(v) }, { recommendation: recommendationOf(seen) })}
      />
      <EditableText label="Sagsfremstilling" multiline rows={6} value={item.caseText} readOnly={locked} onCommit={(caseText, seen) => save({ caseText }, { caseText: seen })} />
      {item.standing === 'followUp' && <FollowUp detail={detail} members={members} readOnly={readOnly} onRefused={onRefused} />}
      <h3>Bilag</h3>
      <Attachments item={item} locked={locked} onRefused={onRefused} />
      {canRemove && (
        <div className="grid-toolbar" style={{ justifyContent: 'flex-end' }}>
          <button type="button" onClick={() => setConfirmRemove(true)}>
            {isChair(user.role) ? 'Slet punkt' : 'Træk forslaget tilbage'}
          </button>
        </div>
      )}
      {confirmRemove && (
        <ConfirmDialog
          title="Slet punkt"
          message={`Slet "${item.title}" fra dagsordenen med referat, bilag og handlinger? Du kan fortryde med Ctrl+Z.`}
          confirmLabel="Slet"
          onCancel={() => setConfirmRemove(false)}
          onConfirm={() => {
            setConfirmRemove(false);
            void run('meetings.items.remove', { id: item.id }).then((r) => r !== undefined && onRemoved());
          }}
        />
      )}
    </section>
  );
}

/** A proposal's state, and for the chair the buttons to accept or decline it with a reason. */
function ProposalBox({ item, user, locked }: { item: AgendaItem; user: UserProfile; locked: boolean }) {
  const { run } = useNotifier();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  if (!item.proposedBy) return null;
  const chair = isChair(user.role);

  if (item.proposalState === 'accepteret') {
    return <p className="hint">Foreslået af {item.proposedBy} og accepteret af formanden.</p>;
  }
  const declined = item.proposalState === 'afvist';
  return (
    <div className={`proposal-box ${declined ? 'declined' : ''}`} role="region" aria-label="Forslag">
      <p>
        {declined ? (
          <>
            <strong>Afvist.</strong> Foreslået af {item.proposedBy}. Begrundelse: {item.declineReason || '(ingen)'}
          </>
        ) : (
          <>
            <strong>Forslag fra {item.proposedBy}.</strong> {chair ? 'Acceptér det for at sætte det på dagsordenen, eller afvis det med en begrundelse.' : 'Afventer formandens svar.'}
          </>
        )}
      </p>
      {chair && !locked && !declining && (
        <div className="grid-toolbar">
          <button type="button" className="primary" onClick={() => void run('meetings.items.decide', { id: item.id, accept: true })}>
            {declined ? 'Acceptér alligevel' : 'Acceptér forslaget'}
          </button>
          {!declined && (
            <button type="button" onClick={() => setDeclining(true)}>
              Afvis …
            </button>
          )}
        </div>
      )}
      {declining && (
        <div>
          <label className="field">
            <span className="field-label">Begrundelse for at afvise</span>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-label="Begrundelse for at afvise" />
          </label>
          <div className="grid-toolbar">
            <button
              type="button"
              className="danger"
              onClick={() =>
                void run('meetings.items.decide', { id: item.id, accept: false, reason }).then((r) => {
                  if (r) setDeclining(false);
                })
              }
            >
              Afvis forslaget
            </button>
            <button type="button" onClick={() => setDeclining(false)}>
              Annullér
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
