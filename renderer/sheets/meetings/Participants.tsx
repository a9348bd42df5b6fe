import { useState } from 'react';
import type { MeetingParticipant } from '../../../shared/domain/meeting';
import { useNotifier } from '../../app/notifications';
import { FieldInput } from '../../components/FieldInput';

interface Props {
  meetingId: number;
  participants: MeetingParticipant[];
  locked: boolean;
  onRefused: () => void;
}

/** Who takes part: present, or afbud with a note. Guests are added by name. */
export function Participants({ meetingId, participants, locked, onRefused }: Props) {
  const { run } = useNotifier();
  const [guest, setGuest] = useState('');
  const present = participants.filter((p) => p.present).length;

  const update = async (id: number, patch: { present?: boolean; absenceNote?: string }) => {
    const result = await run('meetings.participants.update', { id, patch });
    if (!result) onRefused();
    return result !== undefined;
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
            return (
              <tr key={p.id} className={p.present ? undefined : 'absent'}>
                <td>
                  {name}
                  {p.name && p.role && <span className="participant-role">{p.role}</span>}
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={p.present}
                    disabled={locked}
                    aria-label={`${name} er til stede`}
                    onChange={(e) => void update(p.id, { present: e.target.checked })}
                  />
                </td>
                <td>
                  {!p.present && (
                    <FieldInput label={`Afbud fra ${name}`} hideLabel value={p.absenceNote} placeholder="Afbud" readOnly={locked} onCommit={(absenceNote) => update(p.id, { absenceNote })} />
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
