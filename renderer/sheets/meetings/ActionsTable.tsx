import { todayIso, formatDateShort } from '../../../shared/dates';
import { ACTION_STATUSES, type ActionStatus } from '../../../shared/domain/meeting';
import type { ActionRecord, CarriedAction } from '../../../shared/domain/meeting-views';
import type { Member } from '../../../shared/domain/program';
import { isOverdue } from '../../../shared/meetings/actions';
import { useNotifier } from '../../app/notifications';
import { DateField } from '../../components/DateTimeFields';
import { FieldInput } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';
import { memberLabel } from './member-label';

interface Props {
  actions: Array<ActionRecord | CarriedAction>;
  members: Member[];
  /** What, who and deadline are part of the minutes and lock with them; the status never does. */
  locked: boolean;
  readOnly: boolean;
  onRefused: () => void;
  label: string;
  /** Show the meeting each action comes from (for the follow-up item). */
  showOrigin?: boolean;
}

type ActionPatch = { what?: string; who?: string; memberId?: number | null; deadline?: string | null; status?: ActionStatus };

/** Actions: hvad, hvem (a member or free text), frist, status. Overdue ones stand out. */
export function ActionsTable({ actions, members, locked, readOnly, onRefused, label, showOrigin }: Props) {
  const { run, attempt } = useNotifier();
  const today = todayIso();

  /** `seen`: the field as the person saw it, so someone else's change meanwhile is not overwritten. */
  const save = async (id: number, patch: ActionPatch, seen: ActionPatch) => {
    const result = await attempt('actions.update', { id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  /**
   * A name typed that matches a member links the action to that member. The name is sent beside
   * the link so the name the person saw is compared, whichever of the two they changed.
   */
  const saveWho = (id: number, text: string, seen: string) => {
    const member = members.find((m) => memberLabel(m).toLocaleLowerCase('da-DK') === text.trim().toLocaleLowerCase('da-DK'));
    return save(id, member ? { memberId: member.id, who: memberLabel(member) } : { who: text }, { who: seen });
  };

  return (
    <table className="actions-table" aria-label={label}>
      <thead>
        <tr>
          <th className="col-what">Hvad</th>
          <th className="col-who">Hvem</th>
          <th className="col-deadline">Frist</th>
          <th className="col-status">Status</th>
          {!locked && <th className="col-remove" aria-label="Slet" />}
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          const overdue = isOverdue(a, today);
          return (
            <tr key={a.id} className={overdue ? 'overdue' : a.status === 'færdig' ? 'done' : undefined} data-action-id={a.id}>
              <td>
                {locked ? <span className="text-cell">{a.what}</span> : <FieldInput label="Hvad" hideLabel value={a.what} onCommit={(what, seen) => save(a.id, { what }, { what: seen })} />}
                {showOrigin && 'meetingDate' in a && (
                  <span className="carried-from">
                    fra mødet {formatDateShort(a.meetingDate)}
                    {a.itemTitle ? `, ${a.itemTitle}` : ''}
                  </span>
                )}
              </td>
              <td>
                {locked ? <span className="text-cell">{a.who || '–'}</span> : <FieldInput label="Hvem" hideLabel list="member-names" value={a.who} onCommit={(who, seen) => saveWho(a.id, who, seen)} />}
              </td>
              <td>
                {locked ? (
                  <span className="text-cell">
                    {a.deadline ? formatDateShort(a.deadline) : '–'}
                    {overdue ? ' (overskredet)' : ''}
                  </span>
                ) : (
                  <DateField label="Frist" hideLabel optional value={a.deadline ?? ''} onCommit={(d, seen) => save(a.id, { deadline: d === '' ? null : d }, { deadline: seen === '' ? null : seen })} />
                )}
              </td>
              <td>
                <select
                  value={a.status}
                  disabled={readOnly}
                  aria-label={`Status for ${a.what}`}
                  onChange={(e) => void save(a.id, { status: e.target.value as ActionStatus }, { status: a.status })}
                >
                  {ACTION_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </td>
              {!locked && (
                <td>
                  <button type="button" className="icon-button" aria-label={`Slet handling ${a.what}`} onClick={() => void run('actions.remove', { id: a.id })}>
                    ×
                  </button>
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
