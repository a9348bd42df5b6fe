import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../shared/domain/meeting';
import type { MeetingDetail } from '../../../shared/domain/meeting-views';
import type { Member } from '../../../shared/domain/program';
import { POINT_OUTCOMES, pointDecisionsOf, type PointDecision, type PointOutcome } from '../../../shared/meetings/point-decisions';
import { useNotifier } from '../../app/notifications';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableText } from '../../components/EditableText';
import { FieldInput } from '../../components/FieldInput';
import { fieldOutcome } from '../../components/use-field-draft';
import { memberLabel } from './member-label';

interface Props {
  detail: MeetingDetail;
  item: AgendaItem;
  members: Member[];
  /** The minutes are locked (approved), the role may not write them, or the workbook is read-only. */
  locked: boolean;
  onRefused: () => void;
}

/** '' stands for "not decided" in the drop-down. */
type OutcomeChoice = PointOutcome | '';
const NOT_DECIDED = '– ikke besluttet –';

/**
 * The outcome picked shows at once, before the workbook has answered, so that a second arrow key
 * goes on from it. `from` is what was stored when picked: the stored value takes over as soon as it
 * has moved on (the answer, or an undo).
 */
function usePickedOutcome(stored: OutcomeChoice) {
  const [picked, setPicked] = useState<{ from: OutcomeChoice; to: OutcomeChoice } | null>(null);
  useEffect(() => {
    if (picked && picked.from !== stored) setPicked(null);
  }, [picked, stored]);
  return {
    shown: picked && picked.from === stored ? picked.to : stored,
    pick: (to: OutcomeChoice) => setPicked({ from: stored, to }),
    drop: () => setPicked(null),
  };
}

/** One "at": its text, the outcome, the decision's text and the dissents recorded on it. */
function PointRow({ item, point, members, locked, onRefused }: { item: AgendaItem; point: PointDecision; members: Member[]; locked: boolean; onRefused: () => void }) {
  const { run, attempt } = useNotifier();
  const n = `${point.pointIndex + 1}. at`;
  // What is stored: a defaulted outcome (Orientering) is no stored value.
  const storedOutcome: OutcomeChoice = point.defaulted ? '' : (point.outcome ?? '');
  const outcome = usePickedOutcome(storedOutcome);
  const [dissentName, setDissentName] = useState('');
  const [dissentText, setDissentText] = useState('');
  const target = { itemId: item.id, pointIndex: point.pointIndex };

  const decide = async (patch: { outcome?: PointOutcome | null; text?: string }, seen: { outcome?: PointOutcome | null; text?: string }) => {
    const result = await attempt('meetings.points.decide', { ...target, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };
  const pickOutcome = async (choice: OutcomeChoice) => {
    outcome.pick(choice);
    if ((await decide({ outcome: choice || null }, { outcome: storedOutcome || null })) !== true) outcome.drop();
  };
  const updateDissent = async (id: number, patch: { name?: string; text?: string }, seen: { name?: string; text?: string }) => {
    const result = await attempt('meetings.dissents.update', { id, patch, seen });
    if (!result.ok) onRefused();
    return fieldOutcome(result);
  };
  const addDissent = async () => {
    const name = dissentName.trim();
    if (!name) return;
    const member = members.find((m) => memberLabel(m) === name);
    const added = await run('meetings.dissents.add', { ...target, ...(member ? { memberId: member.id } : { name }), text: dissentText });
    if (added) {
      setDissentName('');
      setDissentText('');
    }
  };
  // An Orientering is taken note of unless decided otherwise, so its list has no "not decided".
  const choices: OutcomeChoice[] = item.type === 'Orientering' ? [...POINT_OUTCOMES] : ['', ...POINT_OUTCOMES];
  const shownChoice: OutcomeChoice = outcome.shown || (point.defaulted ? point.outcome! : '');

  return (
    <li className="point-decision">
      <p className="point-text">{point.point}</p>
      <div className="point-fields">
        <ChoiceField<OutcomeChoice>
          label={`Udfald for ${n}`}
          value={shownChoice}
          choices={choices}
          disabled={locked}
          describe={(c) => c || NOT_DECIDED}
          onChange={(c) => void pickOutcome(c)}
        />
        <EditableText label={`Beslutning for ${n}`} multiline rows={1} value={point.text} readOnly={locked} onCommit={(text, seen) => decide({ text }, { text: seen })} />
      </div>
      {point.dissents.length > 0 && <p className="field-label point-dissent-caption">Afvigende mening</p>}
      {point.dissents.map((d, k) => (
        <div className="point-dissent" key={d.id}>
          <FieldInput
            label={`Afvigende mening ${k + 1} til ${n}: navn`}
            hideLabel
            value={d.name}
            list="member-names"
            placeholder="Navn"
            readOnly={locked}
            onCommit={(name, seen) => updateDissent(d.id, { name }, { name: seen })}
          />
          <EditableText
            label={`Afvigende mening ${k + 1} til ${n}`}
            hideLabel
            multiline
            rows={1}
            value={d.text}
            placeholder="Hvad den afvigende mening går ud på"
            readOnly={locked}
            onCommit={(text, seen) => updateDissent(d.id, { text }, { text: seen })}
          />
          {!locked && (
            <button type="button" className="icon-button" aria-label={`Fjern afvigende mening ${k + 1} til ${n}`} onClick={() => void run('meetings.dissents.remove', { id: d.id })}>
              ×
            </button>
          )}
        </div>
      ))}
      {!locked && (
        <div className="grid-toolbar point-dissent-new">
          <input
            type="text"
            value={dissentName}
            list="member-names"
            placeholder="Afvigende mening fra …"
            aria-label={`Ny afvigende mening til ${n}: navn`}
            onChange={(e) => setDissentName(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void addDissent()}
          />
          <input
            type="text"
            value={dissentText}
            placeholder="… og hvad den går ud på"
            aria-label={`Ny afvigende mening til ${n}`}
            style={{ flex: 1 }}
            onChange={(e) => setDissentText(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && void addDissent()}
          />
          <button type="button" disabled={!dissentName.trim()} onClick={() => void addDissent()}>
            + Afvigende mening
          </button>
        </div>
      )}
    </li>
  );
}

/** The item's Indstilling with a decision for every "at": outcome, text and any dissent. */
export function PointDecisions({ detail, item, members, locked, onRefused }: Props) {
  const points = pointDecisionsOf(item, detail.pointDecisions, detail.dissents);
  if (points.length === 0) return null;
  // A proposal not on the agenda is not decided on: its Indstilling is shown as proposed.
  if (item.proposalState !== 'accepteret') {
    return (
      <div className="hint">
        <strong>Indstilling:</strong>
        <ul>
          {points.map((p) => (
            <li key={p.pointIndex}>{p.point}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <section className="point-decisions" aria-label="Beslutning for hvert at">
      <h3>Indstilling og beslutning</h3>
      <ol>
        {points.map((point) => (
          <PointRow key={point.pointIndex} item={item} point={point} members={members} locked={locked} onRefused={onRefused} />
        ))}
      </ol>
    </section>
  );
}
