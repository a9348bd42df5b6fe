import type { InitiativeWithParticipants } from '../../../shared/domain/initiative';
import { initiativeLabel } from '../../../shared/domain/initiative';
import { useNotifier } from '../../app/notifications';
import { EditableText } from '../../components/EditableText';
import { ParticipantsGrid } from './ParticipantsGrid';

interface Props {
  initiative: InitiativeWithParticipants;
  readOnly: boolean;
  onRefused: () => void;
}

type TextField = 'description' | 'targetGroup' | 'effectFollowUp' | 'statusReason';

/** The detail of one initiative: the programme document's description, target group and effects. */
export function InitiativeDetail({ initiative, readOnly, onRefused }: Props) {
  const { run } = useNotifier();
  const save = async (patch: Partial<Record<TextField, string>> | { effects: string[] }) => {
    const result = await run('initiatives.update', { id: initiative.id, patch });
    if (!result) onRefused();
  };

  return (
    <section className="card initiative-detail" aria-label={`Detaljer for ${initiativeLabel(initiative)}`}>
      <h2>{initiativeLabel(initiative)}</h2>
      <div className="detail-columns">
        <div>
          <EditableText label="Beskrivelse" multiline rows={8} value={initiative.description} readOnly={readOnly} onCommit={(v) => save({ description: v })} />
          <EditableText label="Målgruppe" multiline rows={3} value={initiative.targetGroup} readOnly={readOnly} onCommit={(v) => save({ targetGroup: v })} />
        </div>
        <div>
          <EditableText
            label="Forventede effekter (én pr. linje)"
            multiline
            rows={5}
            value={initiative.effects.join('\n')}
            readOnly={readOnly}
            onCommit={(v) => save({ effects: v.split('\n').map((line) => line.trim()).filter(Boolean) })}
          />
          <EditableText
            label="Sådan følges der op på effekterne"
            multiline
            rows={2}
            value={initiative.effectFollowUp}
            readOnly={readOnly}
            onCommit={(v) => save({ effectFollowUp: v })}
          />
          <h3>Deltagere</h3>
          <ParticipantsGrid initiativeId={initiative.id} participants={initiative.participants} readOnly={readOnly} />
        </div>
      </div>
    </section>
  );
}
