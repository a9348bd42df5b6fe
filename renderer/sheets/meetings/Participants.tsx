import { useEffect, useState } from 'react';
import type { MeetingParticipant } from '../../../shared/domain/meeting';
import { useNotifier } from '../../app/notifications';
import { FieldInput } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';

type ParticipantPatch = { present?: boolean; absenceNote?: string };

interface Props {
  meetingId: number;
  participants: MeetingParticipant[];
  locked: boolean;
  onRefused: () => void;
}

/** Who takes part: present, or afbud with a note. Guests are added by name. */
export function Participants({ meetingId, participants, locked, onRefused }: Props) {
  const { run, attempt } = useNotifier();
  const [guest, setGuest] = useState('');
  // A tick shows at once, before the workbook has answered: unticking »til stede« and pressing Tab
  // must land in the afbud field, which exists only for someone absent. `from` is what was stored
  // when ticked, so the loaded value takes over as soon as it has changed (or an undo changes it).
  const [toggled, setToggled] = useState<ReadonlyMap<number, { from: boolean; to: boolean }>>(new Map());
  const isPresent = (p: MeetingParticipant) => {
    const tick = toggled.get(p.id);
    return tick && tick.from === p.present ? tick.to : p.present;
  };
  const present = participants.filter(isPresent).length;
  // Once the loaded value has moved on from where the tick started, the tick is done with.
  useEffect(() => {
    const done = participants.filter((p) => toggled.get(p.id) && toggled.get(p.id)?.from !== p.present);
    if (done.length === 0) return;
    setToggled((map) => new Map([...map].filter(([id]) => !done.some((p) => p.id === id))));
  }, [participants, toggled]);

  /** `seen`: the field as the person saw it, so someone else's change meanwhile is not overwritten. */
  const update = async (id: number, patch: ParticipantPatch, seen: ParticipantPatch) => {
    const result = await attempt('meetings.participants.update', { id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };
  const tick = async (p: MeetingParticipant, to: boolean) => {
    setToggled((map) => new Map(map).set(p.id, { from: p.present, to }));
    if ((await update(p.id, { present: to }, { present: p.present })) !== true) {
      setToggled((map) => {
        const next = new Map(map);
        next.delete(p.id);
        return next;
      });
    }
  };
  const addGuest = async () => {
    if (!guest.trim()) return;
    if (await run('meetings.participants.add', { meetingId, name: guest, role: 'Gæst' })) setGuest('');
  };

  return (
    <>
      <table className="participants-table" aria-label="Deltagere">
        <thead>
          <tr>
            <th>Navn</th>
            <th>Til stede</th>
            <th>Afbud</th>
            {!locked && <th aria-label="Fjern" />}
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => {
            const name = p.name || p.role || 'Uden navn';
            const here = isPresent(p);
            return (
              <tr key={p.id} className={here ? undefined : 'absent'}>
                <td>
                  {name}
                  {p.name && p.role && <span className="participant-role">{p.role}</span>}
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={here}
                    disabled={locked}
                    aria-label={`${name} er til stede`}
                    onChange={(e) => void tick(p, e.target.checked)}
                  />
                </td>
                <td>
                  {!here && (
                    <FieldInput label={`Afbud fra ${name}`} hideLabel value={p.absenceNote} placeholder="Afbud" readOnly={locked} onCommit={(absenceNote, seen) => update(p.id, { absenceNote }, { absenceNote: seen })} />
                  )}
                </td>
                {!locked && (
                  <td>
                    {p.memberId === null && (
                      <button type="button" className="icon-button" aria-label={`Fjern ${name}`} onClick={() => void run('meetings.participants.remove', { id: p.id })}>
                        ×
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="hint">
        {present} til stede, {participants.length - present} afbud
      </p>
      {!locked && (
        <div className="grid-toolbar">
          <input type="text" value={guest} placeholder="Gæstens navn" aria-label="Gæstens navn" style={{ flex: 1 }} onChange={(e) => setGuest(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && void addGuest()} />
          <button type="button" disabled={!guest.trim()} onClick={() => void addGuest()}>
            + Tilføj gæst
          </button>
        </div>
      )}
    </>
  );
}
