import { formatDateLong } from '../../../shared/dates';
import { EVALUATION_LABELS, EVALUATION_STAGES, type EvaluationStage } from '../../../shared/domain/report';
import { DateField } from '../../components/DateTimeFields';

interface Props {
  stage: EvaluationStage;
  onStage: (stage: EvaluationStage) => void;
  from: string;
  to: string;
  onFrom: (iso: string) => void;
  onTo: (iso: string) => void;
  onFromReadable: (readable: boolean) => void;
  onToReadable: (readable: boolean) => void;
  /** What is wrong with the period (both dates readable), or null. */
  problem: string | null;
  readable: boolean;
}

/** Rapporter → Evaluering: which evaluation, and the period it covers (the app's dd.mm.åååå fields). */
export function EvaluationFields({ stage, onStage, from, to, onFrom, onTo, onFromReadable, onToReadable, problem, readable }: Props) {
  return (
    <div className="report-period">
      <div className="report-stages" role="radiogroup" aria-label="Evaluering">
        {EVALUATION_STAGES.map((s) => (
          <label key={s} className={`report-stage${s === stage ? ' selected' : ''}`}>
            <input type="radio" name="evaluation-stage" value={s} checked={s === stage} onChange={() => onStage(s)} />
            {EVALUATION_LABELS[s]}
          </label>
        ))}
      </div>
      <div className="report-dates">
        <DateField label="Periode fra" value={from} onCommit={onFrom} onValidityChange={onFromReadable} />
        <DateField label="Periode til" value={to} onCommit={onTo} onValidityChange={onToReadable} />
      </div>
      <p className="hint report-period-hint">
        {!problem && readable && <strong className="report-period-text">{formatDateLong(from)} – {formatDateLong(to)}. </strong>}
        Udkastet bygges kun af arbejdsbogen, som den stod ved periodens slutning; hvor den intet har, står en markeret plads til din vurdering.
        {problem && <span className="report-problem"> {problem}.</span>}
      </p>
    </div>
  );
}
