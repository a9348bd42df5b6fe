import type { InitiativeWithParticipants } from '../../../shared/domain/initiative';
import { initiativeLabel } from '../../../shared/domain/initiative';
import { useNotifier } from '../../app/notifications';
import { EditableText } from '../../components/EditableText';
import { fieldOutcome } from '../../components/use-field-draft';
import { ParticipantsGrid } from './ParticipantsGrid';

interface Props {
  initiative: InitiativeWithParticipants;
  readOnly: boolean;
  onRefused: () => void;
}

type TextField = 'description' | 'targetGroup' | 'effectFollowUp' | 'statusReason';
type DetailPatch = Partial<Record<TextField, string>> | { effects: string[] };

/** The effects field's lines, as stored: one effect per non-empty line. */
const effectsOf = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The detail of one initiative: the programme document's description, target group and effects. */
export function InitiativeDetail({ initiative, readOnly, onRefused }: Props) {
  const { attempt } = useNotifier();
  /** `seen`: the field as the person saw it when they began typing. */
  const save = async (patch: DetailPatch, seen: DetailPatch) => {
    const result = await attempt('initiatives.update', { id: initiative.id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };

  return (
    <section className="card initiative-detail" aria-label={`Detaljer for ${initiativeLabel(initiative)}`}>
      <h2>{initiativeLabel(initiative)}</h2>
      <div className="detail-columns">
        <div>
          <EditableText label="Beskrivelse" multiline rows={8} value={initiative.description} readOnly={readOnly} onCommit={(v, seen) => save({ description: v }, { description: seen })} />
          <EditableText label="Målgruppe" multiline rows={3} value={initiative.targetGroup} readOnly={readOnly} onCommit={(v, seen) => save({ targetGroup: v }, { targetGroup: seen })} />
        </div>
        <div>
          <EditableText
            label="Forventede effekter (én pr. linje)"
            multiline
            rows={5}
            value={initiative.effects.join('\n')}
            readOnly={readOnly}
            onCommit={(v, seen) => save({ effects: effectsOf(v) }, { effects: effectsOf(seen) })}
          />
          <EditableText
            label="Sådan følges der op på effekterne"
            multiline
            rows={2}
            value={initiative.effectFollowUp}
            readOnly={readOnly}
            onCommit={(v, seen) => save({ effectFollowUp: v }, { effectFollowUp: seen })}
          />
          <h3>Deltagere</h3>
          <ParticipantsGrid initiativeId={initiative.id} participants={initiative.participants} readOnly={readOnly} />
        </div>
      </div>
    </section>
  );
}
